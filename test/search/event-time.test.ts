/**
 * A number a question gives as the length of what it asks about ("over 10 years") dates no source
 * (src/search/plan/event-time.ts): the speaker named beside it is searched in all their
 * addresses, not in the one of the year its two digits would end. Invented addresses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eventTimeNumbers } from '../../src/search/plan/event-time.js';
import { tokenize } from '../../src/text/terms.js';
import { annualAddress, engineOver } from './fixtures.js';

const numbersIn = (question: string) =>
  [...eventTimeNumbers(tokenize(question))].map((t) => t.word);

describe('numbers that time the event asked about', () => {
  it.each([
    ['how many teachers over 10 years did Vane want', ['10']],
    ['how much did it cost in 43 days', ['43']],
    // A year a source is dated by, or a count of something else: not read so.
    ['what did Vane say in 1910', []],
    ['who did Tabb want off welfare by 2000', []],
    ['what did the 1997 address say about welfare', []],
    ['how many teachers did Vane hire in 10 schools', []],
  ])('%j → %j', (question, expected) => {
    expect(numbersIn(question)).toEqual(expected);
  });
});

const WORKS =
  'canal bridge lighthouse harbour railway tunnel dam aqueduct armoury mint fort depot'.split(' ');
const ADDRESSES = [
  annualAddress(1907, 'Orrin Tabb', [
    ['We want to move 2 million more people off the relief rolls by the year 1910.'],
  ]),
  annualAddress(1909, 'Orrin Tabb', [
    ['Over the next 10 years we will train 100,000 new teachers for the rural schools.'],
  ]),
  annualAddress(1910, 'Orrin Tabb', [['The harvest was the largest the country has known.']]),
  // Other speakers, one address each, so that Tabb's are few enough to be named by his name.
  ...['Caleb Wroth', 'Amos Pell', 'Jonas Kerr', 'Silas Brant', 'Eli Marsh', 'Noah Vance'].flatMap(
    (speaker, i) => [
      annualAddress(1911 + 2 * i, speaker, [[`The ${WORKS[2 * i]} was finished this year.`]]),
      annualAddress(1912 + 2 * i, speaker, [[`The ${WORKS[2 * i + 1]} is still being built.`]]),
    ],
  ),
];

describe('a speaker named beside such a number', () => {
  beforeAll(() => void engineOver(...ADDRESSES), 120_000);

  it('names all their addresses, not the one of that year', () => {
    const { index } = engineOver(...ADDRESSES);
    const named = (question: string) => [...index.rank(question).plan.sources.articles];
    expect(named('how many new teachers over 10 years did tabb want')).toEqual([0, 1, 2]);
    // Written as the address's date, the year still names that one.
    expect(named('what did tabb say about the harvest in 1910')).toEqual([2]);
  });

  it('is answered from the address that tells it', () => {
    const { engine } = engineOver(...ADDRESSES);
    const teachers = engine.ask('how many new teachers over 10 years did tabb want');
    // Not "no passage of the 1910 address answers this": that address was never asked about.
    expect(teachers.notFromNamed).toBeUndefined();
    expect(teachers.answered).toBe(true);
    expect(teachers.passages[0]?.quote).toMatch(/100,000 new teachers/);
  });
});
