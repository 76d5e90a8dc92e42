import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../../src/engine/analysis-cache.js';
import { buildIndex } from '../../src/engine/index.js';
import { DEFAULT_INDEX_FILE, type IndexFile } from '../../src/engine/index-file.js';
import { unpackInts } from '../../src/search/packed.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

vi.setConfig({ testTimeout: 120_000 });

const FILES = {
  'harbour.txt':
    'Harbour Bridge Reopens\n\nThe Kestrel Harbour bridge reopened on Monday, March 1, 2021, after three months of repairs, the city engineer said. Traffic returned to normal by noon.\n',
  'orchard.txt':
    'Orchard Fire Contained\n\nFirefighters contained a blaze at the Marlow apple orchard late on Tuesday, June 8, 2021. Nobody was hurt, the fire chief said.\n',
  'library.txt':
    'Library Opens Night Hours\n\nThe Dunmore public library will stay open until midnight from next week, the head librarian announced on Friday.\n',
  'ferry.txt':
    'Ferry Timetable Changes\n\nThe island ferry will sail hourly from May 3, 2021, the operator said. Fares rose in April last year.\n',
};

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

async function saved(dir: string): Promise<IndexFile> {
  const file = JSON.parse(await readFile(path.join(dir, DEFAULT_INDEX_FILE), 'utf8')) as IndexFile;
  return { ...file, builtAt: '' };
}

async function built(threadMinSentences: number): Promise<IndexFile> {
  const dir = await writePlainCorpus(FILES);
  folders.push(dir);
  await buildIndex({ corpusDir: dir, threadMinSentences });
  return saved(dir);
}

describe('a build with its second thread', () => {
  it('saves the index a build on one thread saves', async () => {
    const alone = await built(Infinity);
    const shared = await built(1);
    expect(shared).toEqual(alone);
    // The same bytes too: the search index's members in the same order, the initialism table
    // the build thread makes (filled in last) among them.
    expect(Object.keys(shared.search)).toEqual(Object.keys(alone.search));
    expect(alone.timeline.length).toBeGreaterThan(0);
    // The ferry's sailing date is told as ahead: the thread reads its span too.
    expect(unpackInts(alone.search.realisBlanks).length).toBeGreaterThan(0);
  });

  it('shares the dates of analyses taken from the index it replaces, and saves the same index', async () => {
    const alone = await built(Infinity);
    const { 'ferry.txt': ferry, ...rest } = FILES;
    const dir = await writePlainCorpus(rest);
    folders.push(dir);
    await buildIndex({ corpusDir: dir });
    await writeFile(path.join(dir, 'ferry.txt'), ferry);
    // A new builder: every analysis but the ferry's comes from the index, without its dates.
    await buildIndex({ corpusDir: dir, cache: new AnalysisCache(), threadMinSentences: 1 });
    expect(await saved(dir)).toEqual(alone);
  });
});
