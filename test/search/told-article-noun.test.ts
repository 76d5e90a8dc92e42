/**
 * "When was the report published?" asks about the report the coverage tells of when it tells
 * of one, and about the article only when it does not (src/search/plan/page-question.ts
 * `articleNounsOf`: a definite noun phrase's referent is the one the hearer can identify, from
 * the text before the situation). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { pageQuestionOf } from '../../src/search/plan/page-question.js';
import { FERRY_INQUIRY } from '../support/ferry-inquiry.js';
import { engineOver } from './fixtures.js';

describe('an article noun the coverage tells of', () => {
  // The coverage tells of an inquiry report being published, and of nothing else so.
  const told = (noun: string, verbs: readonly string[], modifiers: readonly string[]) =>
    noun === 'report' && verbs.includes('publish') && modifiers.every((m) => m === 'inquiri');

  it('is the thing told of, not the article', () => {
    const of = (question: string) => pageQuestionOf(question, new Set(), told)?.refersToArticle;
    expect(of('when was the report published?')).toBe(false);
    expect(of('when was the inquiry report published?')).toBe(false);
  });

  it('is the article when the coverage tells of none so described, or names a source', () => {
    expect(
      pageQuestionOf('when was the harbour report published?', new Set(), told)?.refersToArticle,
    ).toBe(true);
    expect(pageQuestionOf('when was the report published?')?.refersToArticle).toBe(true);
    expect(
      pageQuestionOf("when was the Courier's report published?", new Set(['courier']), told)
        ?.refersToArticle,
    ).toBe(true);
    // A word naming only a piece of journalism is the article, whatever the coverage tells.
    expect(
      pageQuestionOf('when was the article published?', new Set(), () => true)?.refersToArticle,
    ).toBe(true);
  });

  it('answers from the passage telling of its publication', () => {
    const { engine } = engineOver(...FERRY_INQUIRY);
    const answer = engine.ask('when was the report published?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toBe('The inquiry report was published on 12 March.');
    // Described as nothing the coverage tells of, the report is the article.
    expect(engine.ask('when was the harbour report published?').notStated?.[0]?.source.id).toBe(
      'harbour',
    );
  }, 120_000);
});
