/**
 * A cumulative total told as of writing can only grow: a later article's smaller total of one
 * thing contradicts the earlier one; a later larger total, a level that may fall, another start,
 * another time or another thing counted do not.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { cumulativeClause, cumulativeTotalFalls } from '../../src/search/select/fact-cumulative.js';

const EARLIER = '2026-03-02';
const LATER = '2026-03-03';
/** The relation of an earlier article's passage and a later one's, asked both ways round. */
const relation = (earlier: string, later: string) => {
  const found = classifyFacts(earlier, later, { published: [EARLIER, LATER] });
  expect(classifyFacts(later, earlier, { published: [LATER, EARLIER] })).toEqual(found);
  return found.kind;
};
const treated = (count: string) =>
  `The clinic has treated ${count} patients for food poisoning since Friday.`;

describe('a cumulative total given smaller the next day', () => {
  it('differs on the number', () => {
    expect(
      relation(treated('28'), 'Doctors said 19 patients had been treated for food poisoning.'),
    ).toBe('disagree');
    expect(relation(treated('28'), treated('19'))).toBe('disagree');
  });

  it('a larger total later may be a later moment of the count', () => {
    expect(
      relation(treated('19'), 'Doctors said 28 patients had been treated for food poisoning.'),
    ).not.toBe('disagree');
    expect(relation(treated('19'), treated('28'))).not.toBe('disagree');
  });

  it('compatible approximations stay one count', () => {
    expect(relation(treated('about 25'), treated('nearly 25'))).not.toBe('disagree');
  });

  it('a later total from another start, or as of another time, is not set against it', () => {
    expect(
      relation(
        treated('28'),
        'The clinic has treated 19 patients for food poisoning since Monday.',
      ),
    ).not.toBe('disagree');
    expect(
      relation(treated('28'), 'By Saturday, 19 patients had been treated for food poisoning.'),
    ).not.toBe('disagree');
  });

  it('a place or a body named on one side only may be of another act', () => {
    expect(
      relation(
        treated('28'),
        'Kelby hospital said 19 patients had been treated for food poisoning.',
      ),
    ).not.toBe('disagree');
  });

  it('another thing counted is not set against it', () => {
    expect(
      relation(treated('28'), 'Doctors said 19 patients had been treated for burns.'),
    ).not.toBe('disagree');
  });

  it('a level or a state told in the perfect may fall', () => {
    expect(cumulativeClause('The clinic has treated 28 patients')).toBe(true);
    expect(cumulativeClause('19 patients had been rescued')).toBe(true);
    expect(cumulativeClause('The number of patients has fallen to 19')).toBe(false);
    expect(cumulativeClause('The clinic has employed 28 nurses')).toBe(false);
    expect(cumulativeClause('The clinic treated 28 patients')).toBe(false);
  });

  it('reads the start and the time of the later total', () => {
    const earlier = { clause: treated('28'), range: [28, 28] as const };
    const later = (clause: string) => cumulativeTotalFalls(earlier, { clause, range: [19, 19] });
    expect(later(treated('19'))).toBe(true);
    expect(later('Doctors said 19 patients had been treated for food poisoning')).toBe(true);
    expect(later(treated('19').replace('Friday', 'Monday'))).toBe(false);
    expect(later('By Saturday 19 patients had been treated for food poisoning')).toBe(false);
    expect(
      cumulativeTotalFalls(
        { ...earlier, range: [19, 19] },
        { clause: treated('28'), range: [28, 28] },
      ),
    ).toBe(false);
  });
});
