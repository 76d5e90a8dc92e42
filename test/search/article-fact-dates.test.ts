import { describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../src/corpus/types.js';
import { articleFactDates } from '../../src/search/article-fact-dates.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { savedFactDates } from '../../src/search/select/fact-analysis.js';
import { withLengthsInOneUnit } from '../../src/search/select/fact-lengths.js';
import { packSentenceDates } from '../../src/search/sentence-dates.js';
import { sentenceCorpus } from '../support/sentence-corpus.js';

// Building an index loads WordNet and the lexicon: well over the default 20 s under load.
vi.setConfig({ testTimeout: 120_000 });

/** Two invented articles in one corpus; the second opens with a heading. */
function twoArticles(): Corpus {
  const first = sentenceCorpus(
    'Ferry',
    [
      'Marta Olsen watched from the quay.',
      'The 54-year-old told reporters on Tuesday she saw the ferry capsize.',
    ],
    '2025-11-06',
  );
  const second = sentenceCorpus(
    'Pier',
    [
      'Jon Vik watched from the pier.',
      'The 61-year-old said on Monday the pier would reopen next week.',
      'Crews worked through the night and finished yesterday.',
    ],
    '2025-11-07',
  );
  const [heading] = second.articles[0]!.paragraphs;
  heading!.kind = 'heading';
  return {
    articles: [...first.articles, ...second.articles],
    sentences: [
      ...first.sentences,
      ...second.sentences.map((s, i) => ({
        ...s,
        article: 1,
        kind: i === 0 ? ('heading' as const) : s.kind,
      })),
    ],
  };
}

describe('an article’s saved fact-comparison dates', () => {
  it('are what the search index saves for its sentences when reading the whole corpus', () => {
    const corpus = twoArticles();
    const perArticle = corpus.articles.flatMap((article, a) =>
      articleFactDates({
        text: article.text,
        paragraphs: article.paragraphs,
        sentences: corpus.sentences.filter((s) => s.article === a),
      }),
    );
    expect(perArticle).toHaveLength(corpus.sentences.length);
    expect(SearchIndex.build(corpus, []).toJSON().sentenceDates).toEqual(
      packSentenceDates(corpus.sentences.length, (s) => perArticle[s]!),
    );
    // A heading is no sentence before: "The 61-year-old" stays as written, not "Jon Vik, 61".
    const [, , , pier] = perArticle;
    expect(pier).toEqual(
      savedFactDates(
        withLengthsInOneUnit('The 61-year-old said on Monday the pier would reopen next week.'),
      ),
    );
    expect(perArticle.filter((mentions) => mentions.length > 0).length).toBeGreaterThanOrEqual(3);
  });
});
