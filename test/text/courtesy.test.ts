/**
 * A thank-you to whoever answers is read out of a question where it stands apart from the
 * question's clause; "thank" as the question's verb is what it asks about. Tiny invented article.
 */
import { describe, expect, it } from 'vitest';
import { withoutCourtesy } from '../../src/text/courtesy.js';
import { suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

describe('withoutCourtesy', () => {
  it.each([
    ['what was the fee? thanks!', 'what was the fee? !'],
    ['what was the fee, thanks a lot', 'what was the fee,'],
    ['what was the fee thx', 'what was the fee'],
    ['thank you, what was the fee', ', what was the fee'],
    ['thanks in advance - what was the fee', '- what was the fee'],
    ['Many thanks. What was the fee?', '. What was the fee?'],
  ])('reads "%s" without its thank-you', (question, read) => {
    expect(withoutCourtesy(question).replace(/\s+/g, ' ').trim()).toBe(read);
  });

  it.each([
    'who did the board thank?',
    'who thanks the rangers in the release',
    'thanks to whom did the reservoir fill',
  ])('keeps the verb or "thanks to" in "%s"', (question) => {
    expect(withoutCourtesy(question)).toBe(question);
  });
});

// A release whose issuer is its outlet: the question's "water board" names the source, so
// "thank" is all it asks about.
const engine = suiteEngine({
  'reservoir.txt': [
    'PRESS RELEASE — 4 May 2026',
    'Kestrel Water Board',
    'Tarrant reservoir refilled',
    'The Tarrant reservoir is full again after the driest spring since 2011.',
    'The board thanks the Fenwick Rangers for their patience during the hosepipe ban.',
    'About the Kestrel Water Board\nThe board supplies water to 400,000 homes.',
  ].join('\n\n'),
  ...UNRELATED_ARTICLES,
});

describe('a question whose verb is "thank"', () => {
  it('is answered by the passage that thanks', () => {
    for (const question of ['who did the water board thank?', 'who did the board thank? thanks!']) {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.passages[0]?.quote, question).toMatch(/^The board thanks/);
    }
  });
});
