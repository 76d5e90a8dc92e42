import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../../src/engine/analysis-cache.js';
import { buildIndex, openEngine } from '../../src/engine/index.js';
import { DEFAULT_INDEX_FILE, type IndexFile } from '../../src/engine/index-file.js';
import { articleFactDates } from '../../src/search/article-fact-dates.js';
import { removeFolder, temporaryFolder, writePlainCorpus } from '../support/corpus-fixture.js';

vi.setConfig({ testTimeout: 120_000 });

const HARBOUR =
  'Harbour Bridge Reopens\n\nBy Ana Ruiz\n\nThe Kestrel Harbour bridge reopened on Monday, March 1, 2021, after three months of repairs, the city engineer said. Traffic returned to normal by noon.\n\nCrews on the bridge deck. Jan Berg/Kestrel Courier\n';
const ORCHARD =
  'Orchard Fire Contained\n\nFirefighters contained a blaze at the Marlow apple orchard late on Tuesday, June 8, 2021. Nobody was hurt, the fire chief said.\n';
const LIBRARY =
  'Library Opens Night Hours\n\nThe Dunmore public library will stay open until midnight from next week, the head librarian announced on Friday.\n';
const FERRY =
  '<html><head><meta property="og:title" content="Ferry Timetable Changes"><meta property="og:site_name" content="Dunmore Post"></head><body><article><h1>Ferry Timetable Changes</h1><p>The island ferry will sail hourly from May 3, 2021, the operator said.</p></article></body></html>';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

async function corpus(files: Record<string, string>): Promise<string> {
  const dir = await writePlainCorpus(files);
  folders.push(dir);
  return dir;
}

async function savedIndex(dir: string): Promise<IndexFile> {
  return JSON.parse(await readFile(path.join(dir, DEFAULT_INDEX_FILE), 'utf8')) as IndexFile;
}

/** What answers depend on: everything but when it was built and the cache's own record. */
function contents(file: IndexFile) {
  return {
    corpusHash: file.corpusHash,
    articles: file.articles.map(({ meta, text, paragraphs, page }) => ({
      meta,
      text,
      paragraphs,
      page,
    })),
    sentences: file.sentences,
    search: file.search,
    timeline: file.timeline,
  };
}

/** The index of `files` built from nothing, in a folder of its own. */
async function freshIndex(files: Record<string, string>): Promise<IndexFile> {
  const dir = await corpus(files);
  await buildIndex({ corpusDir: dir });
  return savedIndex(dir);
}

