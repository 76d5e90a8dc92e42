/**
 * A statement recalled as made before ("We said in March…", "had said", "after insisting") is
 * not the same fact as the statement itself (src/search/select/fact-stance.ts, 'recalled').
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { stancesOf } from '../../src/search/select/fact-stance.js';

const published = { published: ['2026-02-10', '2026-09-14'] as const };
const denial = 'Ferro Haul chief Ines Vall said: "There is no plan to use the Kelby quarry."';

describe('a statement recalled as made before', () => {
  it('is read in the past perfect, by its own speaker looking back, or before something else', () => {
    expect(stancesOf('The firm had insisted it would keep the depot.').has('recalled')).toBe(true);
    expect(stancesOf('"We said in May there was no plan," she said.').has('recalled')).toBe(true);
    expect(stancesOf('As I told the board, the depot stays.').has('recalled')).toBe(true);
    expect(
      stancesOf('It will sell the depot, a year after denying any sale.').has('recalled'),
    ).toBe(true);
    // A report of what someone said, with its time, is not a recall.
    expect(stancesOf('The firm said on Tuesday it would keep the depot.').has('recalled')).toBe(
      false,
    );
    expect(stancesOf('We met the board on Tuesday, the chief said.').has('recalled')).toBe(false);
  });

  it('is never the same fact as the statement it recalls', () => {
    expect(
      classifyFacts(
        denial,
        'Ines Vall said: "We said in February there was no plan to use the Kelby quarry."',
        published,
      ),
    ).toEqual({ kind: 'different-fact', reason: 'an earlier statement recalled' });
    expect(
      classifyFacts(
        denial,
        'Ines Vall had said there was no plan to use the Kelby quarry.',
        published,
      ).kind,
    ).toBe('different-fact');
    // The same statement reported again, not recalled, is still the same fact.
    expect(
      classifyFacts(denial, 'Ines Vall said there was no plan to use the Kelby quarry.', {
        published: ['2026-02-10', '2026-02-10'],
      }).kind,
    ).toBe('same-fact');
  });
});
