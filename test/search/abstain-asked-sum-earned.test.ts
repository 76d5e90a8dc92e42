/**
 * A sum asked by "what" as the object of a verb of earning ("what did the harbour master earn"):
 * the question asks a sum of money as "how much did the harbour master earn" does
 * (plan/quantity.ts `asksSumByVerb`), so abstention's gate on a sum (abstain-asked-sum.ts) reads
 * it. Tiny invented corpora: a harbour master quoted on a storm, no pay stated; then her pay
 * stated.
 */
import { describe, expect, it } from 'vitest';
import { askedSumHeld } from '../../src/search/abstain-asked-sum.js';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { asksSumByVerb } from '../../src/search/plan/quantity.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The harbour master named and quoted, her pay told nowhere. */
const STORM: SearchFixtureArticle = {
  id: 'storm',
  title: 'Storm closes Tressel harbour',
  outlet: 'Tressel Herald',
  published: '2026-03-02',
  paragraphs: [
    ['Tressel harbour was closed on Sunday as gales drove waves over the outer wall.'],
    ['The harbour master, Ines Karrow, said the fishing fleet had been moved to safety.'],
    ['Repairs to the outer wall are expected to cost £1.4 million.'],
  ],
};

/** Her pay stated. */
const PAY: SearchFixtureArticle = {
  id: 'pay',
  title: 'Harbour trust accounts published',
  outlet: 'Tressel Herald',
  published: '2026-06-12',
  paragraphs: [
    ['The harbour master, Ines Karrow, earned £64,000 last year, the trust accounts show.'],
  ],
};

function held(question: string, ...articles: SearchFixtureArticle[]) {
  const { index } = engineOver(...articles);
  return askedSumHeld(index.abstentionInput(index.rank(question)));
}

describe('a sum asked by a verb of earning', () => {
  it('is asked when "what" is the object of "earn", in any form', () => {
    for (const question of [
      'what did ines karrow earn last year',
      'what does the harbour master earn',
      'what has the harbour master earned since 2020',
    ]) {
      expect(asksSumByVerb(question), question).toBe(true);
      expect(answerTypeOf(question), question).toMatchObject({
        name: 'number',
        dimension: 'money',
      });
    }
  });

  it('is not asked by the noun, nor by a question ending in its preposition', () => {
    expect(asksSumByVerb('what did the report say about her earnings')).toBe(false);
    expect(asksSumByVerb('what did the trust earn the money from')).toBe(false);
  });
});

describe('the gate on a sum earned', () => {
  it('refuses when the earner is only named and no sum of her pay is stated', () => {
    expect(held('what did ines karrow earn', STORM)).toBe(false);
    expect(engineOver(STORM).engine.ask('what did ines karrow earn').answered).toBe(false);
  });

  it('answers with the passage stating what she earned', () => {
    expect(held('what did ines karrow earn', STORM, PAY)).toBe(true);
    const answer = engineOver(STORM, PAY).engine.ask('what did ines karrow earn');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('£64,000');
  });
});
