/**
 * "No one", "nobody" and "none (of the X)" are one negative universal subject, read as one term:
 * "No one was seriously injured" is told again by "None of the passengers was seriously hurt",
 * while "No one was injured" / "Two people were injured" still differ on the number
 * (src/search/select/fact-negative-universal.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { negativeUniversalSpans } from '../../src/search/select/fact-negative-universal.js';
import { corpusSynonymTable } from '../../src/search/corpus-synonyms.js';
import { termsOf } from '../../src/text/terms.js';

/** Relates two reports of one day with the synonyms an index over them would hold. */
function relate(a: string, b: string) {
  const table = new Map(corpusSynonymTable(new Set([...termsOf(a), ...termsOf(b)])));
  return classifyFacts(a, b, {
    published: ['2026-07-21', '2026-07-21'],
    synonyms: (stem) => table.get(stem) ?? [],
  });
}

describe('negative universal subjects', () => {
  it('finds "no one", "nobody" and "none", not "no" before a noun', () => {
    const spans = (text: string) =>
      negativeUniversalSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans('No one was hurt.')).toEqual(['No one']);
    expect(spans('Nobody was hurt and none of the riders fell.')).toEqual(['Nobody', 'none of']);
    expect(spans('No riders were hurt.')).toEqual([]);
    expect(spans('The ferry no longer runs.')).toEqual([]);
  });

  it('reads "no one" and "none of the X", "nobody" and "no one", as one subject', () => {
    expect(
      relate(
        'No one was seriously injured in the derailment at Quarne sidings.',
        'None of the passengers was seriously hurt in the derailment at Quarne sidings.',
      ),
    ).toEqual({ kind: 'same-fact' });
    expect(
      relate(
        'Nobody was hurt when the canopy of the Wexham ferry terminal fell.',
        'No one was injured when the canopy of the Wexham ferry terminal fell.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('keeps polarity and the act strict', () => {
    expect(
      relate(
        'No one was injured in the derailment at Quarne sidings.',
        'Two people were injured in the derailment at Quarne sidings.',
      ),
    ).toEqual({ kind: 'disagree', aspect: 'number' });
    expect(
      relate(
        'No one was seriously injured in the derailment at Quarne sidings.',
        'Three people were slightly injured in the derailment at Quarne sidings.',
      ).kind,
    ).toBe('different-fact');
    expect(
      relate(
        'No one was injured when the canopy of the Wexham ferry terminal fell.',
        'No one was evacuated when the canopy of the Wexham ferry terminal fell.',
      ).kind,
    ).toBe('different-fact');
  });
});
