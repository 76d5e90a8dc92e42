/**
 * Abstention's sum gate (src/search/abstain-asked-sum.ts) on a sum asked as what someone
 * receives: "how much compensation do businesses get" is answered by "Businesses will receive
 * £150 each" (a verb of receiving names the sum), not by a sum others receive. Tiny invented corpora: a flood compensation scheme.
 */
import { describe, expect, it } from 'vitest';
import { askedSumHeld } from '../../src/search/abstain-asked-sum.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

function scheme(id: string, figure: string): SearchFixtureArticle {
  return {
    id,
    title: 'Help for flooded shops in Kelby',
    outlet: 'Kelby Herald',
    published: '2026-03-02',
    paragraphs: [
      ['Kelby council has opened a compensation scheme for shops hit by the February floods.'],
      [figure],
    ],
  };
}

const QUESTION = 'how much compensation do businesses get?';

function held(article: SearchFixtureArticle, question = QUESTION) {
  const { index } = engineOver(article);
  return askedSumHeld(index.abstentionInput(index.rank(question)));
}

describe('a sum asked as what someone receives', () => {
  it('is named by a verb of receiving or of being given beside the figure', () => {
    const article = scheme('receive', 'Businesses will receive £150 each, the council said.');
    expect(held(article)).toBe(true);
    const reply = engineOver(article).engine.ask(QUESTION);
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('£150');
    expect(held(scheme('awarded', 'Businesses will be awarded £150 each, the council said.'))).toBe(
      true,
    );
    // Built engines read WordNet: slow on a busy machine.
  }, 120_000);

  it('is not named by a sum others receive, nor names a sum asked by no verb of receiving', () => {
    // The question's other words must stand beside the figure.
    expect(held(scheme('others', 'Households will receive £150 each, the council said.'))).toBe(
      false,
    );
    // Without a verb of receiving in the question, receiving names no other sum.
    expect(
      held(
        scheme('fee', 'Businesses will receive £150 each, the council said.'),
        'how much is the compensation scheme fee?',
      ),
    ).not.toBe(true);
  }, 120_000);

  it('is not named by the receiving verb alone: the recipient must stand beside the figure', () => {
    // The verb of receiving names the sum (it is among the sum's forms); only the recipient,
    // "Ilse Varga", is what the sum is said of, and the sum here is the other shops'.
    const article: SearchFixtureArticle = {
      id: 'named-recipient',
      title: 'Help for flooded shops in Kelby',
      outlet: 'Kelby Herald',
      published: '2026-03-02',
      paragraphs: [
        ['Fourteen shops have received a total of £90,000 in compensation from Kelby council.'],
        ['Baker Ilse Varga, 52, said the flood had ruined her ovens.'],
      ],
    };
    expect(held(article, 'how much compensation did Ilse Varga receive?')).toBe(false);
    expect(
      engineOver(article).engine.ask('how much compensation did Ilse Varga receive?').answered,
    ).toBe(false);
  }, 120_000);
});
