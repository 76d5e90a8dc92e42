/**
 * One gathering's attendance told with "attended" and with a verb of gathering "for" the event:
 * counts that cannot both hold differ on the number; another event, another act, a count of
 * people kept away, or compatible approximations do not.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const SAME_DAY = { published: ['2026-03-02', '2026-03-02'] } as const;
/** The relation of two passages of one day's articles, asked both ways round. */
const relation = (a: string, b: string) => {
  const found = classifyFacts(a, b, SAME_DAY);
  expect(classifyFacts(b, a, SAME_DAY)).toEqual(found);
  return found.kind;
};
const packed = 'More than 300 people packed into the school gym for the hearing.';

describe('one gathering attended, told with two verbs', () => {
  it('"more than 300 packed in for the hearing" / "about 180 attended the hearing" differ', () => {
    expect(relation(packed, 'About 180 people attended the hearing.')).toBe('disagree');
    expect(
      relation(
        'More than 300 people turned out for the hearing.',
        'About 180 people attended the hearing.',
      ),
    ).toBe('disagree');
  });

  it('another event or another act is not set against it', () => {
    expect(relation(packed, 'About 180 people attended the vigil.')).not.toBe('disagree');
    expect(relation(packed, 'About 180 people signed the petition at the hearing.')).not.toBe(
      'disagree',
    );
    expect(
      relation(
        'More than 300 people turned away from the gym for the hearing.',
        'About 180 people attended the hearing.',
      ),
    ).not.toBe('disagree');
  });

  it('fewer residents than people attending is no disagreement: residents are some of them', () => {
    expect(relation(packed, 'About 180 residents attended the hearing.')).not.toBe('disagree');
  });

  it('compatible approximations are no disagreement', () => {
    expect(
      relation(
        'Nearly 180 people packed into the school gym for the hearing.',
        'About 180 people attended the hearing.',
      ),
    ).not.toBe('disagree');
  });
});
