import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildIndex, openEngine } from '../../src/engine/index.js';
import { DEFAULT_INDEX_FILE } from '../../src/engine/index-file.js';
import { LiveEngine, openLiveEngine, type LiveOptions } from '../../src/engine/live.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

const HARBOUR =
  'Harbour Bridge Reopens\n\nThe Kestrel Harbour bridge reopened on Monday after three months of repairs, the city engineer said. Traffic returned to normal by noon.\n';
const ORCHARD =
  'Orchard Fire Contained\n\nFirefighters contained a blaze at the Marlow apple orchard late on Tuesday. Nobody was hurt, the fire chief said.\n';
const LIBRARY =
  'Library Opens Night Hours\n\nThe Dunmore public library will stay open until midnight from next week, the head librarian announced on Friday.\n';

const BRIDGE_QUESTION = 'When did the Kestrel Harbour bridge reopen?';
const LIBRARY_QUESTION = 'How late will the Dunmore library stay open?';

// Rebuilds run in a child process; on a busy machine one takes many seconds. The tests wait for
// what the engine does, each wait bounded only against a hang: how soon is a speed figure, the
// bench's (a deleted article unquotable within 10 s: npm run bench, "live reload").
vi.setConfig({ testTimeout: 120_000 });
/** Long enough for a rebuild of a tiny corpus on a machine shared by many processes. */
const REBUILD_MS = 90_000;
/** Far above any withholding of a deleted article seen (0.3–0.7 s at loads up to 18). */
const WITHHOLD_MS = 60_000;

/** A full garbage collection: V8's `gc`, exposed for this process by its documented flag. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

const opened: LiveEngine[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const engine of opened.splice(0)) engine.close();
  await Promise.all(folders.splice(0).map(removeFolder));
});

const TWO_ARTICLES = { 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD };

/**
 * The index of {@link TWO_ARTICLES}, built once for the file: every test starts from that
 * folder, and an index records its files' names and contents, not where they lie, so a copy
 * opens as built (index.ts, corpusHash) and only what a test changes is rebuilt.
 */
const prebuiltIndex = (async () => {
  const dir = await writePlainCorpus(TWO_ARTICLES);
  try {
    await buildIndex({ corpusDir: dir });
    return await readFile(path.join(dir, DEFAULT_INDEX_FILE));
  } finally {
    await removeFolder(dir);
  }
})();

/** A folder of {@link TWO_ARTICLES} holding their prebuilt index. */
async function twoArticleFolder(): Promise<string> {
  const dir = await writePlainCorpus(TWO_ARTICLES);
  folders.push(dir);
  await writeFile(path.join(dir, DEFAULT_INDEX_FILE), await prebuiltIndex);
  return dir;
}

type Build = NonNullable<LiveOptions['build']>;

/**
 * A live engine over {@link TWO_ARTICLES}. Rebuilds run in a builder process, as in
 * production, unless `build` is given: for tests of what a rebuild changes rather than of
 * where it runs, `buildIndex` (in this process) or a {@link heldBuild}.
 */
async function liveCorpus(build?: Build): Promise<{ dir: string; engine: LiveEngine }> {
  const dir = await twoArticleFolder();
  const engine = await openLiveEngine({
    corpusDir: dir,
    debounceMs: 50,
    ...(build ? { build } : {}),
  });
  opened.push(engine);
  return { dir, engine };
}

/**
 * A rebuild in this process that waits for `release()` before it starts, and `started`, which
 * settles when one is asked for: a test sees the engine while a rebuild is under way for as
 * long as it needs, rather than counting on a builder process being slow to start.
 */
function heldBuild(): { build: Build; started: Promise<void>; release: () => void } {
  let release!: () => void;
  let start!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (start = resolve));
  const build: Build = async (request) => {
    start();
    await gate;
    return buildIndex(request);
  };
  return { build, started, release };
}

