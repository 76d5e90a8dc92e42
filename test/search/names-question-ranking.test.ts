/**
 * "What are the names of the accused" asks for persons, as "what is the name of the accused"
 * does (plan/answer-type.ts): a passage giving names holds the asked type, and one where the
 * verb "name" says a name is not given ("has not been named") holds none. "Names", like "name",
 * only frames the question, so it is not a word a passage is matched on. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

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
  it('asks for a person in the plural as in the singular, "names" framing it', () => {
    for (const question of [
      'what are the names of the accused',
      'what were the names of the accused',
      'what is the name of the accused',
    ]) {
      const type = answerTypeOf(question);
      expect(type?.name).toBe('person');
      // The offset of "name(s)": a word framing the question, not matched in passages.
      expect(type?.framing).toEqual([question.indexOf('name')]);
    }
  });

  it('ranks the passage giving the names above one saying a name is not given', () => {
    const { index, corpus } = engineOver(COURT);
    const textOf = (sentence: number) => {
      const s = corpus.sentences[sentence]!;
      return corpus.articles[s.article]!.text.slice(s.start, s.end);
    };
    for (const question of [
      'what are the names of the accused',
      'what were the names of the accused',
    ]) {
      const ranked = index.rank(question).ranked;
      expect(textOf(ranked[0]!.sentence)).toBe(charged);
      expect(ranked[0]!.features.typeMatch).toBe(1);
      // "named" there is the question's framing word in another sense: no match of it.
      expect(ranked.map((r) => textOf(r.sentence))).not.toContain(
        'The shop assistant who raised the alarm has not been named.',
      );
    }
  });
});
