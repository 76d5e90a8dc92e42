/**
 * Abstention's gate on the topic of someone's words (src/search/abstain-said-topic.ts): "what
 * did the mayor say about the library" is not answered by the mayor's words on the budget.
 * Tiny invented corpora: a council story where the mayor speaks only of the budget (a school
 * roof among its repairs), then one where she also speaks of the library.
 */
import { describe, expect, it } from 'vitest';
import { saidTopicHeld, saidTopicStems } from '../../src/search/abstain-said-topic.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The mayor on the budget; no library anywhere. */
const BUDGET: SearchFixtureArticle = {
  id: 'budget',
  title: 'Council sets next year’s budget',
  outlet: 'Tarnby Echo',
  published: '2026-03-02',
  paragraphs: [
    ['Mayor Ines Kolb said the town budget would rise by 4 percent next year.'],
    ['Kolb said the rise would pay for two new buses and repairs to the school roof.'],
    ['The harbour authority published its annual report on Friday.'],
  ],
};

/** The mayor on the library. */
const LIBRARY: SearchFixtureArticle = {
  id: 'library',
  title: 'Library to reopen',
  outlet: 'Tarnby Post',
  published: '2026-03-09',
  paragraphs: [['The library will reopen in May after its roof is mended, Mayor Ines Kolb said.']],
};

const topicHeld = (articles: SearchFixtureArticle[], question: string) => {
  const { index } = engineOver(...articles);
  return saidTopicHeld(index.abstentionInput(index.rank(question)));
};

describe('the topic a question asks someone’s words on', () => {
  it('is the phrase after "about", "regarding" or "concerning" that follows the verb of saying', () => {
    expect(saidTopicStems('what did the mayor say about the library')).toEqual(
      new Set(['librari']),
    );
    expect(saidTopicStems("what did Putin tell Lukashenko about Russia's obligations")).toEqual(
      new Set(['russia', 'oblig']),
    );
    expect(saidTopicStems('What did Harding say regarding the Tulsa race massacre?')).toEqual(
      new Set(['tulsa', 'race', 'massacr']),
    );
  });

  it('is none without a topic phrase, or without a verb of saying before it', () => {
    expect(saidTopicStems('what did the mayor say')).toEqual(new Set());
    expect(saidTopicStems('what is the report about')).toEqual(new Set());
    expect(saidTopicStems('how much did the talks about the library cost')).toEqual(new Set());
  });
});

describe('the gate', () => {
  it('refuses when no passage speaks of the topic, though the speaker is quoted', () => {
    const { engine } = engineOver(BUDGET);
    expect(topicHeld([BUDGET], 'what did the mayor say about the library')).toBe(false);
    expect(engine.ask('what did the mayor say about the library').answered).toBe(false);
    expect(engine.ask('what did the mayor say about the budget').answered).toBe(true);
  }, 60_000);

  it('reads the topic’s rarest word: the roof is held, the library roof is not', () => {
    expect(topicHeld([BUDGET], 'what did the mayor say about the school roof')).toBe(true);
    expect(topicHeld([BUDGET], 'what did the mayor say about the library roof')).toBe(false);
    // A name the coverage never uses is held nowhere, however the question writes it.
    expect(topicHeld([BUDGET], 'what did the mayor say about the Quorndon roof')).toBe(false);
  }, 60_000);

  it('answers when a passage speaks of the topic', () => {
    const { engine } = engineOver(BUDGET, LIBRARY);
    expect(topicHeld([BUDGET, LIBRARY], 'what did the mayor say about the library')).toBe(true);
    const answer = engine.ask('what did the mayor say about the library');
    expect(answer.answered).toBe(true);
    if (answer.answered) expect(answer.passages[0]?.quote).toContain('The library will reopen');
  }, 60_000);

  it('leaves a question with no topic phrase to the rest of abstention', () => {
    expect(topicHeld([BUDGET], 'what did the mayor say')).toBeUndefined();
    expect(topicHeld([BUDGET], 'what did the harbour authority publish')).toBeUndefined();
  }, 60_000);
});
