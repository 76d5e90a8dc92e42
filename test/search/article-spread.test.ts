/** Terms in more than half the articles (article-spread.ts). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { termsInMostArticles } from '../../src/search/article-spread.js';

describe('termsInMostArticles', () => {
  it('keeps a term in more than half the articles, not one in half or fewer', () => {
    const sentences = [['said', 'work'], ['began'], ['said'], ['said', 'work'], ['bus']];
    const articleOf = (s: number) => [0, 0, 1, 2, 3][s]!;
    // Four articles: "said" in three, "work" in two (half), "began" in one.
    expect([...termsInMostArticles(sentences, articleOf)]).toEqual(['said']);
  });
});
