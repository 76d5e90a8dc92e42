/**
 * Abstention's gate on the thing a question asks for (src/search/abstain-asked-thing.ts): a
 * passage answers only if it holds the asked thing (its word, a linked form, or a value of
 * it). Each form of question on two tiny invented corpora: one whose passages hold the thing
 * asked, one whose passages share only the question's topic.
 */
import { describe, expect, it } from 'vitest';
import { askedThingOf, holdsAskedThing } from '../../src/search/abstain-asked-thing.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A closed pool: its repair bill, its owner, its water; no depth, heat, parking or leader. */
const CLOSED: SearchFixtureArticle = {
  id: 'closed',
  title: 'Brookside pool to stay shut',
  outlet: 'Fenby Courier',
  published: '2025-05-02',
  paragraphs: [
    ['Repairing the Brookside pool would cost an estimated £1.4m, engineers said.'],
    ['The Brookside pool is owned by Fenby Borough Council.'],
    ['The pool holds around two million litres of water and opened in 1936.'],
    ['Fenby Borough Council will decide the pool’s future in June.'],
  ],
};

/** The same pool, in a report that states each thing asked, some only by a value. */
const OPEN: SearchFixtureArticle = {
  id: 'open',
  title: 'Brookside pool reopens for the summer',
  outlet: 'Fenby Post',
  published: '2025-06-01',
  paragraphs: [
    ['The Brookside pool is 2.5 metres at its deepest.'],
    ['The water in the Brookside pool is heated to 24C.'],
    ['A car park beside the Brookside pool has room for 60 cars.'],
    ['Council leader Ann Hale reopened the Brookside pool on Saturday.'],
    ['Three lifeguards quit the Brookside pool during the closure.'],
    ['The diving board at the Brookside pool will be removed for safety.'],
  ],
};

describe('the asked thing of a question', () => {
  it('is the adjective of "how ADJ", with the values that answer it', () => {
    expect(askedThingOf('how deep is the pool')).toMatchObject({
      form: 'how',
      word: 'deep',
      values: ['length'],
    });
    expect(askedThingOf('How old is the pool?')?.values).toEqual(['age', 'date']);
    expect(askedThingOf('how hot is the water')?.values).toEqual(['temperature']);
    // The question's own dimension first, then the adjective's (both read by quantity.ts).
    expect(askedThingOf('how high was the entry fee')?.values).toEqual(['money', 'length']);
    // "How long" is no dimension of quantity.ts's: a length, a span of time or a date answers.
    expect(askedThingOf('how long is the pool')?.values).toEqual(['length', 'duration']);
    expect(askedThingOf('how big is the pool')?.values).toEqual(['number']);
    // A speed, a rate of growth or a span answers "how fast".
    expect(askedThingOf('how fast did the water rise')?.values).toEqual([
      'speed',
      'share',
      'duration',
    ]);
    // A judgement, not a measure: answered in any words, so nothing is required.
    expect(askedThingOf('how bad is the damage')).toBeNull();
    // "How many" and "how much" ask for a count or an amount: the classifier weighs those.
    expect(askedThingOf('how many people swim there')).toBeNull();
  });

  it('is the measured noun of "what NOUN", and no other noun', () => {
    expect(askedThingOf('what temperature is the water')).toMatchObject({
      form: 'what',
      word: 'temperature',
      values: ['temperature'],
    });
    // An instance answers "which company" or "what colour" without the word: not required.
    expect(askedThingOf('which company will repair the pool')).toBeNull();
    expect(askedThingOf('what colour are the tiles')).toBeNull();
    expect(askedThingOf('what wind speeds did the pool see')).toMatchObject({
      form: 'what',
      word: 'speeds',
      values: ['speed'],
    });
  });

  it('is the noun after "is there", never an indefinite pronoun', () => {
    expect(askedThingOf('is there parking at the pool')).toMatchObject({
      form: 'there',
      word: 'parking',
    });
    expect(askedThingOf('are there any lifeguards on duty')?.word).toBe('lifeguards');
    expect(askedThingOf('is there anything in the report about safety')).toBeNull();
  });

  it('is the role of "who is the ROLE of X"', () => {
    expect(askedThingOf('who is the leader of Fenby Borough Council')).toMatchObject({
      form: 'role',
      word: 'leader',
    });
    expect(askedThingOf("who's the current owner of the pool")?.word).toBe('owner');
    expect(askedThingOf('who owns the pool')).toBeNull();
  });

  it('is the noun a polar question\'s "any" quantifies, not the verb after it', () => {
    expect(askedThingOf('did any lifeguards quit over the closure')).toMatchObject({
      form: 'any',
      word: 'lifeguards',
    });
    expect(askedThingOf('did any schools close because of the smoke')?.word).toBe('schools');
    expect(askedThingOf('did any of the lifeguards quit')).toBeNull();
    expect(askedThingOf('did anyone quit')).toBeNull();
  });

  it('is the head of X in "what happened to X"', () => {
    expect(askedThingOf('what will happen to the pool’s diving board')).toMatchObject({
      form: 'happen',
      word: 'board',
    });
    expect(askedThingOf('what happened to it')).toBeNull();
  });
});

describe('a text holding the asked thing', () => {
  const deep = askedThingOf('how deep is the pool')!;

  it('holds its word, a form the stemmer left apart, or a value of it', () => {
    const none = new Set<string>();
    expect(holdsAskedThing('The pool is deep.', deep, [['deep']], none)).toBe(true);
    expect(holdsAskedThing('It is 2.5 metres at its deepest.', deep, [['deep']], none)).toBe(true);
    expect(holdsAskedThing('The shallow end is 90cm.', deep, [['deep']], none)).toBe(true);
    expect(holdsAskedThing('Repairs would cost £1.2m.', deep, [['deep']], none)).toBe(false);
  });
});

/** Advice to residents, its span in minutes. */
const TAPS: SearchFixtureArticle = {
  id: 'taps',
  title: 'Water back on in Pellow',
  outlet: 'Pellow Post',
  published: '2026-03-16',
  paragraphs: [
    ['Water supplies in Pellow were restored on Sunday.'],
    ['Residents have been told to run their outside taps for two minutes.'],
  ],
};

describe('the gate', () => {
  const refusedWhereUnstated = [
    'how deep is the Brookside pool',
    'what temperature is the water in the Brookside pool',
    'is there parking at the Brookside pool',
    'who is the leader of Fenby Borough Council',
    'did any lifeguards quit the Brookside pool',
    'what will happen to the diving board at the Brookside pool',
  ];

  it('refuses a question whose asked thing no passage holds', () => {
    const { engine } = engineOver(CLOSED);
    for (const question of refusedWhereUnstated)
      expect(engine.ask(question).answered, question).toBe(false);
    // What the coverage does state is still answered.
    expect(engine.ask('who owns the Brookside pool').answered).toBe(true);
    expect(engine.ask('how old is the Brookside pool').answered).toBe(true);
  });

  it('takes a span in minutes for "how long"', () => {
    const answer = engineOver(TAPS).engine.ask('how long should residents run their taps');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('for two minutes');
  });

  it('lets the passage that holds it answer, by its word or only by a value', () => {
    const { engine } = engineOver(CLOSED, OPEN);
    const expected = [
      'at its deepest',
      'heated to 24C',
      'A car park',
      'Council leader Ann Hale',
      'Three lifeguards',
      'diving board',
    ];
    refusedWhereUnstated.forEach((question, i) => {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(true);
      expect(
        answer.passages.some((passage) => passage.quote.includes(expected[i]!)),
        question,
      ).toBe(true);
    });
  });
});
