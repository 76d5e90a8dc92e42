/**
 * "Also reported by" joins two reports only when they tell one event: the same action, with its
 * participants, time and place (Cybulska & Vossen 2014 on event coreference), with the same
 * polarity. Two look-alikes an outside tester found joined (session 68, tester70 fault 1), told
 * here in invented words of the same structure:
 * - "A surveyor visited the arcade, checked the beams in the loft and found no damage, …" / "The
 *   surveyor who visited checked inside the arcade but did not check the roof outside, …": the
 *   second denies the checking the first tells as done (the focus of its negation is the shared
 *   act, Quirk et al. 1985 §10.64-10.68), though its first "checked" affirms it; the first's "no"
 *   denies damage, which the second does not report;
 * - "The noise from the pumps was reported by shopkeepers …, and several traders say …" / "…
 *   told reporters her father had complained about a noise from the pumps …": the first's own
 *   clause ("… reported by shopkeepers in the spring before the collapse") holds none of its
 *   sentence's event words, so its act is not read against "complained"; a noun "reporters"
 *   (who was told) is no report of the noise.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';
import { joinedSourcePairs } from '../support/also-reported-links.js';

const CONTEXT = { published: ['2026-04-02', '2026-10-20'] as const };

const FOUND_NO_DAMAGE =
  'A surveyor visited the arcade, checked the beams in the loft and found no damage, according to traders.';
const DID_NOT_CHECK =
  'The surveyor who visited checked inside the arcade but did not check the roof outside, which the inquiry called "a costly oversight".';
const REPORTED_BY_SHOPKEEPERS =
  'The noise from the pumps was reported by shopkeepers in the spring before the collapse, and several traders say they had stopped noticing it.';
const FATHER_COMPLAINED =
  "Mr Denby's daughter, Ruth Denby, told reporters her father had complained about a noise from the pumps in his shop last spring.";

describe('two reports that share words but not one event', () => {
  it('are not one fact when one denies the act the other tells as done', () => {
    for (const asked of [null, 'date'] as const) {
      expect(classifyFacts(FOUND_NO_DAMAGE, DID_NOT_CHECK, { ...CONTEXT, asked }).kind).toBe(
        'different-fact',
      );
      expect(classifyFacts(DID_NOT_CHECK, FOUND_NO_DAMAGE, { ...CONTEXT, asked }).kind).toBe(
        'different-fact',
      );
    }
  });

  it('reads the denial alike whatever pair was read before', () => {
    // A pair whose negation stands late in its sentence, read first, must not leave the next
    // sentence's earlier negation unread.
    classifyFacts(
      "The inquiry's review of the arcade is continuing, and it said it would not comment until it had reported.",
      'The inquiry said it would not comment on its review while it was under way.',
      CONTEXT,
    );
    expect(classifyFacts(FOUND_NO_DAMAGE, DID_NOT_CHECK, CONTEXT).kind).toBe('different-fact');
  });

  it('are not one fact when an own clause whose act is unread meets another act', () => {
    for (const asked of [null, 'date'] as const) {
      expect(
        classifyFacts(REPORTED_BY_SHOPKEEPERS, FATHER_COMPLAINED, { ...CONTEXT, asked }).kind,
      ).toBe('different-fact');
      expect(
        classifyFacts(FATHER_COMPLAINED, REPORTED_BY_SHOPKEEPERS, { ...CONTEXT, asked }).kind,
      ).toBe('different-fact');
    }
  });

  it('leaves one act told alike, affirmed or denied on both sides, as one fact', () => {
    for (const [a, b] of [
      [
        'The surveyor checked the beams in the loft.',
        'The surveyor who visited checked the beams in the loft.',
      ],
      [
        'The surveyor did not check the roof outside.',
        'The surveyor who visited did not check the roof outside.',
      ],
      [
        'The noise from the pumps was reported by shopkeepers in the spring before the collapse.',
        'Shopkeepers reported a noise from the pumps in the spring before the collapse.',
      ],
    ] as const)
      expect(classifyFacts(a, b, CONTEXT).kind, a).toBe('same-fact');
  });
});

describe('an invented corpus', () => {
  const engine = suiteEngine({
    'radio.md': frontMatterArticle(
      'Traders warned landlord of arcade cracks months before collapse',
      'Radio Morden',
      '2026-04-02',
      [
        'Traders in the Linden Arcade say they warned the landlord about cracks in the ceiling months before the collapse.',
        'Shopkeepers first reported cracks in the ceiling to Morden Estates last autumn. ' +
          FOUND_NO_DAMAGE,
        'Dora Vance, who runs a bakery, said she had called the landlord twice.',
      ].join('\n\n'),
    ),
    'gazette.md': frontMatterArticle(
      'Inquiry blames rotten roof timbers for Linden Arcade collapse',
      'Morden Gazette',
      '2026-10-20',
      [
        'The inquiry found that rotten roof timbers had caused the collapse of the Linden Arcade.',
        DID_NOT_CHECK,
        'The report also criticised the landlord for keeping poor records.',
      ].join('\n\n'),
    ),
    'feature.md': frontMatterArticle(
      'The day the arcade fell',
      'Morden Weekly',
      '2026-05-01',
      [
        'For the traders of the Linden Arcade, the morning of the collapse will never be forgotten.',
        REPORTED_BY_SHOPKEEPERS,
        'The pumps were installed in 1981.',
      ].join('\n\n'),
    ),
    'court.md': frontMatterArticle(
      'Inquest opened into death in arcade collapse',
      'Morden Courier',
      '2026-04-10',
      [
        'An inquest into the death of a trader killed in the Linden Arcade collapse was opened yesterday.',
        FATHER_COMPLAINED,
        'The court heard that Mr Denby had run his shop for 30 years.',
      ].join('\n\n'),
    ),
  });

  it('joins neither look-alike pair', () => {
    for (const question of [
      'did the surveyor find damage',
      'what did the surveyor check',
      'when did shopkeepers first report the noise from the pumps',
      'when did traders complain about the pump noise',
    ]) {
      const pairs = joinedSourcePairs(engine.ask(question, { limit: 5 }));
      expect(pairs, question).not.toContain('gazette+radio');
      expect(pairs, question).not.toContain('court+feature');
    }
  }, 240_000);
});
