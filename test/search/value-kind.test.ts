/**
 * Nouns that name a kind of value (src/search/value-nouns.ts, read from WordNet's hypernyms)
 * and the answer type a question asking for one gets (src/search/plan/value-kind.ts): "how much
 * compensation" asks for a sum of money, "what was the delay" for a length of time, and a
 * passage stating such a value answers without the noun. Tiny invented corpora: a water
 * company's offer to flooded households, and a bridge's reopening put back.
 */
import { describe, expect, it } from 'vitest';
import { askedSumHeld } from '../../src/search/abstain-asked-sum.js';
import { readValueNouns, type ValueKind } from '../../src/search/value-nouns.js';
import { withValueKind } from '../../src/search/plan/value-kind.js';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The offer, in other words than the question's noun, and a sum of something else. */
const OFFER: SearchFixtureArticle = {
  id: 'offer',
  title: 'Water company offers flood payments',
  outlet: 'Tarnbury Post',
  published: '2026-03-20',
  paragraphs: [
    ['Marl Water has offered £300 to every household that was flooded.'],
    ['The repairs to the pumping station will cost about £2 million.'],
    ['Farmers near the river say their fields are still under water.'],
  ],
};

/** A bridge whose reopening was put back, with the length of the wait and a date of another kind. */
const BRIDGE: SearchFixtureArticle = {
  id: 'bridge',
  title: 'Kelby bridge reopening put back',
  outlet: 'Kelby Herald',
  published: '2026-04-02',
  paragraphs: [
    ['The Kelby bridge was built in 1898 and carries the main road over the river.'],
    ['Engineers said the reopening of the bridge would be held up by three weeks.'],
  ],
};

describe('the nouns that name a kind of value', () => {
  const nouns = readValueNouns();
  const kindOf = (word: string): ValueKind | undefined =>
    (['money', 'duration'] as const).find((kind) => nouns[kind].includes(word));

  it('are the nouns whose most frequent sense is a kind of sum or of length of time', () => {
    for (const word of ['compensation', 'fine', 'fee', 'salary', 'ransom', 'revenue'])
      expect(kindOf(word), word).toBe('money');
    for (const word of ['delay', 'tenure', 'stint', 'moratorium'])
      expect(kindOf(word), word).toBe('duration');
  }, 60_000);

  it('leave out nouns of things, points in time and a value only in a rarer sense', () => {
    // "weekend" is a period of time, but one "when" asks for, not a length.
    for (const word of ['footbridge', 'household', 'weekend', 'year', 'council'])
      expect(kindOf(word), word).toBeUndefined();
    // A sentence is a string of words before it is a prison term: a kind in a rarer sense.
    expect(kindOf('sentence')).toBeUndefined();
    expect(nouns.rarer.duration).toContain('sentence');
    expect(nouns.rarer.duration).toContain('term');
    expect(nouns.rarer.money).not.toContain('household');
    // A compound names its own thing: a death toll is a count, though a toll is a charge.
    expect(kindOf('toll')).toBe('money');
    expect(nouns.none).toContain('death toll');
  }, 60_000);
});

/** A burglary charge, the sentence not given; a second report gives it, another a term of office. */
const CHARGE: SearchFixtureArticle = {
  id: 'charge',
  title: 'Man charged over bakery raid',
  outlet: 'Kelby Herald',
  published: '2026-04-21',
  paragraphs: [
    ['Marek Dorn, 38, of Mill Street, Hollin, is charged with burglary.'],
    ['He did not enter a plea.'],
  ],
};
const JAILED: SearchFixtureArticle = {
  id: 'jailed',
  title: 'Bakery raider jailed',
  outlet: 'Hollin Post',
  published: '2026-06-02',
  paragraphs: [['Marek Dorn was jailed for six years at Kelby Crown Court on Monday.']],
};
const MAYOR: SearchFixtureArticle = {
  id: 'mayor',
  title: 'Mayor re-elected',
  outlet: 'Hollin Post',
  published: '2026-05-09',
  paragraphs: [['Ann Bell was re-elected mayor of Hollin for a third term on Thursday.']],
};

describe('a noun of a kind of value in a rarer sense', () => {
  it('asks for a value of that kind only where the coverage never uses the word', () => {
    const question = 'what sentence did dorn get';
    const { engine, index } = engineOver(CHARGE);
    expect(index.rank(question).plan.answerType).toEqual({ name: 'duration', focus: 'sentenc' });
    // Charged, with no sentence told: no passage holds a length of time.
    expect(engine.ask(question).answered).toBe(false);
    // Told, the length of time is the nearest passage (whether it is shown as the answer is
    // the classifier's to say: the question's "sentence" and "get" are not in it).
    const jailed = engineOver(CHARGE, JAILED).engine.ask(question);
    expect([...jailed.passages, ...jailed.closest][0]?.quote).toContain('six years');
    // "Term" is written here, in its sense of an office's term: which one is asked, no length.
    expect(engineOver(MAYOR).index.rank('which term did Ann Bell win').plan.answerType).toBeNull();
    // Three engines built, each reading WordNet: slow on a busy machine.
  }, 120_000);
});

describe('a question whose focus noun names a kind of value', () => {
  const kinds: Record<string, ValueKind> = {
    compensation: 'money',
    fine: 'money',
    delay: 'duration',
  };
  const kindOf = (word: string) => kinds[word];

  it('asks for a value of that kind when no wh-phrase names a type', () => {
    expect(withValueKind(null, 'what fine did the firm get', kindOf)).toEqual({
      name: 'number',
      dimension: 'money',
      focus: 'fine',
    });
    expect(withValueKind(null, 'what was the delay', kindOf)).toEqual({
      name: 'duration',
      focus: 'delay',
    });
    // The noun must head the focus phrase: "fine print" is print.
    expect(withValueKind(null, 'what fine print did they miss', kindOf)).toBeNull();
  });

  it('asks "how much" of it in money, and leaves other types alone', () => {
    const question = 'how much compensation are households being offered';
    expect(withValueKind(answerTypeOf(question), question, kindOf)).toEqual({
      name: 'number',
      dimension: 'money',
    });
    // A count counts, and "when" asks for a date, whatever the noun.
    const count = 'how many fines were issued';
    expect(withValueKind(answerTypeOf(count), count, kindOf)).toEqual(answerTypeOf(count));
    const when = 'when was the fine imposed';
    expect(withValueKind(answerTypeOf(when), when, kindOf)).toEqual(answerTypeOf(when));
  });

  it('is answered by a sum said of everything else it names, without its noun', () => {
    const { engine, index } = engineOver(OFFER);
    const question = 'how much compensation are households being offered';
    expect(index.rank(question).plan.answerType?.dimension).toBe('money');
    expect(askedSumHeld(index.abstentionInput(index.rank(question)))).toBe(true);
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('£300');
    // A sum not said of the farmers is no compensation of theirs.
    const farmers = 'how much compensation are farmers being offered';
    expect(askedSumHeld(index.abstentionInput(index.rank(farmers)))).toBe(false);
    expect(engine.ask(farmers).answered).toBe(false);
    // The first engine built reads WordNet: slow on a busy machine.
  }, 120_000);

  it('prefers a passage giving a length of time for a noun of one', () => {
    const { engine, index } = engineOver(BRIDGE);
    const question = 'what was the delay to the bridge reopening';
    expect(index.rank(question).plan.answerType?.name).toBe('duration');
    expect(engine.ask(question).passages[0]?.quote).toContain('three weeks');
    expect(index.rank('what death toll did the flood leave').plan.answerType).toBeNull();
  }, 120_000);
});
