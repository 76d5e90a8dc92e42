/**
 * A process answering from a saved index never loads wink-nlp's model, even for a question whose
 * passages the same-fact check must tell apart by their events: the index saved each sentence's
 * event words when it was built. The index is built by another process (the `index` command), as
 * in use; here wink-nlp's loader throws, and the check's entry point is counted, so the test
 * fails if the check is never reached or if it tags.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type * as FactPredicates from '../../src/search/select/fact-predicates.js';
import { articleFolders } from '../support/corpus-fixture.js';

const seen = vi.hoisted(() => ({ loads: 0, checks: 0, apart: 0 }));

vi.mock('../../src/text/wink-loader.js', () => ({
  loadWink: () => {
    seen.loads += 1;
    throw new Error('wink-nlp loaded while answering a question');
  },
}));

vi.mock('../../src/search/select/fact-predicates.js', async (importOriginal) => {
  const real = await importOriginal<typeof FactPredicates>();
  return {
    ...real,
    eventsApart: (...args: Parameters<typeof real.eventsApart>) => {
      seen.checks += 1;
      const apart = real.eventsApart(...args);
      if (apart) seen.apart += 1;
      return apart;
    },
  };
});

const folders = articleFolders();
afterEach(folders.removeAll);

/** Builds the index of `dir` in a process of its own, as `npm run index` does. */
async function buildInAnotherProcess(dir: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', 'index', '--corpus', dir],
    {
      env: { ...process.env, LOG_LEVEL: 'warn', CORPUS_DIR: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number | null];
  expect(code, stderr).toBe(0);
}

// The build runs in a process started under tsx; on a machine shared with other work that takes a while.
describe('answering from a saved index', { timeout: 120_000 }, () => {
  it('tells two reports apart by their events without loading wink-nlp', async () => {
    const dir = await folders.corpusOf({
      'dam-explainer.txt':
        'Why the Pellow Dam Leaks\n\nThe leaks in the Pellow Dam did not start overnight.\n\nThe dam was built in 1962.',
      'dam-news.txt':
        'Boat Trips Halted\n\nBoat trips across the Pellow Dam reservoir have been halted after divers found leaks in one of its concrete walls during a routine check on Monday.\n\nThe water board will inspect the wall.',
    });
    await buildInAnotherProcess(dir);
    const engine = await openEngine({ corpusDir: dir, rebuild: 'never' });
    const answer = engine.ask('leaks in the Pellow Dam', { limit: 5 });
    // The check was reached and found the two reports' events apart ("start" / "halted", "found").
    expect(seen.checks).toBeGreaterThan(0);
    expect(seen.apart).toBeGreaterThan(0);
    expect(answer.passages.map((passage) => passage.quote)).toEqual([
      'The leaks in the Pellow Dam did not start overnight.',
      'Boat trips across the Pellow Dam reservoir have been halted after divers found leaks in one of its concrete walls during a routine check on Monday.',
    ]);
    // Neither report is shown as the other's: they tell different events.
    for (const passage of answer.passages) expect(passage.alsoReportedBy).toEqual([]);
    expect(seen.loads).toBe(0);
    // The model's code and data (its package.json is read for the index's fingerprint).
    const cache = createRequire(import.meta.url).cache;
    const loaded = Object.keys(cache).filter(
      (file) => file.includes('wink-eng-lite-web-model') && !file.endsWith('package.json'),
    );
    expect(loaded).toEqual([]);
  });
});
