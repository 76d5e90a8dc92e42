/**
 * The test before "sources differ" for a question of no answer type (differ-anchor.ts): it
 * passes every pair the comparison finds disagreeing on the question's words, and spares a pair
 * that shares too few of them for any anchor. Invented passages.
 */
import { describe, expect, it } from 'vitest';
import { mayAnchorIn } from '../../src/search/select/differ-anchor.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { contentTerms } from '../../src/search/select/fact-content-terms.js';
import { relateFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';

const sameDay: RelationContext = { published: ['2026-06-03', '2026-06-03'] };
const termsOf = (question: string) => new Set(contentTerms(question).keys());

const insured = 'The oak was insured for £40,000.';
const insuredLess = 'The oak was insured for £25,000.';
const approved =
  'Councillors approved the Harl Road barrier last night by nine votes to four after a long debate.';
const voted =
  'The Harl Road barrier will be built after the planning committee voted eight to five on Tuesday.';

/** Pairs the comparison finds disagreeing with an anchor, each with its articles' dates. */
const DISAGREEING: Array<[string, string, RelationContext]> = [
  [insured, insuredLess, sameDay],
  [insured, 'The council said the oak was insured for £25,000.', sameDay],
  [
    'The port authority put the final cost at €8.4 million.',
    'The final cost of the dredging was €7.9 million, the port authority said, below the €9 million estimate given in May.',
    sameDay,
  ],
  [approved, voted, { published: ['2025-11-05', '2025-11-06'] }],
];

const QUESTIONS = [
  'How much was the oak insured for?',
  'What was the final cost?',
  'What was the vote?',
  'What happened to the oak?',
  'When was the Harl Road barrier approved?',
];

describe('the test before "sources differ" on the question words', () => {
  it('passes every pair the comparison finds disagreeing on the question words', () => {
    let noted = 0;
    for (const [x, y, context] of DISAGREEING) {
      const a = analyseFact(x);
      const b = analyseFact(y);
      const relation = relateFacts(a, b, { ...context, asked: null, disputeOnly: true });
      expect(relation.kind).toBe('disagree');
      for (const question of QUESTIONS) {
        const asked = termsOf(question);
        const anchor = relation.kind === 'disagree' ? relation.anchor : undefined;
        if (anchor === undefined || !anchor.every((term) => asked.has(term))) continue;
        noted += 1;
        expect(mayAnchorIn(a, b, asked), `${question} / ${x} / ${y}`).toBe(true);
      }
    }
    // The oak's two amounts, the final cost, the vote: each a note for its own question.
    expect(noted).toBeGreaterThanOrEqual(4);
  });

  it('spares a pair sharing fewer question words than an anchor holds', () => {
    // "How old is the oak?" shares only "oak" with the two: no anchor ("oak insur") is its words.
    expect(
      mayAnchorIn(analyseFact(insured), analyseFact(insuredLess), termsOf('How old is the oak?')),
    ).toBe(false);
  });

  it('spares a pair sharing the question words when only one side states a value there', () => {
    // Values in one place of shared wording are a number each or a date each: "insured by the
    // council" states none to set against "£40,000".
    expect(
      mayAnchorIn(
        analyseFact(insured),
        analyseFact('The oak was insured by the parish council.'),
        termsOf('How much was the oak insured for?'),
      ),
    ).toBe(false);
  });

  it('passes one vote counted twice, whose anchor may be the one word "vote"', () => {
    expect(
      mayAnchorIn(analyseFact(approved), analyseFact(voted), termsOf('What was the vote?')),
    ).toBe(true);
  });

  it('passes a claim with its framing set aside, and supplements on one name: other passages are compared', () => {
    const asked = termsOf('How old is the oak?');
    expect(
      mayAnchorIn(
        analyseFact('The council said the oak was insured for £25,000.'),
        analyseFact(insured),
        asked,
      ),
    ).toBe(true);
    expect(
      mayAnchorIn(
        analyseFact('The Kelby Star, which can carry ten cars, made three runs on Monday.'),
        analyseFact('The Kelby Star, which can carry up to eight cars, arrived late.'),
        termsOf('How old is the ferry?'),
      ),
    ).toBe(true);
  });
});
