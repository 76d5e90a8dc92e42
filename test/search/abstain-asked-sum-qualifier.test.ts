/**
 * Abstention's gate on a question for a sum of money (src/search/abstain-asked-sum.ts), when the
 * question qualifies what the sum is of by a proper word ("the Tamar Bridge"): a sum stated of a
 * bridge the passage names otherwise ("the Severn Bridge cost $375 million") is another bridge's,
 * however many of the question's words it holds. Tiny invented corpora: two bridges, one with its
 * cost stated, the other with none; then the asked bridge's cost stated.
 */
import { describe, expect, it } from 'vitest';
import { askedSumHeld } from '../../src/search/abstain-asked-sum.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The Severn Bridge's cost, and the Tamar Bridge with none. */
const BRIDGES: SearchFixtureArticle = {
  id: 'bridges',
  title: 'Two bridges and their trade',
  outlet: 'Harbour Ledger',
  published: '2026-03-02',
  paragraphs: [
    ['The Severn Bridge cost $8 million to build, the commission reported.'],
    ['Traffic on the bridge fell after the tolls were raised.'],
    ['The ferries lost trade to it within a year.'],
    ['The Tamar Bridge carried cattle from the moor to the coast for a century.'],
  ],
};

/** The Tamar Bridge's cost, stated. */
const TAMAR_COST: SearchFixtureArticle = {
  id: 'tamar-cost',
  title: 'The price of a crossing',
  outlet: 'Harbour Ledger',
  published: '2026-03-09',
  paragraphs: [['The Tamar Bridge cost $2 million to build, a sum repaid by its tolls.']],
};

/** The Tamar Bridge named, then its cost given of "the project", the next sentence. */
const TAMAR_PROJECT: SearchFixtureArticle = {
  id: 'tamar-project',
  title: 'A crossing opens',
  outlet: 'Harbour Ledger',
  published: '2026-03-12',
  paragraphs: [
    ['The Tamar Bridge opened to traffic in May.', 'The project cost $2 million to build.'],
  ],
};

function held(question: string, ...articles: SearchFixtureArticle[]) {
  const { index } = engineOver(...articles);
  return askedSumHeld(index.abstentionInput(index.rank(question)));
}

describe('the sum gate, of a thing the question names by a proper qualifier', () => {
  const question = 'how much did the Tamar Bridge cost to build?';

  it('refuses when the only sum stated is of a thing another proper word qualifies', () => {
    const { engine } = engineOver(BRIDGES);
    expect(held(question, BRIDGES)).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  });

  it('answers when a sentence states the sum beside the asked qualifier', () => {
    expect(held(question, BRIDGES, TAMAR_COST)).toBe(true);
    const { engine } = engineOver(BRIDGES, TAMAR_COST);
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answered && answer.passages[0]?.quote).toContain('$2 million');
  });

  it('answers when the sentence beside the figure names the qualifier ("the project")', () => {
    expect(held(question, BRIDGES, TAMAR_PROJECT)).toBe(true);
  });
});
