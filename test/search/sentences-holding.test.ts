/**
 * SearchIndex.sentencesHolding: every quotable sentence holding a term, by a scan with no
 * candidate budget, in corpus order (what about-fallback.ts proves "no passage holds one of the
 * question's words" by). Invented articles.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { stem } from '../../src/text/terms.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map(removeFolder)));

describe('sentencesHolding', () => {
  it('finds the sentences holding any of the terms, in corpus order, within the articles given', async () => {
    const folder = await writePlainCorpus({
      'a.md': '# Quay repairs\n\nThe quay reopened in May.\n\nTickets cost the same.',
      'b.txt': 'The ferry crew thanked the quay staff.\n\nStorms delayed the ferry.',
    });
    folders.push(folder);
    const corpus = await loadCorpus(folder);
    const index = SearchIndex.build(corpus, corpus.aliases);
    const textOf = (s: number) => {
      const sentence = corpus.sentences[s]!;
      return corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
    };
    const b = corpus.articles.findIndex((a) => a.meta.file.endsWith('b.txt'));
    const quay = [stem('quay')];
    // The headline holds "quay" too, but it is the article's title: never quoted.
    expect(index.sentencesHolding(quay, 5).map(textOf)).toEqual([
      ...(b === 0 ? ['The ferry crew thanked the quay staff.'] : []),
      'The quay reopened in May.',
      ...(b === 1 ? ['The ferry crew thanked the quay staff.'] : []),
    ]);
    expect(index.sentencesHolding(quay, 1)).toHaveLength(1);
    expect(
      index.sentencesHolding([stem('ferry'), 'nosuchterm'], 5, new Set([b])).map(textOf),
    ).toEqual(['The ferry crew thanked the quay staff.', 'Storms delayed the ferry.']);
    expect(index.sentencesHolding(['nosuchterm'], 5)).toEqual([]);
  });
});
