import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../../src/engine/analysis-cache.js';
import { buildIndex } from '../../src/engine/index.js';
import { DEFAULT_INDEX_FILE, type IndexFile } from '../../src/engine/index-file.js';
import { unpackInts } from '../../src/search/packed.js';
import type * as ImplicitObject from '../../src/search/implicit-object.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

vi.setConfig({ testTimeout: 120_000 });

/** The sentences read for an implicit object, by their texts. */
const read = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../../src/search/implicit-object.js', async (importOriginal) => {
  const real = await importOriginal<typeof ImplicitObject>();
  return {
    ...real,
    leavesObjectImplicit: (text: string) => {
      read.texts.push(text);
      return real.leavesObjectImplicit(text);
    },
  };
});

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
  it('reads only the added article’s, keeps the others’ from the index it replaces, and saves what a build from nothing saves', async () => {
    const dir = await writePlainCorpus({ 'funeral.txt': FUNERAL, 'hearing.txt': HEARING });
    folders.push(dir);
    await buildIndex({ corpusDir: dir });
    // Added first in the corpus's order, so every other sentence's number moves.
    await writeFile(path.join(dir, 'a-library.txt'), LIBRARY);
    read.texts = [];
    await buildIndex({ corpusDir: dir, cache: new AnalysisCache() });
    expect(read.texts.every((text) => LIBRARY.includes(text))).toBe(true);
    expect(read.texts.length).toBeGreaterThan(0);
    const rebuilt = await saved(dir);

    const fresh = await writePlainCorpus({
      'funeral.txt': FUNERAL,
      'hearing.txt': HEARING,
      'a-library.txt': LIBRARY,
    });
    folders.push(fresh);
    await buildIndex({ corpusDir: fresh });
    const flagged = [...unpackInts(rebuilt.search.objectImplicit)];
    expect(flagged).toEqual([...unpackInts((await saved(fresh)).search.objectImplicit)]);
    expect(flagged.length).toBeGreaterThan(0);
  });
});
