/**
 * The live engine when the watcher reports a change late: after the build that already holds
 * it began (a report waits for a turn of the event loop, and a loaded machine delays it). The
 * watcher is replaced by one the test drives, so the report comes exactly when the test says.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/engine/index.js';
import { openLiveEngine, type LiveEngine } from '../../src/engine/live.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

type Report = (event: string, filename: string | null) => void;
const reports: Report[] = [];

// Test files share a worker's modules (vitest's isolate: false), so a module mock may come too
// late for live.ts. Node's documented way to replace a built-in's export for every importer:
// change the built-in's object, then syncBuiltinESMExports().
const realWatch = fs.watch;
beforeAll(() => {
  fs.watch = ((_folder: string, _options: unknown, report: Report) => {
    reports.push(report);
    return Object.assign(new EventEmitter(), { close: () => undefined });
  }) as unknown as typeof fs.watch;
  syncBuiltinESMExports();
});
afterAll(() => {
  fs.watch = realWatch;
  syncBuiltinESMExports();
});

vi.setConfig({ testTimeout: 120_000 });

const HARBOUR =
  'Harbour Bridge Reopens\n\nThe Kestrel Harbour bridge reopened on Monday after three months of repairs, the city engineer said.\n';
const HARBOUR_TOLL =
  'Harbour Bridge Reopens\n\nThe Kestrel Harbour bridge reopened on Monday with a new toll of two pounds, the city engineer said.\n';
const HARBOUR_LIGHTS =
  'Harbour Bridge Reopens\n\nThe Kestrel Harbour bridge reopened on Monday with new lights along its span, the city engineer said.\n';
const ORCHARD =
  'Orchard Fire Contained\n\nFirefighters contained a blaze at the Marlow apple orchard late on Tuesday, the fire chief said.\n';

const opened: LiveEngine[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const engine of opened.splice(0)) engine.close();
  await Promise.all(folders.splice(0).map(removeFolder));
  reports.length = 0;
});

/**
 * A live engine whose rebuilds run `duringBuild` after the index is built and before it is
 * swapped in: the moment a late report of the watcher arrives.
 */
async function liveCorpus(duringBuild: (dir: string) => Promise<void>) {
  const dir = await writePlainCorpus({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
  folders.push(dir);
  const engine = await openLiveEngine({
    corpusDir: dir,
    debounceMs: 60_000,
    build: async (request) => {
      const stats = await buildIndex(request);
      await duringBuild(dir);
      return stats;
    },
  });
  opened.push(engine);
  return { dir, engine };
}

const report = (file: string) => reports.at(-1)!('change', file);
const harbourQuotes = (engine: LiveEngine, question: string) =>
  engine
    .ask(question, { limit: 3 })
    .passages.filter((p) => p.source.id === 'harbour')
    .map((p) => p.quote);

describe('a change the watcher reports after the build began', () => {
  it('is not withheld when the new index already holds it', async () => {
    const { dir, engine } = await liveCorpus(async () => report('harbour.txt'));
    await writeFile(path.join(dir, 'harbour.txt'), HARBOUR_TOLL);
    await engine.reload();
    expect(engine.status().withheld).toBe(0);
    expect(harbourQuotes(engine, 'How much is the toll on the Kestrel Harbour bridge?')).toEqual([
      'The Kestrel Harbour bridge reopened on Monday with a new toll of two pounds, the city engineer said.',
    ]);
  });

  it('when the file changed again during the build, builds again and quotes it as it is now', async () => {
    const { dir, engine } = await liveCorpus(async (folder) => {
      await writeFile(path.join(folder, 'harbour.txt'), HARBOUR_LIGHTS);
      report('harbour.txt');
    });
    await writeFile(path.join(dir, 'harbour.txt'), HARBOUR_TOLL);
    await engine.reload();
    expect(engine.status().withheld).toBe(0);
    expect(harbourQuotes(engine, 'What is new on the Kestrel Harbour bridge?')).toEqual([
      'The Kestrel Harbour bridge reopened on Monday with new lights along its span, the city engineer said.',
    ]);
  });
});
