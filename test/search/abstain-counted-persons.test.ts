/**
 * People counted under another description than the question's
 * (src/search/abstain-counted-persons.ts): "how many fans signed the petition" is answered by
 * "1,100 season ticket holders had signed a petition", and "how many councillors voted against
 * the stand" by a vote's tally ("voted nine to four in favour"). A tiny invented corpus on a
 * football ground's new stand; the counted-thing gate (abstain-counted-thing.ts) refused both
 * before, as no number stands before "fans" or "councillors".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The planning vote, told by its tally and with no count of councillors. */
const VOTE: SearchFixtureArticle = {
  id: 'vote',
  title: 'Councillors approve Brookfield stand',
  outlet: 'Eastgate Gazette',
  published: '2025-03-12',
  paragraphs: [
    [
      'The planning committee of Eastgate Borough Council voted nine to four in favour of the new North Stand at Brookfield Park on Tuesday evening.',
    ],
    ['The club said the stand would add 6,000 seats and open in August 2026.'],
  ],
};

/** A petition counted by the signers' own description; a protest counted by no one. */
const PRICES: SearchFixtureArticle = {
  id: 'prices',
  title: 'Supporters protest at ticket price rise',
  outlet: 'Eastgate Gazette',
  published: '2025-06-02',
  paragraphs: [
    ['Supporters of Eastgate Rovers have protested against a 15% rise in season ticket prices.'],
    [
      "The supporters' trust said 1,100 season ticket holders had signed a petition against the rise.",
    ],
    ['About 300 stewards will work at each home match next season.'],
  ],
};

describe('a count of persons by another noun', () => {
  const engine = () => engineOver(VOTE, PRICES).engine;
  beforeAll(() => void engine(), 120_000);

  it('answers "how many NOUN VERB" when a sentence counts persons doing that act', () => {
    const reply = engine().ask('how many fans signed the petition');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('1,100 season ticket holders');
  });

  it('answers a count of voters by the tally of their vote', () => {
    for (const question of [
      'how many councillors voted against the stand',
      'how many councillors voted for the stand',
    ]) {
      const reply = engine().ask(question);
      expect(reply.answered, question).toBe(true);
      expect(reply.passages[0]?.quote, question).toContain('nine to four');
    }
  });

  it('still refuses when the persons counted did another act, or the act is told with no count', () => {
    // 300 stewards are counted, but of working, not protesting; the protest has no number.
    expect(engine().ask('how many fans protested against the rise').answered).toBe(false);
    // A tally counts voters, not those who did anything else.
    expect(engine().ask('how many councillors objected to the stand').answered).toBe(false);
  });
});
