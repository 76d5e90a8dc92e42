/**
 * Reading a feed's items costs one HTML parse per item's content, made when the item is read
 * for the index (feed-item.ts), never when the folder is only read and hashed, as a start-up's
 * staleness check and a live reload's do: an unchanged item is not parsed again. Tiny invented
 * feed; parses counted by wrapping linkedom's parseHTML.
 */
import path from 'node:path';
import type * as Linkedom from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCorpusFiles } from '../../src/corpus/files.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { openEngine } from '../../src/engine/index.js';
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

vi.setConfig({ testTimeout: 120_000 });
const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const ITEMS = [
  `<title>Ferry fares to rise</title><guid>f-1</guid>${encoded('<p>Ferry fares between Tarnmouth and Gull Island will rise by 8 percent from April, the operator said.</p>')}`,
  `<title>Library hours cut</title><guid>f-2</guid>${encoded('<p>The town library will open on four days a week from March, the council said.</p>')}`,
  `<title>Pier repairs</title><guid>f-3</guid>${encoded('<p>Repairs to the pier began on Monday and will take six weeks, after a…</p>')}`,
];

describe('the cost of reading a feed', () => {
  it('parses no item when the folder is only read, nor at a start-up whose index is built', async () => {
    const dir = await corpusOf({ 'gazette.xml': rss(ITEMS) });
    parses.count = 0;
    await readCorpusFiles(dir);
    expect(parses.count).toBe(0);
    const indexPath = path.join(dir, 'index.json');
    await openEngine({ corpusDir: dir, indexPath });
    parses.count = 0;
    await openEngine({ corpusDir: dir, indexPath, rebuild: 'never' });
    expect(parses.count).toBe(0);
    // The item cut short is still refused, when the items are read.
    const report = await validateCorpus(dir);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^item "Pier repairs" of "Tarnmouth Gazette" is cut short/),
    ]);
    expect(report.counts.articles).toBe(2);
  });
});
