/**
 * "Which trustees voted against?": a which/what phrase headed by any noun whose usual sense is
 * a person (WordNet's noun.person) asks for persons, as "who" does (plan/person-noun-question.ts;
 * Li & Roth 2002). Invented article.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { personNounPhrase } from '../../src/search/plan/person-noun-question.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const MUSEUM: SearchFixtureArticle = {
  id: 'museum',
  title: 'Museum to close on Sundays',
  outlet: 'Brackwater Herald',
  published: '2026-03-11',
  paragraphs: [
    ['The museum trustees voted five to two on Monday to close the museum on Sundays.'],
    [
      'Families would lose out, said the two trustees who voted against, Nadia Orme and Felix Brand.',
    ],
    ['The museum will stay open late on Thursdays instead.'],
  ],
};

describe('a wh-phrase headed by a noun of a person', () => {
  it('asks for a person, the noun its focus', () => {
    for (const question of [
      'which trustees voted against?',
      'Which two councillors opposed the plan?',
      'what residents objected to the scheme',
    ])
      expect(answerTypeOf(question)).toMatchObject({ name: 'person' });
    expect(answerTypeOf('which trustees voted against?')?.focus).toBe('truste');
  });

  it('leaves a noun of another kind, a possessive and a partitive alone', () => {
    expect(personNounPhrase('which roads are exempt?')).toBeNull();
    expect(personNounPhrase("which councillor's ward was split?")).toBeNull();
    expect(personNounPhrase('which of the trustees voted against?')).toBeNull();
    expect(answerTypeOf('which roads are exempt?')).toBeNull();
  });

  it('ranks the sentence naming the persons above the tally', () => {
    const { engine } = engineOver(MUSEUM);
    expect(engine.ask('which trustees voted against?').passages[0]?.quote).toContain('Nadia Orme');
  }, 60_000);
});
