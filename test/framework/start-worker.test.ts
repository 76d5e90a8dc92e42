/** The engine worker opens the index itself; the index is built first only when the worker cannot use it. */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { DEFAULT_INDEX_FILE } from '../../src/engine/index-file.js';
import { IndexError } from '../../src/engine/index.js';
import { startEngineWorker } from '../../src/framework/start-worker.js';
import type { WorkerSettings } from '../../src/framework/worker-protocol.js';
import { silentLogger } from '../../src/log.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// A worker start is real CPU work (module loading, the language model) that a loaded machine
// stretches: the time limit only catches a hang, and a worker that fails to start rejects at
// once (WorkerRunner.start listens for its error and exit).
vi.setConfig({ testTimeout: HANG_BOUND_MS });

const settings: WorkerSettings = { corpusDir: '/nowhere', logLevel: 'silent' };

it('starts the worker once and builds nothing when the index is usable', async () => {
  const started: WorkerSettings[] = [];
  let builds = 0;
  const runner = await startEngineWorker(settings, {
    logger: silentLogger,
    start: (s) => (started.push(s), Promise.resolve('runner')),
    build: () => (builds++, Promise.resolve()),
  });
  expect(runner).toBe('runner');
  expect(started).toEqual([settings]);
  expect(builds).toBe(0);
});

it('builds the index and starts again when the worker finds it missing or stale', async () => {
  const calls: string[] = [];
  const runner = await startEngineWorker(settings, {
    logger: silentLogger,
    start: () => {
      calls.push('start');
      return calls.length === 1
        ? Promise.reject(new IndexError('index: "x" is missing; run `npm run index`'))
        : Promise.resolve('runner');
    },
    build: (options) => (calls.push(`build ${options.corpusDir}`), Promise.resolve()),
  });
  expect(runner).toBe('runner');
  expect(calls).toEqual(['start', 'build /nowhere', 'start']);
});

it("passes on a failure that is not the index's, without building", async () => {
  let builds = 0;
  await expect(
    startEngineWorker(settings, {
      logger: silentLogger,
      start: () => Promise.reject(new Error('commands: ask.ts failed to load')),
      build: () => (builds++, Promise.resolve()),
    }),
  ).rejects.toThrow('commands: ask.ts failed to load');
  expect(builds).toBe(0);
});

let folder: string | undefined;
afterEach(async () => {
  if (folder) await removeFolder(folder);
  folder = undefined;
});

it('builds a missing index, then the worker answers from it', async () => {
  folder = await writePlainCorpus({ 'a.txt': 'The ferry timetable changed in June.' });
  const runner = await startEngineWorker(
    { corpusDir: folder, logLevel: 'silent' },
    { logger: silentLogger },
  );
  try {
    expect((await stat(path.join(folder, DEFAULT_INDEX_FILE))).size).toBeGreaterThan(0);
    const answer = JSON.stringify(
      await runner.run(
        'ask',
        { question: 'When did the ferry timetable change?' },
        { userId: '1' },
      ),
    );
    expect(answer).toContain('ferry timetable changed in June');
  } finally {
    await runner.close();
  }
});

it('rebuilds an index left damaged', async () => {
  folder = await writePlainCorpus({ 'a.txt': 'The lighthouse keeper retired after forty years.' });
  await writeFile(path.join(folder, DEFAULT_INDEX_FILE), '{"format": "not the index"');
  const runner = await startEngineWorker(
    { corpusDir: folder, logLevel: 'silent' },
    { logger: silentLogger },
  );
  try {
    const answer = JSON.stringify(
      await runner.run(
        'ask',
        { question: 'When did the lighthouse keeper retire?' },
        { userId: '1' },
      ),
    );
    expect(answer).toContain('lighthouse keeper retired');
  } finally {
    await runner.close();
  }
});
