/**
 * The setting-only gate of abstention (src/search/abstain-setting-only.ts): a question sharing
 * only a proper name with the coverage, while the coverage never uses a common word of it, is
 * refused. Tiny invented corpus: a town's ferry deal, which never speaks of its weather or its mood.
 * A synonym of a word the question writes as a noun holds it only in that noun's own senses:
 * "endure" holds the verb "weather" ("the town weathered the storm"), not the noun of "what's the
 * weather in Lindholm", and "great" the adjective "capital", not the noun of "the capital of
 * Lindholm".
 */
import { describe, expect, it } from 'vitest';
import { askedBeyondSettingHeld } from '../../src/search/abstain-setting-only.js';
import { writtenAsNoun } from '../../src/search/noun-by-syntax.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A town's ferry deal; the town's name is rare, as four other towns' articles lack it. */
const FERRY: SearchFixtureArticle = {
  id: 'ferry',
  title: 'Ferry deal signed',
  outlet: 'Skarvik Post',
  published: '2025-04-02',
  paragraphs: [
    ['The agreement "signed in the town of Lindholm on 3 March" comes into force at once.'],
    ['The ferry operator and the council signed the agreement after months of talks.'],
    ['Critics say Lindholm has been pushed toward the deal by the mainland.'],
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

describe('a question sharing only a place name with the coverage', () => {
  const { engine, index } = engineOver(FERRY, ...LIBRARIES);
  const gate = (question: string) =>
    askedBeyondSettingHeld(index.abstentionInput(index.rank(question)));

  it('is refused when its common word is one the coverage never uses', () => {
    for (const question of [
      "what's the weather in Lindholm",
      'how is the weather in lindholm',
      'what is the mood in Lindholm',
    ]) {
      expect(gate(question)).toBe(false);
      expect(engine.ask(question).answered).toBe(false);
    }
  });

  it('is left alone when the coverage uses a common word of it', () => {
    expect(gate('Who signed the agreement in Lindholm?')).toBeUndefined();
    expect(gate('How long does the Lindholm ferry crossing take, weather permitting?')).toBe(true);
    const answer = engine.ask('How long does the Lindholm ferry crossing take?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('forty minutes');
  });

  it('is left alone when the lacked word is a typo, a kind of name or a verb', () => {
    expect(gate('what happend in Lindholm')).toBeUndefined();
    expect(gate("what is Lindholm's nickname")).toBeUndefined();
    expect(gate('where is Lindholm situated')).toBeUndefined();
  });

  it('is left alone when it asks only of the name', () => {
    expect(gate('Lindholm?')).toBeUndefined();
  });
});

/**
 * A town's ferry deal that speaks of enduring a winter and a great crowd, never of weather or a
 * capital.
 */
const ENDURED_FERRY: SearchFixtureArticle = {
  id: 'ferry-winter',
  title: 'Ferry deal signed',
  outlet: 'Skarvik Post',
  published: '2025-04-02',
  paragraphs: [
    ['Lindholm endured a hard winter before the ferry operator and the council signed the deal.'],
    ['A great crowd gathered at the Lindholm quay to watch the first crossing.'],
    ['The crossing takes forty minutes.'],
  ],
};

describe('a noun of the question held only by a synonym of another part of speech', () => {
  const { engine, index } = engineOver(ENDURED_FERRY, ...LIBRARIES);
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

/** A town whose coverage speaks of a patient's condition, never of the weather. */
const CONDITION_FERRY: SearchFixtureArticle = {
  id: 'ferry-condition',
  title: 'Ferry deal signed',
  outlet: 'Skarvik Post',
  published: '2025-04-02',
  paragraphs: [
    ['A deckhand hurt at the Lindholm quay is in a stable condition in hospital.'],
    ['The crossing takes forty minutes.'],
  ],
};

describe("a plural synonym whose singular is another word's ('conditions' of weather)", () => {
  const { engine, index } = engineOver(CONDITION_FERRY, ...LIBRARIES);
  const gate = (question: string) =>
    askedBeyondSettingHeld(index.abstentionInput(index.rank(question)));

  it('does not hold the noun through the singular the stemmer merges it with', () => {
    expect(gate("what's the weather in lindholm tomorrow")).toBe(false);
    expect(engine.ask("what's the weather in lindholm tomorrow").answered).toBe(false);
  });

  it('leaves the singular its own sense', () => {
    expect(gate('what condition is the Lindholm deckhand in')).not.toBe(false);
  });
});

/** A town whose coverage speaks of the price of gas, never of petrol. */
const GAS_FERRY: SearchFixtureArticle = {
  id: 'ferry-gas',
  title: 'Ferry deal signed',
  outlet: 'Skarvik Post',
  published: '2025-04-02',
  paragraphs: [
    ['Gas at the Lindholm quay cost a fifth more after the deal.'],
    ['The crossing takes forty minutes.'],
  ],
};

describe("a synonym ending in -s that is a singular or mass noun ('gas' of petrol)", () => {
  const { index } = engineOver(GAS_FERRY, ...LIBRARIES);
  const gate = (question: string) =>
    askedBeyondSettingHeld(index.abstentionInput(index.rank(question)));

  it('holds the noun: "gas" is no plural of "Ga"', () => {
    expect(gate('how dear is the gasoline in Lindholm')).toBeUndefined();
  });
});
