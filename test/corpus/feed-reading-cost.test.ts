/**
 * Reading a feed's items costs one HTML parse per item's content, made when the item is read
 * for the index (feed-item.ts, unpacked with the packaged files), never when the folder is only
 * read and hashed, as a start-up's staleness check and a live reload's do: an item whose
 * analysis a rebuild holds is not parsed again. Tiny invented feed; parses counted by wrapping
 * linkedom's parseHTML.
 */
import type * as Linkedom from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleFolders } from '../support/corpus-fixture.js';
import { encoded, rss } from '../support/feed-fixture.js';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('linkedom', async (original) => {
  const linkedom = await original<typeof Linkedom>();
  return {
    ...linkedom,
    parseHTML: (...args: Parameters<typeof linkedom.parseHTML>) => {
      parses.count += 1;
      return linkedom.parseHTML(...args);
    },
  };
});

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const ITEMS = [
  `<title>Ferry fares to rise</title><guid>f-1</guid>${encoded('<p>Ferry fares between Tarnmouth and Gull Island will rise by 8 percent from April, the operator said.</p>')}`,
  `<title>Library hours cut</title><guid>f-2</guid>${encoded('<p>The town library will open on four days a week from March, the council said.</p>')}`,
  `<title>Pier repairs</title><guid>f-3</guid>${encoded('<p>Repairs to the pier began on Monday and will take six weeks, after a…</p>')}`,
];

describe('the cost of reading a feed', () => {
  it('parses no item when the folder is only read and hashed, and each once when it is read', async () => {
    // Test files share a worker's modules: read the corpus modules afresh, so that they import
    // the wrapped linkedom rather than one an earlier file loaded.
    vi.resetModules();
    const { hashCorpusFiles, readCorpusFiles } = await import('../../src/corpus/files.js');
    const { unpackArticles } = await import('../../src/corpus/unpack.js');
    const dir = await corpusOf({ 'gazette.xml': rss(ITEMS) });
    parses.count = 0;
    // What a start-up's staleness check and a live reload's do: read the folder and hash it.
    const files = await readCorpusFiles(dir);
    hashCorpusFiles(files, 'format');
    expect(parses.count).toBe(0);
    // A rebuild reads only the items whose analysis it does not hold (index.ts).
    await unpackArticles(files, () => true);
    expect(parses.count).toBe(0);
    const read = await unpackArticles(files);
    expect(parses.count).toBe(ITEMS.length);
    // The item cut short is refused then.
    expect(read.unread.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^item "Pier repairs" of "Tarnmouth Gazette" is cut short/),
    ]);
    expect(read.articles).toHaveLength(2);
  });
});
