/**
 * "What are the names of the accused" asks for persons, as "what is the name of the accused"
 * does (plan/answer-type.ts): a passage giving names holds the asked type, and one where the
 * verb "name" says a name is not given ("has not been named") holds none, so the names rank
 * first though the other shares the question's word "names". Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

const charged =
  'Ola Brenn, 41, of Mill Lane, Vessen, and Ruth Calder, 38, of no fixed address, are both charged with theft.';
const COURT: SearchFixtureArticle = {
  id: 'court',
  title: 'Theft accused appear before magistrates',
  published: '2026-04-21',
  paragraphs: [
    [charged, 'Neither entered a plea.'],
    ['The shop assistant who raised the alarm has not been named.'],
  ],
};

describe('a question asking for the names of people', () => {
  it('asks for a person in the plural as in the singular', () => {
    for (const question of [
      'what are the names of the accused',
      'what were the names of the accused',
      'what is the name of the accused',
    ]) {
      expect(answerTypeOf(question)?.name).toBe('person');
    }
  });

  it('ranks the passage giving the names above one saying a name is not given', () => {
    const { index, corpus } = engineOver(COURT);
    const textOf = (sentence: number) => sentenceText(corpus, sentence);
    for (const question of [
      'what are the names of the accused',
      'what were the names of the accused',
    ]) {
      const ranked = index.rank(question).ranked;
      expect(textOf(ranked[0]!.sentence)).toBe(charged);
      expect(ranked[0]!.features.typeMatch).toBe(1);
      const other = ranked.find((r) => /not been named/.test(textOf(r.sentence)));
      expect(other?.features.typeMatch).toBe(0);
    }
  });
});
