import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

/**
 * An invented complaint about a sea wall: a first report that gives the count vaguely, and a
 * later one that gives the number the complainant stated.
 */
const FIRST: SearchFixtureArticle = {
  id: 'wall-first',
  title: 'Sea wall builder accused',
  published: '2022-03-01',
  paragraphs: [
    [
      'A former inspector at Harlow Civil has said that dozens of the blocks in the Tenby sea wall were laid dry.',
    ],
  ],
};

const SECOND: SearchFixtureArticle = {
  id: 'wall-second',
  title: 'Inspector details claims',
  published: '2022-03-04',
  paragraphs: [
    [
      'Nadia Crewe, the inspector who checked the work until she left in January, said that at least 70 of the blocks were laid dry.',
    ],
  ],
};

describe('a vague count answers "how many" less exactly than a number', () => {
  const type = answerTypeOf('how many blocks were laid without mortar')!;

  it('scores a vague plural count of the asked things between any number and a count', () => {
    expect(answerTypeScore('Dozens of blocks were laid dry.', type)).toBe(0.75);
    expect(answerTypeScore('Hundreds of blocks were laid dry.', type)).toBe(0.75);
    expect(answerTypeScore('At least 70 of the blocks were laid dry.', type)).toBe(1);
    expect(answerTypeScore('Seventy blocks were laid dry.', type)).toBe(1);
    // "A dozen" is twelve; "two hundred" a numeral.
    expect(answerTypeScore('A dozen blocks were laid dry.', type)).toBe(1);
    expect(answerTypeScore('Two hundred blocks were laid dry.', type)).toBe(1);
    // A vague count of something else is any number, as before.
    expect(answerTypeScore('Dozens of workers laid the wall.', type)).toBe(0.5);
  });

  it('ranks the inspector’s number above “dozens” for how many blocks', () => {
    const { index, corpus } = engineOver(FIRST, SECOND);
    const ranking = index.rank('how many blocks did the inspector say were laid dry');
    const textOf = (s: number) => sentenceText(corpus, s);
    expect(textOf(ranking.ranked[0]!.sentence)).toMatch(/^Nadia Crewe/);
    expect(ranking.ranked[1]!.features.typeMatch).toBe(0.75);
  });
});
