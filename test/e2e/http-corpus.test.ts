/**
 * /corpus over the HTTP interactions endpoint: the stand-in delivers signed interactions carrying
 * the member's permissions and the resolved attachment, as Discord does; the endpoint passes them
 * to the command, which downloads the upload from the stand-in and adds it to a live engine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CorpusAdmin } from '../../src/engine/corpus-admin.js';
import { buildIndex } from '../../src/engine/index.js';
import { openLiveEngine, type LiveEngine } from '../../src/engine/live.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { startHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { HARBOUR, LIBRARY, LIBRARY_QUESTION, ORCHARD, snapshot } from '../support/live-fixture.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

let h: HttpHarness;
let live: LiveEngine;
let dir: string;

beforeAll(async () => {
  dir = await writePlainCorpus({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
  // Rebuilds run in this process: test/engine/live.test.ts covers the child process.
  live = await openLiveEngine({ corpusDir: dir, debounceMs: 50, build: buildIndex });
  h = await startHttpHarness({ engine: live, services: { corpus: new CorpusAdmin(live) } });
  h.fake.setPermissions(h.fake.alice.id, PermissionFlagsBits.ManageGuild);
});

afterAll(async () => {
  live?.close();
  await h?.stop();
  await removeFolder(dir);
  expect(h?.fake.rejected).toEqual([]);
});

const text = async (id: string) =>
  JSON.stringify((await h.fake.waitForResponse(id)).data).replace(/\*\*/g, '');

describe('/corpus over HTTP', () => {
  it('refuses a member without Manage Server and changes nothing', async () => {
    const before = await snapshot(dir);
    const file = h.fake.attach('library.txt', Buffer.from(LIBRARY));
    const id = h.fake.slash('corpus', { subcommand: 'add', file }, h.fake.bob);
    expect(await text(id)).toContain('Only members with the Manage Server permission');
    expect(h.fake.downloads.get(file)).toBeUndefined();
    expect(await snapshot(dir)).toEqual(before);
  });

  it('adds the uploaded article, hidden, and /ask then quotes it', async () => {
    const file = h.fake.attach('Library Night.txt', Buffer.from(LIBRARY));
    const id = h.fake.slash('corpus', { subcommand: 'add', file, title: 'Library night' });
    expect(await text(id)).toContain('Added “Library night” (id `Library_Night`');
    const first = await h.fake.waitForResponse(id, (r) => r.kind === 'callback');
    expect(first.data).toMatchObject({ flags: 64 });
    expect(await readFile(path.join(dir, 'Library_Night.txt'), 'utf8')).toBe(LIBRARY);
    expect(await text(h.fake.slash('ask', { question: LIBRARY_QUESTION }))).toContain(
      'will stay open until midnight',
    );
  });
});
