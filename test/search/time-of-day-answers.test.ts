import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { searchCorpus, type SearchFixtureArticle } from './fixtures.js';

/**
 * An invented depot fire: one sentence gives the day, another the hour. "What time" asks for
 * the hour; "when" for the day, of which an hour alone says only part.
 */
const DEPOT: SearchFixtureArticle = {
  id: 'depot',
  title: 'Blast at bus depot',
  published: '2025-02-14',
  paragraphs: [
    ['The explosion at the depot happened on February 12.'],
    [
      'The explosion at the depot happened shortly before 9:40 a.m., as the first buses were leaving the yard for the morning routes.',
    ],
    ['Firefighters stayed at the depot through the night.'],
  ],
};

/**
 * An invented lifeboat call-out: the hour and day the crew were paged, and a day of another act
 * (the tow) told with the paging as its measure's start.
 */
const LIFEBOAT: SearchFixtureArticle = {
  id: 'lifeboat',
  title: 'Lifeboat tows yacht to Porthmear',
  published: '2026-07-09',
  paragraphs: [
    [
      'The yacht was towed into Porthmear on Wednesday morning, about five hours after the lifeboat crew were paged by the coastguard.',
    ],
    [
      "The lifeboat crew were paged at 11.20pm on Tuesday when a yacht's engine failed in heavy seas off Carn Point, a mile south of the harbour wall, with three sailors and their dog on board.",
    ],
    ['Nobody on board was hurt.'],
  ],
};

const hour =
  'The explosion at the depot happened shortly before 9:40 a.m., as the first buses were leaving the yard for the morning routes.';
const day = 'The explosion at the depot happened on February 12.';

describe('times of day as answers', () => {
  it('reads "what time" as asking for the hour: a day alone only hints at it', () => {
    const type = answerTypeOf('What time did the explosion happen?')!;
    expect(answerTypeScore(hour, type)).toBe(1);
    expect(answerTypeScore(day, type)).toBe(0.5);
    expect(answerTypeScore('The depot reopened at six o’clock.', type)).toBe(1);
    expect(answerTypeScore('Crews worked until midday.', type)).toBe(1);
    expect(answerTypeScore('Crews worked through the night.', type)).toBe(0);
  });

  it('reads "when" as asking for the day: an hour alone says when within a day', () => {
    const type = answerTypeOf('When did the explosion happen?')!;
    expect(answerTypeScore(day, type)).toBe(1);
    expect(answerTypeScore(hour, type)).toBe(0.5);
    expect(answerTypeScore('Crews worked through the night.', type)).toBe(0);
  });

  it('reads "what date" and "what day" as asking for a day: a month or a year only hints at it', () => {
    for (const question of ['On what date did the explosion happen?', 'What day was the blast?']) {
      const type = answerTypeOf(question)!;
      expect(answerTypeScore(day, type)).toBe(1);
      expect(answerTypeScore('On the 12th of February, the depot was shut.', type)).toBe(1);
      expect(answerTypeScore('It was the 12th day of February.', type)).toBe(1);
      expect(answerTypeScore('The depot had been shut on Tuesday.', type)).toBe(1);
      expect(answerTypeScore('The explosion happened in February 2025.', type)).toBe(0.5);
      expect(answerTypeScore('The depot opened in 1962.', type)).toBe(0.5);
    }
    // "What month" and "when" take a month or a year as it is.
    expect(
      answerTypeScore('The depot opened in 1962.', answerTypeOf('When did the depot open?')!),
    ).toBe(1);
    const month = answerTypeOf('What month did the depot open?')!;
    expect(answerTypeScore('The depot opened in February 2025.', month)).toBe(1);
  });

  it('reads an hour on a day as a full answer to "when"', () => {
    const type = answerTypeOf('When did the explosion happen?')!;
    expect(answerTypeScore('The explosion happened at 9:40 a.m. on Tuesday.', type)).toBe(1);
    expect(answerTypeScore('The explosion happened at 9pm last night.', type)).toBe(1);
    // A day alone, or an hour alone, still says only part of when.
    expect(answerTypeScore('The explosion happened on Tuesday morning.', type)).toBe(0.5);
    expect(answerTypeScore(hour, type)).toBe(0.5);
  });

  it('ranks the hour on a day first for "when", over a day told of another act', () => {
    const corpus = searchCorpus(LIFEBOAT);
    const ranked = SearchIndex.build(corpus, []).rank('When were the lifeboat crew paged?').ranked;
    const first = corpus.sentences[ranked[0]!.sentence]!;
    expect(corpus.articles[first.article]!.text.slice(first.start, first.end)).toMatch(
      /^The lifeboat crew were paged at 11\.20pm on Tuesday/,
    );
  });

  it('reads no time of day as a quantity', () => {
    const weight = answerTypeOf('How heavy is each gate?')!;
    expect(answerTypeScore('The gates were reopened shortly after 3 p.m.', weight)).toBe(0);
    expect(answerTypeScore('Each gate weighs about 310 tonnes.', weight)).toBe(1);
    const count = answerTypeOf('How many buses left the depot?')!;
    expect(answerTypeScore('Buses left the depot at 6:15 a.m. and at 7 p.m.', count)).toBe(0);
    expect(answerTypeScore('Twelve buses left the depot at 6:15 a.m.', count)).toBe(1);
    // A time of day written in words alone, with no figure: still no quantity.
    expect(answerTypeScore('Buses left the depot at seven o’clock.', count)).toBe(0);
    expect(answerTypeScore("Buses left the depot at SEVEN O'CLOCK.", count)).toBe(0);
    expect(answerTypeScore('Seven buses left the depot at noon.', count)).toBe(1);
  });

  it('ranks the sentence with the hour first for "what time"', () => {
    const corpus = searchCorpus(DEPOT);
    const ranked = SearchIndex.build(corpus, []).rank(
      'What time did the explosion at the depot happen?',
    ).ranked;
    const first = corpus.sentences[ranked[0]!.sentence]!;
    expect(corpus.articles[first.article]!.text.slice(first.start, first.end)).toBe(hour);
  });
});
