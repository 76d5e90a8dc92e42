/** Terms in more than half the articles (article-spread.ts). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { termsInMostArticles } from '../../src/search/article-spread.js';

describe('termsInMostArticles', () => {
  const vocabulary = ['said', 'work', 'began', 'bus'];
  const ids = (terms: string[]) => terms.map((term) => vocabulary.indexOf(term));

  it('keeps a term in more than half the articles, not one in half or fewer', () => {
    const sentences = [['said', 'work'], ['began'], ['said'], ['said', 'work'], ['bus']].map(ids);
    const articleOf = (s: number) => [0, 0, 1, 2, 3][s]!;
    // Four articles: "said" in three, "work" in two (half), "began" in one.
    expect([...termsInMostArticles(sentences, vocabulary, articleOf)]).toEqual(['said']);
  });

  it('counts an article once however its sentences are ordered among the others', () => {
    const sentences = [['work', 'work'], ['work'], ['bus'], ['work']].map(ids);
    // Articles 0 and 1 interleave: "work" is in two of three, "bus" in one.
    const articleOf = (s: number) => [0, 1, 2, 0][s]!;
    expect([...termsInMostArticles(sentences, vocabulary, articleOf)]).toEqual(['work']);
  });
});
