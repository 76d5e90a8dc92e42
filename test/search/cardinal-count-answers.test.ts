import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/**
 * An invented match report (after an outside tester's): three sentences about the first match,
 * one of them with only an ordinal and a fraction word ("the second half"), and one that states
 * how many arrests there were. Before, "the second half" hinted at a count as any number does,
 * and that sentence, sharing more of the question's words, ranked first.
 */
const MATCH: SearchFixtureArticle = {
  id: 'mill-lane',
  title: 'New stand opens at Mill Lane',
  outlet: 'Tarnfield Echo',
  published: '2026-04-02',
  paragraphs: [
    ['The new north stand at Mill Lane opened on Saturday for the first match of the season.'],
    ['The first match drew a crowd of 9,000, the biggest at the ground for years.'],
    ['Fans at the first match sang for most of the second half.'],
    ['Police made three arrests after fighting outside the ground.'],
    ['The stand cost £14 million and holds 4,000 fans.'],
    ['A matchday ticket in the new stand will cost £32.'],
    ['The opening was postponed in March, blaming late steel deliveries.'],
  ],
};

describe('"how many" is answered by a cardinal, not an ordinal or a fraction word', () => {
  const type = answerTypeOf('how many arrests were there at the first match')!;

  it('gives no hint of a count for an ordinal or a fraction word alone', () => {
    expect(answerTypeScore('Fans sang for most of the second half.', type)).toBe(0);
    expect(answerTypeScore('It was the third time this season.', type)).toBe(0);
    expect(answerTypeScore('A quarter of the fans left early.', type)).toBe(0);
    // Any cardinal still hints; a cardinal counting the asked things answers.
    expect(answerTypeScore('The second half drew 9,000 fans.', type)).toBe(0.5);
    expect(answerTypeScore('Two fans were hurt in the second half.', type)).toBe(0.5);
    expect(answerTypeScore('Police made three arrests.', type)).toBe(1);
    expect(answerTypeScore('A dozen arrests were made.', type)).toBe(1);
  });

  it('ranks the sentence stating the count first', () => {
    const { index, corpus } = engineOver(MATCH);
    const first = index.rank('how many arrests were there at the first match').ranked[0]!;
    const sentence = corpus.sentences[first.sentence]!;
    const text = corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
    expect(text).toMatch(/^Police made three arrests/);
  });
});
