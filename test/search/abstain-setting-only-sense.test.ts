/**
 * The setting-only gate of abstention (src/search/abstain-setting-only.ts) reads a WordNet
 * synonym of a word the question writes as a noun only in that noun's own senses: "endure"
 * holds the verb "weather" ("the town weathered the storm"), not the noun of "what's the weather
 * in Lindholm", and "great" the adjective "capital", not the noun of "the capital of Lindholm".
 * Tiny invented corpus: a town's ferry deal that speaks of enduring a winter and a great crowd,
 * never of weather or a capital.
 */
import { describe, expect, it } from 'vitest';
import { askedBeyondSettingHeld } from '../../src/search/abstain-setting-only.js';
import { writtenAsNoun } from '../../src/search/noun-by-syntax.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const FERRY: SearchFixtureArticle = {
  id: 'ferry',
  title: 'Ferry deal signed',
  outlet: 'Skarvik Post',
  published: '2025-04-02',
  paragraphs: [
    ['Lindholm endured a hard winter before the ferry operator and the council signed the deal.'],
    ['A great crowd gathered at the Lindholm quay to watch the first crossing.'],
    ['The crossing takes forty minutes.'],
  ],
};

const LIBRARIES: SearchFixtureArticle[] = ['Elm', 'Oak', 'Ash', 'Yew'].map((town, i) => ({
  id: `library-${i}`,
  title: `${town} library news`,
  outlet: 'Skarvik Post',
  published: `2025-04-1${i}`,
  paragraphs: [
    [`The ${town} library opened a reading room on Saturday.`],
    [`Volunteers in ${town} catalogued old maps of the coast.`],
  ],
}));

describe('a noun of the question held only by a synonym of another part of speech', () => {
  const { engine, index } = engineOver(FERRY, ...LIBRARIES);
  const gate = (question: string) =>
    askedBeyondSettingHeld(index.abstentionInput(index.rank(question)));

  it('is not held, so a question sharing only the place name is refused', () => {
    for (const question of [
      "what's the weather in lindholm tomorrow",
      'what is the capital of Lindholm',
    ]) {
      expect(gate(question)).toBe(false);
      expect(engine.ask(question).answered).toBe(false);
    }
  });

  it('is left alone when the question writes the word as a verb', () => {
    expect(gate('did Lindholm weather the winter')).not.toBe(false);
  });

  it('is left alone when the coverage uses a common word of it', () => {
    expect(gate('how long does the Lindholm crossing take')).toBeUndefined();
    expect(engine.ask('how long does the Lindholm crossing take').answered).toBe(true);
  });
});

describe('a word written as a noun by its syntax', () => {
  it('stands after a determiner, with only premodifiers between', () => {
    expect(writtenAsNoun("what's the weather in wexcombe tomorrow", 'weather')).toBe(true);
    expect(writtenAsNoun('the best pizza place', 'place')).toBe(true);
    expect(writtenAsNoun('did putin promise lukashenko', 'promise')).toBe(false);
    expect(writtenAsNoun('did lindholm weather the winter', 'weather')).toBe(false);
  });
});
