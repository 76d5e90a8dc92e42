/**
 * The vocabulary gates of abstention (abstain-unknown-topic.ts, abstain-setting-only.ts) read a
 * word the lexicon lacks as a topic noun when WordNet lists it as a noun ("photosynthesis",
 * "postcode": abstain-topic-nouns.ts `isTopicNoun`), and an "-ly" adverb ("clearly") as no topic
 * held (`isAdjunctAdverb`). Tiny invented corpus: a town's harbour office and its bridge toll,
 * which never speaks of plants, glaciers or postcodes.
 */
import { describe, expect, it } from 'vitest';
import { askedBeyondSettingHeld } from '../../src/search/abstain-setting-only.js';
import { knownTopicHeld } from '../../src/search/abstain-unknown-topic.js';
import { engineOver, MARKET_NEWS, type SearchFixtureArticle } from './fixtures.js';

const HARBOUR: SearchFixtureArticle = {
  id: 'harbour',
  title: 'Toll to stay, council says',
  outlet: 'Carrow Courier',
  published: '2025-05-06',
  paragraphs: [
    ['The council said clearly on Tuesday that the bridge toll would stay until 2027.'],
    ['Councillor Ada Venn spoke at Harbour House, where the port office has been since 1990.'],
    ['Drivers who cross the bridge daily say the charge costs them £30 a month.'],
  ],
};

describe('topic nouns the lexicon lacks, and adverbs held', () => {
  const { engine, index } = engineOver(HARBOUR, ...MARKET_NEWS);
  const input = (question: string) => index.abstentionInput(index.rank(question));

  it('refuses a question on a rare noun whose only held word is an "-ly" adverb', () => {
    // The base read "photosynthesis" as no topic noun (the lexicon lacks it) and "clearly",
    // held in the council's quote, as the topic held: the question was answered by it.
    const question = 'Explain photosynthesis clearly.';
    expect(knownTopicHeld(input(question))).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  });

  it('counts rare nouns WordNet lists as lacked topic nouns', () => {
    expect(knownTopicHeld(input('how does entropy shrink a glacier near the bridge'))).toBe(false);
  });

  it('refuses an attribute the coverage never names of a place it names', () => {
    // "Harbour House" is held, as a name only; "postcode" is a noun only WordNet lists.
    const question = 'what is the postcode of harbour house';
    expect(askedBeyondSettingHeld(input(question))).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  });

  it('leaves alone questions whose topic the coverage holds, adverb or not', () => {
    expect(knownTopicHeld(input('what did the council clearly say about the toll'))).toBe(
      undefined,
    );
    const reply = engine.ask('how much does the bridge toll cost drivers');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('£30 a month');
  });
});
