/**
 * A headline is the article's metadata, shown with every source, never a statement of it: a
 * date word in it ("closes today") makes no timeline entry, as /ask never quotes it. Its first
 * body sentence with a date still does. Invented ferry articles, loaded from files as an
 * administrator's corpus would be.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

let folder: string | undefined;
afterEach(async () => {
  if (folder) await removeFolder(folder);
  folder = undefined;
});

const BODY = 'Crews will lift the old ramp out of the water on Thursday, the harbour master said.';

/** Every quote of the timeline of a one-file corpus, with its heading's date. */
async function quotesOf(name: string, text: string): Promise<Array<[string, string]>> {
  folder = await writePlainCorpus({ [name]: text });
  const events = buildTimeline(await loadCorpus(folder));
  return events.flatMap((e) => e.quotes.map((q) => [e.date, q.quote] as [string, string]));
}

describe('a headline with a date word', () => {
  it.each([
    ['ferry.txt', 'Dunmore ferry ramp closes today for six weeks\n\nMarch 3, 2025\n\n'],
    ['ferry.md', '# Dunmore ferry ramp closes today for six weeks\n\nMarch 3, 2025\n\n'],
  ])('is no event (%s); the body is', async (name, head) => {
    // Published Monday 3 March 2025: "on Thursday", ahead, is 6 March.
    expect(await quotesOf(name, `${head}${BODY}\n`)).toEqual([['2025-03-06', BODY]]);
  });
});
