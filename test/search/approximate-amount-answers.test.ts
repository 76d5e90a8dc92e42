/**
 * A count of time with a modifier of its numeral ("about 15 minutes", "less than 11 minutes",
 * "nearly two hours") or stated as a range ("between 20 and 30 minutes", "20-30 minutes") says
 * how long, as the bare count does: the modifiers are fact-values.ts's one list
 * (`NUMBER_MODIFIER`), the ranges fact-number-range.ts's. A time of day is no length of time,
 * and "how long ago" asks when (search/plan/answer-type.ts). A measure counted by a vague count
 * or any count in words ("hundreds of thousands of pounds", "sixty metres") is in its
 * dimension as one in figures is (search/plan/quantity.ts). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { holdsDimension } from '../../src/search/plan/quantity.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const duration = { name: 'duration' } as const;

/** An invented article on a depot fire whose evacuation is told by `sentence`. */
function depot(sentence: string): SearchFixtureArticle {
  return {
    id: 'depot',
    title: 'Depot evacuated after fire',
    outlet: 'Vale Courier',
    published: '2026-03-09',
    paragraphs: [
      ['A fire broke out at the Harlow Street bus depot on Monday evening.'],
      [sentence],
      ['The depot will reopen next week, the owner said.'],
    ],
  };
}

describe('a modified count of time', () => {
  it('is a length of time after "took", "lasted" or "for", whatever modifies its numeral', () => {
    for (const sentence of [
      'The evacuation took some 40 minutes.',
      'The evacuation lasted up to an hour.',
      'The evacuation lasted at least three hours.',
      'The evacuation took at most ten minutes.',
      'The evacuation took approximately 25 minutes.',
      'The evacuation took just over an hour.',
      'The evacuation took them close to an hour.',
      'The evacuation went on for nearly two hours.',
      'The evacuation went on for more than an hour.',
      'The evacuation went on for almost a week.',
    ])
      expect(answerTypeScore(sentence, duration), sentence).toBe(1);
  });

  it('is a length of time stated as a range of two counts, or as a vague count', () => {
    for (const sentence of [
      'The evacuation lasted between 20 and 30 minutes.',
      'The evacuation lasted 20 to 30 minutes.',
      'The evacuation lasted 20-30 minutes.',
      'The evacuation took two or three hours.',
      'The evacuation went on for dozens of minutes.',
      'The evacuation took a few hours.',
      'The evacuation took half an hour.',
    ])
      expect(answerTypeScore(sentence, duration), sentence).toBe(1);
  });

  it('is a length of time after "in": the time a thing took to be done', () => {
    expect(answerTypeScore('The depot was cleared in less than 11 minutes.', duration)).toBe(1);
    expect(answerTypeScore('The depot was cleared in under half an hour.', duration)).toBe(1);
    expect(answerTypeScore('The depot was cleared in under a minute.', duration)).toBe(1);
    expect(answerTypeScore('The depot was cleared in 11 minutes.', duration)).toBe(1);
    // "In a minute" is soon, and "in a second vote" an ordinal: neither is a length.
    expect(answerTypeScore('The doors will open in a minute.', duration)).toBe(0);
    expect(answerTypeScore('The plan was passed in a second vote.', duration)).toBe(0);
  });

  it('answers "how long did it take" where it was refused before', () => {
    for (const sentence of [
      'The evacuation of the depot was over in less than 11 minutes, the fire service said.',
      'The evacuation of the depot took some 40 minutes.',
      'The evacuation of the depot lasted between 20 and 30 minutes.',
      'The evacuation of the depot went on for nearly two hours.',
    ]) {
      const answer = engineOver(depot(sentence)).engine.ask('how long did the evacuation take?');
      expect(answer.answered, sentence).toBe(true);
      expect(answer.passages[0]?.quote, sentence).toContain(sentence.slice(0, 40));
    }
  }, 120_000);
});

describe('a modified count of something', () => {
  it('counts what "how many" asks, as the bare count does (read so before this change too)', () => {
    const staff = { name: 'number', unit: 'staff' } as const;
    for (const sentence of [
      'About 200 staff were evacuated.',
      'More than a dozen staff were evacuated.',
      'Between 20 and 30 staff were evacuated.',
      'Fewer than 50 staff were evacuated.',
    ])
      expect(answerTypeScore(sentence, staff), sentence).toBe(1);
    // A vague plural count answers less exactly than a numeral (vague-count-answers.test.ts).
    expect(answerTypeScore('Hundreds of staff were evacuated.', staff)).toBe(0.75);
  });
});

describe('what is no length of time', () => {
  it('is a time of day, however approximate', () => {
    const clock = 'The evacuation began at 9.15pm and staff were out shortly after 3 a.m.';
    expect(answerTypeScore(clock, duration)).toBe(0);
    expect(answerTypeScore(clock, { name: 'number', unit: 'staff' })).toBe(0);
    expect(answerTypeScore('Crews arrived at about 9.40pm.', duration)).toBe(0);
  });

  it('is asked by "how long ago", which asks when', () => {
    expect(answerTypeOf('how long ago was the evacuation?')?.name).toBe('date');
    expect(answerTypeOf('for how long was the depot shut?')?.name).toBe('duration');
    expect(answerTypeOf('roughly how long did the evacuation take?')?.name).toBe('duration');
    const answer = engineOver(
      depot('The evacuation of the depot took about 15 minutes, the fire service said.'),
    ).engine.ask('how long ago was the evacuation?');
    // A length of the evacuation says nothing of how long ago it was.
    expect(answer.passages[0]?.quote ?? '').not.toContain('15 minutes');
  }, 60_000);
});

describe('a measure counted in words', () => {
  it('is in its dimension when counted by a vague count or any count in words', () => {
    expect(holdsDimension('The repairs cost hundreds of thousands of pounds.', 'money')).toBe(true);
    expect(holdsDimension('Dozens of dollars went missing.', 'money')).toBe(true);
    expect(holdsDimension('The sea wall is sixty metres long.', 'length')).toBe(true);
    expect(holdsDimension('The gate weighs almost eighteen tonnes.', 'weight')).toBe(true);
    // A vague count of something else is no measure.
    expect(holdsDimension('Hundreds of residents wrote to the council.', 'money')).toBe(false);
  });

  it('answers "how much did it cost" with a vague sum, and not with a vague count of hours', () => {
    const cost = answerTypeOf('how much did the repairs cost?');
    expect(cost?.dimension).toBe('money');
    if (cost === null) return;
    expect(answerTypeScore('The repairs cost hundreds of thousands of pounds.', cost)).toBe(1);
    // A span of time is a measure of another dimension: it gives no sum, not even a hint.
    expect(answerTypeScore('The repairs took dozens of hours.', cost)).toBe(0);
  });
});
