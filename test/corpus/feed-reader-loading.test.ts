/**
 * Reading a corpus folder loads the feed reader, and the HTML parser it brings (linkedom), only
 * when the folder holds a feed: telling a feed from its name and first bytes (feed-kind.ts) needs
 * neither, and a start-up that loads a prebuilt index reads the folder to check it is current.
 * Tiny invented folders; the parser's loading seen by a stand-in module that counts it.
 */
import type * as Linkedom from 'linkedom';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { articleFolders } from '../support/corpus-fixture.js';
import { encoded, rss } from '../support/feed-fixture.js';

const { corpusOf, removeAll } = articleFolders();

describe('loading the feed reader', () => {
  afterAll(async () => {
    vi.doUnmock('linkedom');
    vi.resetModules();
    await removeAll();
  });

  it('loads no HTML parser for a folder without a feed, and loads it for the first feed', async () => {
    const loads = { count: 0 };
    // Test files share a worker's modules: the corpus modules are read afresh, with a linkedom
    // that counts each time it is loaded.
    vi.resetModules();
    vi.doMock('linkedom', async (original) => {
      loads.count += 1;
      return original<typeof Linkedom>();
    });
    const { readCorpusFiles } = await import('../../src/corpus/files.js');
    const plain = await corpusOf({
      'ferry.txt': 'Ferry fares will rise by 8 percent from April, the operator said.\n',
    });
    expect((await readCorpusFiles(plain)).articles).toHaveLength(1);
    expect(loads.count).toBe(0);
    const item = `<title>Ferry fares to rise</title><guid>f-1</guid>${encoded('<p>Ferry fares will rise by 8 percent from April, the operator said.</p>')}`;
    const withFeed = await corpusOf({ 'gazette.xml': rss([item]) });
    expect((await readCorpusFiles(withFeed)).articles).toHaveLength(1);
    expect(loads.count).toBe(1);
  });
});
