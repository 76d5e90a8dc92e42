import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/types.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { searchCorpus } from './fixtures.js';

/** Every term id of the index: every word that is an index term is highlighted. */
function everyTerm(index: SearchIndex): Set<number> {
  return new Set((index.toJSON().vocabulary as string[]).map((_, id) => id));
}

function quoteOf(corpus: Corpus, first: number, last: number): string {
  const a = corpus.sentences[first];
  const b = corpus.sentences[last];
  return corpus.articles[a?.article ?? 0]?.text.slice(a?.start, b?.end) ?? '';
}

describe('highlights of a quote window', () => {
  it('are the highlights of the quote read whole, for every window of an article', () => {
    const corpus = searchCorpus({
      id: 'harbour',
      published: '2021-03-01',
      paragraphs: [
        [
          'The Kestrel harbour bridge reopened on Monday.',
          'Engineers replaced 40 cables, the U.S. firm said.',
        ],
        ["Traffic returned by noon; the mayor's office thanked drivers."],
      ],
    });
    const index = SearchIndex.build(corpus, []);
    const ids = everyTerm(index);
    const n = corpus.sentences.length;
    for (let first = 0; first < n; first++)
      for (let last = first; last < n; last++) {
        const window = { sentence: first, first, last };
        const whole = index.highlights(quoteOf(corpus, first, last), ids);
        expect(index.windowHighlights(window, ids)).toEqual(whole);
        expect(whole.length).toBeGreaterThan(0);
      }
  });

  it('read the quote whole when two sentences touch, as a word may run across them', () => {
    const corpus = searchCorpus({
      id: 'navy',
      published: null,
      paragraphs: [['The fleet sailed at dawn.', 'Navy ships followed.']],
    });
    // The same sentences with no space between them: "dawn.Navy" reads as one word.
    const article = corpus.articles[0]!;
    article.text = article.text.replace('dawn. Navy', 'dawn.Navy');
    const second = corpus.sentences[1]!;
    second.start -= 1;
    second.end -= 1;
    const index = SearchIndex.build(corpus, []);
    const ids = everyTerm(index);
    const window = { sentence: 0, first: 0, last: 1 };
    const whole = index.highlights(quoteOf(corpus, 0, 1), ids);
    expect(index.windowHighlights(window, ids)).toEqual(whole);
    // Read sentence by sentence, "dawn" and "Navy" would each be highlighted.
    const words = whole.map(([start, end]) => quoteOf(corpus, 0, 1).slice(start, end));
    expect(words).toEqual(['fleet', 'sailed', 'ships', 'followed']);
  });
});
