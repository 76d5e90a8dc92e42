import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../../src/engine/analysis-cache.js';
import { buildIndex } from '../../src/engine/index.js';
import { DEFAULT_INDEX_FILE, type IndexFile } from '../../src/engine/index-file.js';
import { packInts, unpackInts } from '../../src/search/packed.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

vi.setConfig({ testTimeout: 120_000 });

const FUNERAL =
  "Funeral Held\n\nThe funeral of caretaker Tom Reid was held at St Mary's Church in Tarnbury on 20 March. More than 200 people attended.\n";
const HEARING =
  'Hearing Adjourned\n\nThe planning hearing on the Tarnbury bypass was adjourned on Monday. About 80 residents attended.\n';
const LIBRARY =
  'Library Opens Night Hours\n\nThe Dunmore public library will stay open until midnight from next week, the head librarian announced on Friday.\n';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

async function saved(dir: string): Promise<IndexFile> {
  return JSON.parse(await readFile(path.join(dir, DEFAULT_INDEX_FILE), 'utf8')) as IndexFile;
}

describe('a rebuild and the sentences leaving their object implicit', () => {
  it('saves what a build from nothing saves, though every sentence number moves', async () => {
    const dir = await writePlainCorpus({ 'funeral.txt': FUNERAL, 'hearing.txt': HEARING });
    folders.push(dir);
    await buildIndex({ corpusDir: dir });
    // Added first in the corpus's order, so every other sentence's number moves.
    await writeFile(path.join(dir, 'a-library.txt'), LIBRARY);
    await buildIndex({ corpusDir: dir, cache: new AnalysisCache() });
    const rebuilt = [...unpackInts((await saved(dir)).search.objectImplicit)];
    const fresh = await writePlainCorpus({
      'funeral.txt': FUNERAL,
      'hearing.txt': HEARING,
      'a-library.txt': LIBRARY,
    });
    folders.push(fresh);
    await buildIndex({ corpusDir: fresh });
    expect(rebuilt).toEqual([...unpackInts((await saved(fresh)).search.objectImplicit)]);
    expect(rebuilt.length).toBeGreaterThan(0);
  });

  it('takes an unchanged article’s from the index it replaces instead of reading them again', async () => {
    const dir = await writePlainCorpus({ 'funeral.txt': FUNERAL, 'hearing.txt': HEARING });
    folders.push(dir);
    await buildIndex({ corpusDir: dir });
    expect(unpackInts((await saved(dir)).search.objectImplicit).length).toBeGreaterThan(0);
    // An index that records none: a rebuild that reuses its record saves none either.
    const index = await saved(dir);
    index.search.objectImplicit = packInts([]);
    await writeFile(path.join(dir, DEFAULT_INDEX_FILE), JSON.stringify(index));
    await writeFile(path.join(dir, 'a-library.txt'), LIBRARY);
    expect(await buildIndex({ corpusDir: dir, cache: new AnalysisCache() })).toMatchObject({
      reused: 2,
    });
    expect([...unpackInts((await saved(dir)).search.objectImplicit)]).toEqual([]);
  });
});
