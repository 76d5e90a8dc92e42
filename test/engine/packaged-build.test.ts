import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../../src/engine/analysis-cache.js';
import { CorpusAdmin } from '../../src/engine/corpus-admin.js';
import { buildIndex, openEngine } from '../../src/engine/index.js';
import { openLiveEngine, type LiveEngine } from '../../src/engine/live.js';
import { removeFolder, temporaryFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { HARBOUR, snapshot } from '../support/live-fixture.js';

vi.setConfig({ testTimeout: 120_000 });

const folders: string[] = [];
const opened: LiveEngine[] = [];
afterEach(async () => {
  for (const engine of opened.splice(0)) engine.close();
  await Promise.all(folders.splice(0).map(removeFolder));
});

const SAVE = [
  'From: <Saved by Blink>',
  'Snapshot-Content-Location: https://dunmore.example/ferry',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related; type="text/html"; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/html',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<html><head><title>Ferry Timetable Changes</title></head><body><article><h1>Ferry Timetab=',
  'le Changes</h1><p>The island ferry will sail hourly from May 3, 2021, the operator said.</p></article></body></html>',
  '--b1--',
  '',
].join('\r\n');

describe('an index built from a folder holding a packaged file', () => {
  it('reads the article inside it, and reuses its analysis in a rebuild', async () => {
    const dir = await temporaryFolder();
    folders.push(dir);
    await mkdir(path.join(dir, 'articles'));
    await writeFile(path.join(dir, 'articles', 'ferry.mhtml'), SAVE);
    const cache = new AnalysisCache();
    expect(await buildIndex({ corpusDir: dir, cache })).toMatchObject({ articles: 1, reused: 0 });
    await writeFile(
      path.join(dir, 'articles', 'library.txt'),
      'Library Opens Night Hours\n\nThe Dunmore public library will stay open until midnight from next week.\n',
    );
    expect(await buildIndex({ corpusDir: dir, cache })).toMatchObject({ articles: 2, reused: 1 });
    const engine = await openEngine({ corpusDir: dir, rebuild: 'never' });
    expect(engine.sources().find((source) => source.id === 'ferry')).toMatchObject({
      title: 'Ferry Timetable Changes',
      url: 'https://dunmore.example/ferry',
      published: null,
    });
  });
});

const MAILED = [
  'From: Ana Ruiz <ana@dunmore.example>',
  'Date: Wed, 4 Nov 2026 08:30:00 +0000',
  'Subject: Fwd: Harbour fees',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'The harbour board raised mooring fees by ten percent on Tuesday.',
  '',
].join('\r\n');

describe('an e-mailed article whose sender and sending date are not its outlet and date', () => {
  it('shows both as unknown, also after a rebuild that reuses its analysis from the index file', async () => {
    const dir = await temporaryFolder();
    folders.push(dir);
    await mkdir(path.join(dir, 'articles'));
    await writeFile(path.join(dir, 'articles', 'fees.eml'), MAILED);
    const unknown = {
      outlet: null,
      published: null,
      outletUnconfirmed: true,
      publishedUnconfirmed: true,
    };
    expect(await buildIndex({ corpusDir: dir })).toMatchObject({ articles: 1 });
    const first = await openEngine({ corpusDir: dir, rebuild: 'never' });
    expect(first.sources().find((source) => source.id === 'fees')).toMatchObject(unknown);
    await writeFile(
      path.join(dir, 'articles', 'library.txt'),
      'Library Opens Night Hours\n\nThe Dunmore public library will stay open until midnight from next week.\n',
    );
    // A new cache: the e-mail's analysis comes from the index file the first build saved.
    expect(await buildIndex({ corpusDir: dir, cache: new AnalysisCache() })).toMatchObject({
      articles: 2,
      reused: 1,
    });
    const second = await openEngine({ corpusDir: dir, rebuild: 'never' });
    expect(second.sources().find((source) => source.id === 'fees')).toMatchObject(unknown);
  });
});

describe('/corpus add with a packaged file', () => {
  it('adds a page save as it will be read from the folder, and refuses a broken one, changing nothing', async () => {
    const dir = await writePlainCorpus({ 'harbour.txt': HARBOUR });
    folders.push(dir);
    const live = await openLiveEngine({ corpusDir: dir, watch: false, build: buildIndex });
    opened.push(live);
    const admin = new CorpusAdmin(live);
    const actor = { id: '100000000000000001', name: 'alice' };
    const before = await snapshot(dir);
    await expect(
      admin.add({ filename: 'cut.mhtml', bytes: Buffer.from(SAVE.replace('--b1--', '')) }, actor),
    ).rejects.toThrow(/cut\.mhtml.*is cut short/);
    expect(await snapshot(dir)).toEqual(before);
    const outcome = await admin.add({ filename: 'Ferry.MHTML', bytes: Buffer.from(SAVE) }, actor);
    expect(outcome).toMatchObject({ id: 'Ferry', title: 'Ferry Timetable Changes' });
    expect(live.sources().find((source) => source.id === 'Ferry')?.url).toBe(
      'https://dunmore.example/ferry',
    );
  });
});
