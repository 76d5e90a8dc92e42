import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexBuilder } from '../../src/engine/builder.js';
import { buildIndex } from '../../src/engine/index.js';
import { DEFAULT_INDEX_FILE, processExists } from '../../src/engine/index-file.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

// Builds run in a child process; on a busy machine one takes many seconds.
vi.setConfig({ testTimeout: 180_000 });

const HARBOUR =
  'Harbour Bridge Reopens\n\nThe Kestrel Harbour bridge reopened on Monday after three months of repairs, the city engineer said.\n';
const ORCHARD =
  'Orchard Fire Contained\n\nFirefighters contained a blaze at the Marlow apple orchard late on Tuesday.\n';
const LIBRARY =
  'Library Opens Night Hours\n\nThe Dunmore public library will stay open until midnight from next week.\n';

const run = promisify(execFile);

const builders: IndexBuilder[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const builder of builders.splice(0)) builder.close();
  await Promise.all(folders.splice(0).map(removeFolder));
});

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the index builder', () => {
  it('keeps its process between rebuilds, reusing analyses, and lets it go when idle', async () => {
    const dir = await writePlainCorpus({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
    folders.push(dir);
    await buildIndex({ corpusDir: dir });
    const request = { corpusDir: dir, indexPath: path.join(dir, DEFAULT_INDEX_FILE) };
    const builder = new IndexBuilder({ timeoutMs: 170_000, idleMs: 1_000 });
    builders.push(builder);

    // A new builder takes the unchanged articles' analyses from the index it replaces…
    await writeFile(path.join(dir, 'library.txt'), LIBRARY);
    expect(await builder.build(request)).toMatchObject({ articles: 3, reused: 2 });
    expect(builder.running).toBe(true);
    // …and keeps them, through a build that fails.
    await writeFile(path.join(dir, 'articles.json'), '{ not json');
    await expect(builder.build(request)).rejects.toThrow(/articles\.json/);
    await rm(path.join(dir, 'articles.json'));
    expect(await builder.build(request)).toMatchObject({ articles: 3, reused: 3 });

    // Let go when idle: its process ends, giving its memory back…
    const pid = builder.pid!;
    expect(processExists(pid)).toBe(true);
    await waitFor(() => !builder.running, 20_000);
    expect(builder.pid).toBeNull();
    await waitFor(() => !processExists(pid), 20_000);
    // …and the next build starts a new one, which takes the analyses from the index file.
    expect(await builder.build(request)).toMatchObject({ articles: 3, reused: 3 });
    expect(builder.pid).not.toBe(pid);
  });

  it('refuses a second build while one runs, and one after it is closed', async () => {
    const dir = await writePlainCorpus({ 'harbour.txt': HARBOUR });
    folders.push(dir);
    const request = { corpusDir: dir, indexPath: path.join(dir, DEFAULT_INDEX_FILE) };
    const builder = new IndexBuilder({ timeoutMs: 170_000, idleMs: 60_000 });
    const first = builder.build(request);
    await expect(builder.build(request)).rejects.toThrow('reload: a build is already running');
    builder.close();
    await expect(first).rejects.toThrow('reload: the engine is closed');
    await expect(builder.build(request)).rejects.toThrow('reload: the builder is closed');
    expect(builder.running).toBe(false);
  });
});

describe('a process with an index builder', () => {
  it('ends when its work is done, without waiting for its idle builder', async () => {
    const dir = await writePlainCorpus({ 'harbour.txt': HARBOUR });
    folders.push(dir);
    const builder = pathToFileURL(path.resolve('src/engine/builder.ts')).href;
    const script = `
      const { IndexBuilder } = await import(${JSON.stringify(builder)});
      const b = new IndexBuilder({ timeoutMs: 170000, idleMs: 600000 });
      await b.build({ corpusDir: ${JSON.stringify(dir)}, indexPath: ${JSON.stringify(path.join(dir, DEFAULT_INDEX_FILE))} });
      process.stdout.write('built');`;
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { timeout: 150_000 },
    );
    // Without close(), only the builder could keep it up: run() resolving means it ended.
    expect(stdout).toBe('built');
  });
});
