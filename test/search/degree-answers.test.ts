/**
 * "How ADJ/ADV" asks for a degree (plan/degree.ts): a measure answers it (a count, a part of a
 * whole, an extent), and a passage repeating the question's word without one says only that
 * it is so. The type is evidence for ranking, never a reason to refuse: a degree may be given as
 * a judgement in any words. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { asksDegree } from '../../src/search/plan/degree.js';
import {
  answerTypeOf,
  answerTypeScore,
  askedAnswerType,
} from '../../src/search/plan/answer-type.js';
import { aspectOf } from '../../src/search/select/select.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

describe('a degree question', () => {
  it('is "how" before a quality, as an adjective or an adverb', () => {
    for (const question of [
      'how badly damaged is the casket',
      'how close do most residents live to a clinic',
      'In 1998 how low were the waiting lists',
      'how serious was the flooding?',
    ])
      expect(answerTypeOf(question), question).toEqual({ name: 'degree' });
  });

  it('is not "how" before a function word, a noun, or after another wh-word', () => {
    expect(asksDegree('how did the council react')).toBe(false);
    expect(asksDegree('how the council decided')).toBe(false);
    expect(asksDegree('how exactly did the fire start')).toBe(false);
    // "how residents reacted": the manner of a clause, not a degree.
    expect(asksDegree('how residents reacted to the closure')).toBe(false);
    // The first wh-word governs: this asks for her words.
    expect(asksDegree('what did she say about how quick the vote was')).toBe(false);
    expect(answerTypeOf('what did she say about how quick the vote was')).toBeNull();
  });

  it('leaves the dimensions of their own to their rules', () => {
    expect(answerTypeOf('how deep is the lido')?.name).toBe('number');
    expect(answerTypeOf('how long is the library closed')?.name).toBe('duration');
    expect(answerTypeOf('how old is the casket')?.name).toBe('age');
  });

  it('is answered by a measure, not by the quality named again, a year or a time of day', () => {
    const degree = answerTypeOf('how badly damaged is the casket')!;
    expect(answerTypeScore('The casket had lost two of its six enamel panels.', degree)).toBe(1);
    expect(answerTypeScore('About 40 percent of the roof was lost.', degree)).toBe(1);
    expect(answerTypeScore('Police said the casket had been damaged.', degree)).toBe(0);
    expect(answerTypeScore('The casket was damaged in 2019.', degree)).toBe(0);
    expect(answerTypeScore('The alarm went off at 3 a.m.', degree)).toBe(0);
  });

  it('is no type abstention asks a passage for, and relates reports by their figures', () => {
    const degree = answerTypeOf('how badly damaged is the casket');
    expect(askedAnswerType('how badly damaged is the casket', degree)).toBeNull();
    expect(aspectOf(degree)).toBe('number');
  });
});

const CASKET: SearchFixtureArticle = {
  id: 'casket',
  title: 'Stolen casket found',
  outlet: 'Vale Courier',
  published: '2026-04-14',
  paragraphs: [
    ['The silver casket was found in a garage on Tuesday.'],
    ['Police said the casket had been damaged.'],
    ['Curators said the damaged casket had lost two of its six enamel panels.'],
  ],
};

describe('ranking for a degree', () => {
  it('puts the passage giving the measure above one repeating the word', () => {
    const { engine } = engineOver(CASKET);
    const answer = engine.ask('how badly damaged is the casket');
    expect(answer.passages[0]?.quote).toContain('two of its six enamel panels');
  });
});