describe('rebuilding with the analysis cache', () => {
  it('re-analyses only the changed articles, and builds the index a build from nothing builds', async () => {
    const dir = await corpus({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
    const cache = new AnalysisCache();
    expect((await buildIndex({ corpusDir: dir, cache })).reused).toBe(0);
    await writeFile(path.join(dir, 'library.txt'), LIBRARY);
    await writeFile(path.join(dir, 'ferry.html'), FERRY);
    const stats = await buildIndex({ corpusDir: dir, cache });
    expect(stats).toMatchObject({ articles: 4, reused: 2 });
    const files = { 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD, 'library.txt': LIBRARY };
    // The page lines (byline, caption) come through the reused analysis as from a fresh one.
    expect((await savedIndex(dir)).articles.find((a) => a.meta.id === 'harbour')?.page).toEqual([
      { kind: 'byline', text: 'By Ana Ruiz' },
      { kind: 'caption', text: 'Crews on the bridge deck. Jan Berg/Kestrel Courier' },
    ]);
    expect(contents(await savedIndex(dir))).toEqual(
      contents(await freshIndex({ ...files, 'ferry.html': FERRY })),
    );

    // A changed article is read again; a renamed one keeps its analysis but not its old id.
    await writeFile(path.join(dir, 'orchard.txt'), ORCHARD.replace('Tuesday', 'Wednesday'));
    await rename(path.join(dir, 'library.txt'), path.join(dir, 'night-hours.txt'));
    await rm(path.join(dir, 'ferry.html'));
    expect(await buildIndex({ corpusDir: dir, cache })).toMatchObject({ articles: 3, reused: 2 });
    const changed = {
      'harbour.txt': HARBOUR,
      'orchard.txt': ORCHARD.replace('Tuesday', 'Wednesday'),
      'night-hours.txt': LIBRARY,
    };
    expect(contents(await savedIndex(dir))).toEqual(contents(await freshIndex(changed)));
    const engine = await openEngine({ corpusDir: dir, rebuild: 'never' });
    expect(engine.sources().map((s) => s.id)).toEqual(['harbour', 'night-hours', 'orchard']);
    expect(engine.ask('When was the Marlow orchard fire contained?').passages[0]?.quote).toContain(
      'late on Wednesday',
    );
  });

  it('holds only the analyses of the last build', async () => {
    const dir = await corpus({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
    const cache = new AnalysisCache();
    await buildIndex({ corpusDir: dir, cache });
    await rm(path.join(dir, 'orchard.txt'));
    await buildIndex({ corpusDir: dir, cache });
    expect(cache.size).toBe(1);
  });

  it('takes the analyses from the index it replaces when it holds none (a new builder)', async () => {
    // The HTML page's stated title and outlet come from its analysis too.
    const files = { 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD, 'ferry.html': FERRY };
    const dir = await corpus(files);
    await buildIndex({ corpusDir: dir });
    await writeFile(path.join(dir, 'library.txt'), LIBRARY);
    const cache = new AnalysisCache();
    expect(await buildIndex({ corpusDir: dir, cache })).toMatchObject({ articles: 4, reused: 3 });
    const rebuilt = await savedIndex(dir);
    expect(contents(rebuilt)).toEqual(
      contents(await freshIndex({ ...files, 'library.txt': LIBRARY })),
    );
    expect(rebuilt.articles.find((a) => a.meta.id === 'ferry')?.meta).toMatchObject({
      title: 'Ferry Timetable Changes',
      outlet: 'Dunmore Post',
    });
  });

  it('takes each sentence’s saved fact-comparison dates from the index, read as afresh', async () => {
    const dir = await corpus({ 'harbour.txt': HARBOUR, 'library.txt': LIBRARY });
    await buildIndex({ corpusDir: dir });
    const file = await savedIndex(dir);
    const cache = new AnalysisCache();
    expect(cache.seed(file)).toBe(2);
    let dated = 0;
    for (const { analysis } of file.articles) {
      const key = analysis?.key as string;
      // The timeline's dates are not in the file; the fact comparison's and the irrealis
      // values' spans are.
      expect(cache.lacks(key)).toEqual({
        events: false,
        dates: true,
        factDates: false,
        realisBlanks: false,
      });
      const seeded = cache.factDates(key);
      expect(seeded).toEqual(articleFactDates(cache.analysisOf(key)));
      dated += seeded.filter((mentions) => mentions.length > 0).length;
    }
    // "on Monday, March 1, 2021" and "announced on Friday" are read as dates.
    expect(dated).toBeGreaterThanOrEqual(2);
  });

  it('takes nothing from an index whose parts do not fit together, and still builds right', async () => {
    const dir = await corpus({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
    await buildIndex({ corpusDir: dir });
    const damaged = await savedIndex(dir);
    damaged.search.vocabulary = damaged.search.vocabulary.slice(0, 3);
    expect(new AnalysisCache().seed(damaged)).toBe(0);
    await writeFile(path.join(dir, DEFAULT_INDEX_FILE), JSON.stringify(damaged));
    await writeFile(path.join(dir, 'library.txt'), LIBRARY);
    const cache = new AnalysisCache();
    expect(await buildIndex({ corpusDir: dir, cache })).toMatchObject({ articles: 3, reused: 0 });
  });

  it('reuses a stale index’s analyses when opening builds a new index', async () => {
    const dir = await corpus({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
    const indexPath = path.join(await temporaryFolder(), 'index.json');
    folders.push(path.dirname(indexPath));
    await openEngine({ corpusDir: dir, indexPath });
    await writeFile(path.join(dir, 'library.txt'), LIBRARY);
    const analysed: string[] = [];
    const cache = new (class extends AnalysisCache {
      override analysis(key: string, analyse: Parameters<AnalysisCache['analysis']>[1]) {
        return super.analysis(key, () => {
          const analysis = analyse();
          analysed.push(analysis.text.slice(0, 20));
          return analysis;
        });
      }
    })();
    const engine = await openEngine({ corpusDir: dir, indexPath, cache });
    expect(analysed).toEqual(['Library Opens Night ']);
    expect(engine.ask('How late will the Dunmore library stay open?').passages[0]?.source.id).toBe(
      'library',
    );
  });
});
