/**
 * SearchIndex.sentencesHolding: every quotable sentence holding a term, read from its postings
 * with no candidate budget, in corpus order (what about-fallback.ts proves "no passage holds one
 * of the question's words" by); SearchIndex.sentencesWritingApart: those writing a word apart
 * ("cease fire" for "ceasefire"). Invented articles.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { stem } from '../../src/text/terms.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

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
    const textOf = (s: number) => sentenceText(corpus, s);
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

describe('sentencesWritingApart', () => {
  async function indexOf(files: Record<string, string>) {
    const folder = await writePlainCorpus(files);
    folders.push(folder);
    const corpus = await loadCorpus(folder);
    const index = SearchIndex.build(corpus, corpus.aliases);
    const textOf = (s: number) => sentenceText(corpus, s);
    return { index, textOf };
  }

  it('finds a word the coverage uses only written apart, and no other sentence', async () => {
    const { index, textOf } = await indexOf({
      'a.txt':
        'Harbour Notes\n\nThe harbour master called a cease fire at noon. The boats ceased racing.\n\nA fire broke out on the quay.\n',
      'b.txt': 'Border Talks\n\nThe armies agreed two cease-fires on Tuesday.\n',
    });
    expect(index.hasTerm(stem('ceasefire'))).toBe(false);
    expect(index.sentencesWritingApart('ceasefire', 5).map(textOf).sort()).toEqual([
      'The armies agreed two cease-fires on Tuesday.',
      'The harbour master called a cease fire at noon.',
    ]);
    expect(index.sentencesWritingApart('ceasefire', 1)).toHaveLength(1);
  });

  it('finds nothing for a word used nowhere, or whose pieces meet only in different sentences', async () => {
    const { index, textOf } = await indexOf({
      'a.txt':
        'Harbour Notes\n\nThe order to cease came at noon. A fire broke out later.\n\nCease all fire, the master said.\n',
    });
    // Read none (a bound of 0): the one candidate left is the sentence holding both pieces.
    expect(index.sentencesWritingApart('ceasefire', 5, undefined, 0).map(textOf)).toEqual([
      'Cease all fire, the master said.',
    ]);
    // "cease" and "fire" share a paragraph (one block of the postings) but no sentence, or a
    // sentence but not as one word.
    expect(index.sentencesWritingApart('ceasefire', 5)).toEqual([]);
    expect(index.sentencesWritingApart('unicornfield', 5)).toEqual([]);
    expect(index.sentencesWritingApart('herein', 5)).toEqual([]);
  });

  it('past its bound on texts read, shows the sentences holding every piece unconfirmed', async () => {
    const { index, textOf } = await indexOf({
      'a.txt':
        'Harbour Notes\n\nThe fire made them cease work.\n\nNo one would cease the fire.\n\nA cease fire came at last.\n',
    });
    // Every sentence is read: the one that writes it apart is found.
    expect(index.sentencesWritingApart('ceasefire', 5).map(textOf)).toEqual([
      'A cease fire came at last.',
    ]);
    // One read: it writes no "cease fire", and the next sentence, unread, fills the list; it
    // holds every piece, so the proof that no passage uses the word is not made of it.
    expect(index.sentencesWritingApart('ceasefire', 1, undefined, 1).map(textOf)).toEqual([
      'No one would cease the fire.',
    ]);
    expect(index.sentencesWritingApart('ceasefire', 2, undefined, 1).map(textOf)).toEqual([
      'No one would cease the fire.',
      'A cease fire came at last.',
    ]);
  });
});
