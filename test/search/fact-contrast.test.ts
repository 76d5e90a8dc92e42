import { describe, expect, it } from 'vitest';
import { actorContradicted } from '../../src/search/select/fact-contrast.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const CORRECTION =
  'The harbour board, not Tarn Ferries, cancelled the early sailing, a board spokesman said.';

describe('a contrastive correction of who acted', () => {
  it('finds "X, not Y, did it" against "Y did it", either way round', () => {
    const report = 'Tarn Ferries cancelled the sailing at short notice.';
    expect(actorContradicted(CORRECTION, report)).toBe(true);
    expect(actorContradicted(report, CORRECTION)).toBe(true);
    expect(classifyFacts(report, CORRECTION, { asked: 'actor' })).toEqual({
      kind: 'disagree',
      aspect: 'actor',
    });
  });

  it('claims nothing for another act, another thing acted on, or a report that is not one', () => {
    // Another verb, another object, the corrected actor itself, a claim, a denial.
    for (const report of [
      'Tarn Ferries delayed the early sailing.',
      'Tarn Ferries cancelled a press conference.',
      'The harbour board cancelled the early sailing.',
      'Critics claimed Tarn Ferries cancelled the early sailing.',
      'Tarn Ferries never cancelled the early sailing.',
      'Tarn Ferries, not the harbour board, cancelled the early sailing.',
    ])
      expect(actorContradicted(CORRECTION, report)).toBe(false);
    // A hedge on the correction's own verb.
    expect(
      actorContradicted(
        'The harbour board, not Tarn Ferries, may have cancelled the early sailing.',
        'Tarn Ferries cancelled the early sailing.',
      ),
    ).toBe(false);
  });

  it('does not set acts of different days against each other', () => {
    // Both say "yesterday", in articles of different dates: perhaps two cancellations.
    expect(
      classifyFacts(
        'Tarn Ferries cancelled the sailing yesterday.',
        'The harbour board, not Tarn Ferries, cancelled the sailing yesterday.',
        { asked: 'actor', published: ['2026-03-04', '2026-03-06'] },
      ).kind,
    ).toBe('different-fact');
    // Another occurrence is another act.
    expect(
      classifyFacts(
        'Tarn Ferries cancelled another sailing.',
        'The harbour board, not Tarn Ferries, cancelled the sailing.',
        { asked: 'actor' },
      ).kind,
    ).toBe('different-fact');
  });
});
