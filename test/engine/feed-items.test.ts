/**
 * Feed items through the engine: each is an article of its own, with a stable key for the
 * build cache, the same story in a feed and in a saved page quoted once with the other under
 * "also reported by", and a live engine that reads an item from its feed's file.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../../src/engine/analysis-cache.js';
import { buildIndex, openEngine } from '../../src/engine/index.js';
import { openLiveEngine, type LiveEngine } from '../../src/engine/live.js';
import { removeFolder, temporaryFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { encoded, rss } from '../support/feed-fixture.js';

vi.setConfig({ testTimeout: 120_000 });

const FARES =
  'Ferry fares between Tarnmouth and Gull Island will rise by 8 percent from April, the operator said on Monday.';
const FARES_ITEM = `<title>Ferry fares to rise in April</title><guid>tg-1</guid><pubDate>Tue, 17 Feb 2026 09:30:00 +0000</pubDate>${encoded(`<p>${FARES}</p>`)}`;
const PIER_ITEM = `<title>Pier repairs begin</title><guid>tg-2</guid>${encoded('<p>Repairs to the Tarnmouth pier began on Monday and will take six weeks, the council said.</p>')}`;
const LIBRARY_ITEM = `<title>Library hours cut</title><guid>tg-3</guid>${encoded('<p>The Tarnmouth library will open on four days a week from March, the council said on Friday.</p>')}`;
const ORCHARD =
  'Orchard Fire Contained\n\nFirefighters contained a blaze at the Marlow apple orchard late on Tuesday. Nobody was hurt, the fire chief said.\n';

const folders: string[] = [];
const opened: LiveEngine[] = [];
afterEach(async () => {
  for (const engine of opened.splice(0)) engine.close();
  await Promise.all(folders.splice(0).map(removeFolder));
});

async function corpus(files: Record<string, string>): Promise<string> {
  const dir = await writePlainCorpus(files);
  folders.push(dir);
  return dir;
}

describe('feed items in the engine', () => {
  it('re-analyses only the item that is new when the feed changes', async () => {
    const dir = await corpus({
      'gazette.xml': rss([FARES_ITEM, PIER_ITEM]),
      'orchard.txt': ORCHARD,
    });
    const cache = new AnalysisCache();
    expect(await buildIndex({ corpusDir: dir, cache })).toMatchObject({ articles: 3, reused: 0 });
    await writeFile(path.join(dir, 'gazette.xml'), rss([LIBRARY_ITEM, FARES_ITEM, PIER_ITEM]));
    expect(await buildIndex({ corpusDir: dir, cache })).toMatchObject({ articles: 4, reused: 3 });
  });

  it('quotes a story a feed and a saved page both hold once, the other under "also reported by"', async () => {
    const page = `<html><head><meta property="og:title" content="Ferry fares to rise in April"><meta property="og:site_name" content="Tarnmouth Gazette"></head><body><article><h1>Ferry fares to rise in April</h1><p>${FARES}</p></article></body></html>`;
    const dir = await corpus({ 'gazette.xml': rss([FARES_ITEM, PIER_ITEM]), 'fares.html': page });
    const indexDir = await temporaryFolder();
    folders.push(indexDir);
    const engine = await openEngine({
      corpusDir: dir,
      indexPath: path.join(indexDir, 'index.json'),
    });
    expect(engine.info().articles).toBe(3);
    const [first, ...rest] = engine.ask('How much will ferry fares rise?').passages;
    expect(first?.quote).toBe(FARES);
    expect(rest.map((passage) => passage.quote)).not.toContain(FARES);
    const sources = [
      first?.source.id,
      ...(first?.alsoReportedBy ?? []).map((also) => also.source.id),
    ];
    expect(sources).toHaveLength(2);
    expect(sources).toContain('fares');
    expect(sources).toContainEqual(expect.stringMatching(/^gazette_[0-9a-f]{10}$/));
  });

  it('reads a feed added to a live folder and keeps its items once the rebuild lands', async () => {
    const dir = await corpus({ 'orchard.txt': ORCHARD });
    await buildIndex({ corpusDir: dir });
    const engine = await openLiveEngine({ corpusDir: dir, debounceMs: 50, build: buildIndex });
    opened.push(engine);
    await writeFile(path.join(dir, 'gazette.xml'), rss([FARES_ITEM, PIER_ITEM]));
    const started = Date.now();
    while (engine.info().articles < 3 && Date.now() - started < 90_000)
      await new Promise((resolve) => setTimeout(resolve, 20));
    // An item's file is its feed's (feed-item-file.ts): present in the folder, never withheld as gone.
    expect(engine.status().withheld).toBe(0);
    expect(engine.ask('How much will ferry fares rise?').passages[0]?.quote).toBe(FARES);
  });
});
