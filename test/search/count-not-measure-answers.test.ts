import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/**
 * An invented report on a valley's census. The sentence sharing most of the question's words
 * holds only a sum of money and a year; the one that answers counts the people as "souls".
 * Before, any figure hinted at a count as much as "souls" did, and the first ranked above it.
 */
const CENSUS: SearchFixtureArticle = {
  id: 'harrow-vale-census',
  title: 'Old census of Harrow Vale found',
  outlet: 'Vale Courier',
  published: '2026-03-12',
  paragraphs: [
    ['A parish clerk has found the lost census of Harrow Vale in a church chest.'],
    [
      'People in the valley paid $4,000 in road tolls in 1850.',
      'The census counted more than 2,300 souls in the valley.',
    ],
    ['The clerk said the pages would go on show at the library in June.'],
  ],
};

describe('"how many" is answered by a count, not by a measure, a date or a year', () => {
  const type = answerTypeOf('how many people lived in the valley in 1850')!;

  it('gives no hint of a count for a sum of money, a share, a span of time or a date', () => {
    expect(answerTypeScore('Residents paid $4,000 in tolls.', type)).toBe(0);
    expect(answerTypeScore('Prices rose 4.5 percent over 18 months.', type)).toBe(0);
    expect(answerTypeScore('The treaty of the 16th of February, 1857, failed.', type)).toBe(0);
    // A bare cardinal still hints; a count of the asked unit, or of people by another noun, answers.
    expect(answerTypeScore('There were 400 of them.', type)).toBe(0.5);
    expect(answerTypeScore('The census counted 2,300 people.', type)).toBe(1);
    expect(answerTypeScore('The census counted 2,300 souls.', type)).toBe(0.75);
  });

  it('keeps a measure in the asked unit as the count ("how many miles")', () => {
    const miles = answerTypeOf('how many miles a day did the airlines fly')!;
    expect(answerTypeScore('Airlines now fly 90,000 miles per day.', miles)).toBe(1);
  });

  it('ranks the sentence counting the people first', () => {
    const { index, corpus } = engineOver(CENSUS);
    const first = index.rank('how many people lived in the valley in 1850').ranked[0]!;
    const sentence = corpus.sentences[first.sentence]!;
    const text = corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
    expect(text).toMatch(/^The census counted/);
  });
});