/** Polls `check` every 20 ms until it holds; fails after `timeoutMs`. */
async function waitFor(check: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

const quotedIds = (engine: LiveEngine, question: string) =>
  engine.ask(question, { limit: 5 }).passages.map((p) => p.source.id);

describe('the live engine', () => {
  it('stops quoting and listing a deleted article once the folder changes, with no restart', async () => {
    const { dir, engine } = await liveCorpus(buildIndex);
    expect(quotedIds(engine, BRIDGE_QUESTION)[0]).toBe('harbour');
    const before = engine.info();
    await rm(path.join(dir, 'harbour.txt'));
    await waitFor(() => !engine.sources().some((s) => s.id === 'harbour'), WITHHOLD_MS);
    expect(quotedIds(engine, BRIDGE_QUESTION)).not.toContain('harbour');
    expect(JSON.stringify(engine.timeline({ limit: 50 }))).not.toContain('Kestrel');
    await waitFor(() => engine.info().builtAt !== before.builtAt, REBUILD_MS);
    expect(engine.info().articles).toBe(1);
    expect(engine.sources().map((s) => s.id)).toEqual(['orchard']);
    expect(quotedIds(engine, BRIDGE_QUESTION)).not.toContain('harbour');
    expect(engine.status()).toMatchObject({
      state: 'idle',
      withheld: 0,
      lastError: null,
      watching: true,
    });
  });

  it('withholds a deleted article at once, before the rebuild lands', async () => {
    const held = heldBuild();
    const { dir, engine } = await liveCorpus(held.build);
    const builtAt = engine.info().builtAt;
    await rm(path.join(dir, 'harbour.txt'));
    await waitFor(() => !engine.sources().some((s) => s.id === 'harbour'), WITHHOLD_MS);
    // Gone from answers while the index that still holds it is in use (the rebuild is held):
    // the index in use is still the one built from both; one of its articles is held back.
    expect(engine.info()).toMatchObject({ builtAt, articles: 2, withheld: 1 });
    expect(engine.status().withheld).toBe(1);
    expect(quotedIds(engine, BRIDGE_QUESTION)).not.toContain('harbour');
    await held.started;
    held.release();
    await waitFor(() => engine.info().builtAt !== builtAt, REBUILD_MS);
    expect(engine.status().withheld).toBe(0);
  });

  it('answers from an article added to the folder', async () => {
    const { dir, engine } = await liveCorpus(buildIndex);
    expect(engine.ask(LIBRARY_QUESTION).passages.map((p) => p.source.id)).not.toContain('library');
    await writeFile(path.join(dir, 'library.txt'), LIBRARY);
    await waitFor(() => quotedIds(engine, LIBRARY_QUESTION)[0] === 'library', REBUILD_MS);
    expect(engine.sources().map((s) => s.id)).toEqual(['harbour', 'library', 'orchard']);
  });

  it('keeps answering every question while it rebuilds and swaps', async () => {
    // In a builder process, as in production: the event loop stays free to answer meanwhile.
    const { dir, engine } = await liveCorpus();
    const seen = new Set<string>();
    let asked = 0;
    const asking = setInterval(() => {
      asked += 1;
      const answer = engine.ask(BRIDGE_QUESTION);
      // Each answer comes whole from one index: the old one (harbour) or the new one (none).
      seen.add(answer.passages.map((p) => p.source.id).join(',') || 'unanswered');
      expect(answer.question).toBe(BRIDGE_QUESTION);
    }, 5);
    const builtAt = engine.info().builtAt;
    try {
      await rm(path.join(dir, 'harbour.txt'));
      await waitFor(() => engine.info().builtAt !== builtAt, REBUILD_MS);
    } finally {
      clearInterval(asking);
    }
    expect(asked).toBeGreaterThan(5);
    for (const ids of seen)
      expect(['harbour', 'unanswered', 'orchard']).toContain(ids.split(',')[0]);
  });

  it('lets go of the previous index once the rebuilt one is in use', async () => {
    const dir = await twoArticleFolder();
    // The engine it starts with is made here, so only a weak reference to it is kept.
    const first = new WeakRef(await openEngine({ corpusDir: dir }));
    const engine = new LiveEngine(first.deref()!, { corpusDir: dir, build: buildIndex });
    opened.push(engine);
    await writeFile(path.join(dir, 'library.txt'), LIBRARY);
    expect((await engine.reload()).articles).toBe(3);
    // A weak reference holds its target until the current task ends: collect in a later one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(first.deref()).toBeUndefined();
    expect(quotedIds(engine, LIBRARY_QUESTION)[0]).toBe('library');
  });

  it('keeps the previous index and reports the error when the new corpus cannot be built', async () => {
    // In a builder process: the error it reports crosses the process boundary whole.
    const { dir, engine } = await liveCorpus();
    await writeFile(path.join(dir, 'articles.json'), '{ not json');
    await expect(engine.reload()).rejects.toThrow(/articles\.json/);
    expect(engine.status().lastError?.message).toMatch(/articles\.json/);
    expect(quotedIds(engine, BRIDGE_QUESTION)[0]).toBe('harbour');
    await rm(path.join(dir, 'articles.json'));
    const info = await engine.reload();
    expect(info.articles).toBe(2);
    expect(engine.status().lastError).toBeNull();
  });

  it('stops a rebuild in progress when closed, and says so to whoever waits for it', async () => {
    const held = heldBuild();
    const { dir, engine } = await liveCorpus(held.build);
    await writeFile(path.join(dir, 'library.txt'), LIBRARY);
    const reloaded = engine.reload();
    await held.started;
    engine.close();
    await expect(reloaded).rejects.toThrow('reload: the engine is closed');
    expect(engine.status().watching).toBe(false);
  });

  it('ignores its own index file and hidden files', async () => {
    const { dir, engine } = await liveCorpus(buildIndex);
    const builtAt = engine.info().builtAt;
    await writeFile(path.join(dir, '.notes'), 'not an article');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(engine.status().state).toBe('idle');
    expect(engine.info().builtAt).toBe(builtAt);
  });
});
