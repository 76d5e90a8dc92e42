/**
 * Abstention's gate on "who won X" (src/search/abstain-asked-winner.ts): the question asks the
 * doer of winning X, and only a passage telling that act of X answers it. Tiny invented
 * corpora: a regatta reported with no winner (beside a rower who won something else), then a
 * report of who won it, then a headline that says it while the body does not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { winnerAsked } from '../../src/search/abstain-pending-outcome.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The regatta held, its crowds and a rower's earlier medal: no winner of the regatta. */
const HELD: SearchFixtureArticle = {
  id: 'held',
  title: 'Crowds line the Brindle for the Harrow Regatta',
  outlet: 'Harrow Gazette',
  published: '2025-06-08',
  paragraphs: [
    ['The Harrow Regatta was held on Saturday on the river Brindle.'],
    ['About 4,000 people lined the banks to watch the eights race.'],
    ['Rower Ola Brekke, who won a bronze medal in Lucerne last year, said the water was fast.'],
  ],
};

/** The winner told in the body. */
const RESULT: SearchFixtureArticle = {
  id: 'result',
  title: 'Brindle club keeps its title',
  outlet: 'Harrow Post',
  published: '2025-06-09',
  paragraphs: [['The Brindle Rowing Club won the Harrow Regatta for a third year running.']],
};

/** The winner told only by the headline; the body tells the race. */
const HEADLINE: SearchFixtureArticle = {
  id: 'headline',
  title: 'Millbrook crew wins Harrow Regatta',
  outlet: 'Valley Times',
  published: '2025-06-09',
  paragraphs: [['The Millbrook eight crossed the line at the Harrow Regatta a length clear.']],
};

describe('what "who won X" asks', () => {
  it('is the verb and the head of its object', () => {
    expect(winnerAsked('who won the Harrow Regatta?')).toEqual({
      verb: 'won',
      object: 'regatta',
    });
    expect(winnerAsked('which side lost the appeal over the penalty')).toEqual({
      verb: 'lost',
      object: 'appeal',
    });
  });

  it('is nothing for other questions', () => {
    expect(winnerAsked('who rowed for Brindle')).toBeNull();
    expect(winnerAsked('what did the winner say')).toBeNull();
  });
});

describe('the gate', () => {
  // Building reads WordNet: slow on a busy machine, so once, before the timed tests.
  beforeAll(
    () => void [engineOver(HELD), engineOver(HELD, RESULT), engineOver(HELD, HEADLINE)],
    120_000,
  );

  it('refuses when no passage tells who won the regatta, whatever else was won', () => {
    expect(engineOver(HELD).engine.ask('who won the Harrow Regatta?').answered).toBe(false);
  });

  it('answers with the passage telling the regatta won', () => {
    const reply = engineOver(HELD, RESULT).engine.ask('who won the Harrow Regatta?');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('Brindle Rowing Club');
  });

  it('answers when the article\u2019s headline tells the regatta won', () => {
    const reply = engineOver(HELD, HEADLINE).engine.ask('who won the Harrow Regatta?');
    expect(reply.answered).toBe(true);
  });
});
