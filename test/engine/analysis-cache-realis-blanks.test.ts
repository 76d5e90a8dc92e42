/**
 * The irrealis values' spans a build saves (search/realis-blanks.ts) and a rebuild: kept per
 * article, so that a rebuild reads only the changed articles' and saves what a build from
 * nothing saves. Tiny invented corpora.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../../src/engine/analysis-cache.js';
import { buildIndex } from '../../src/engine/index.js';
import { DEFAULT_INDEX_FILE, type IndexFile } from '../../src/engine/index-file.js';
import { packInts, unpackInts } from '../../src/search/packed.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

vi.setConfig({ testTimeout: 120_000 });

const PIER =
  'Pier Contract Expected\n\nThe Harlow Marine contract is expected to be signed on Thursday at the town hall. If the council approves the overrun, the pier would cost £14 million.\n';
const FERRY =
  'Ferry Timetable Changes\n\nThe island ferry will sail hourly from May 3, 2021, the operator said. Fares rose in April last year.\n';
const LIBRARY =
  'Library Opens Night Hours\n\nThe Dunmore public library opened until midnight on 4 June, the head librarian said on Friday.\n';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

async function saved(dir: string): Promise<IndexFile> {
  return JSON.parse(await readFile(path.join(dir, DEFAULT_INDEX_FILE), 'utf8')) as IndexFile;
}

describe('a rebuild and the irrealis values’ spans', () => {
  it('saves what a build from nothing saves, though every sentence number moves', async () => {
    const dir = await writePlainCorpus({ 'pier.txt': PIER, 'ferry.txt': FERRY });
    folders.push(dir);
    await buildIndex({ corpusDir: dir });
    // Added first in the corpus's order, so every other sentence's number moves.
    await writeFile(path.join(dir, 'a-library.txt'), LIBRARY);
    await buildIndex({ corpusDir: dir, cache: new AnalysisCache() });
    const rebuilt = [...unpackInts((await saved(dir)).search.realisBlanks)];
    const fresh = await writePlainCorpus({
      'pier.txt': PIER,
      'ferry.txt': FERRY,
      'a-library.txt': LIBRARY,
    });
    folders.push(fresh);
    await buildIndex({ corpusDir: fresh });
    expect(rebuilt).toEqual([...unpackInts((await saved(fresh)).search.realisBlanks)]);
    expect(rebuilt.length).toBeGreaterThan(0);
  });

  it('takes an unchanged article’s from the index it replaces instead of reading them again', async () => {
    const dir = await writePlainCorpus({ 'pier.txt': PIER, 'ferry.txt': FERRY });
    folders.push(dir);
    await buildIndex({ corpusDir: dir });
    expect(unpackInts((await saved(dir)).search.realisBlanks).length).toBeGreaterThan(0);
    // An index that records none: a rebuild that reuses its record saves none either.
    const index = await saved(dir);
    index.search.realisBlanks = packInts([]);
    await writeFile(path.join(dir, DEFAULT_INDEX_FILE), JSON.stringify(index));
    await writeFile(path.join(dir, 'a-library.txt'), LIBRARY);
    expect(await buildIndex({ corpusDir: dir, cache: new AnalysisCache() })).toMatchObject({
      reused: 2,
    });
    expect([...unpackInts((await saved(dir)).search.realisBlanks)]).toEqual([]);
  });
});
