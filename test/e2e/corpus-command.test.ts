/**
 * /corpus through the stand-in Discord: the real discord.js client, a live engine over a
 * temporary corpus folder, and attachments served by the stand-in from 127.0.0.1.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AUDIT_FILE, CorpusAdmin, type AuditEntry } from '../../src/engine/corpus-admin.js';
import { buildIndex } from '../../src/engine/index.js';
import { openLiveEngine, type LiveEngine } from '../../src/engine/live.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import type { RecordedResponse } from '../support/fake-discord.js';
import { slowWhen } from '../support/slow-runner.js';
import { DEFER_AFTER_MS } from '../../src/gateway/bot.js';
import {
  BRIDGE_QUESTION,
  HARBOUR,
  LIBRARY,
  LIBRARY_QUESTION,
  ORCHARD,
  snapshot,
} from '../support/live-fixture.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

let h: Harness;
let live: LiveEngine;
let dir: string;

beforeAll(async () => {
  dir = await writePlainCorpus({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
  // Rebuilds run in this process: test/engine/live.test.ts covers the child process.
  live = await openLiveEngine({ corpusDir: dir, debounceMs: 50, build: buildIndex });
  h = await startHarness({
    engine: live,
    services: { corpus: new CorpusAdmin(live) },
    // `/corpus list` answers late, so its deferral is seen.
    wrapRunner: slowWhen(
      (name, raw) => name === 'corpus' && raw.subcommand === 'list',
      DEFER_AFTER_MS + 500,
    ),
  });
  h.fake.setPermissions(h.fake.alice.id, PermissionFlagsBits.ManageGuild);
});

afterAll(async () => {
  live?.close();
  await h?.stop();
  await removeFolder(dir);
  expect(h.fake.rejected).toEqual([]);
});

/** The text of the reply that shows something (content or first embed). */
async function replyText(id: string, timeoutMs = HANG_BOUND_MS): Promise<string> {
  const r: RecordedResponse = await h.fake.waitForResponse(id, undefined, timeoutMs);
  const embeds = (r.data.embeds ?? []) as Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
  }>;
  const fields = (e: (typeof embeds)[number]) =>
    (e.fields ?? []).map((f) => `${f.name}: ${f.value}`).join('\n');
  return [
    r.data.content ?? '',
    ...embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}\n${fields(e)}`),
  ]
    .join('\n')
    .replace(/\*\*/g, '');
}

async function audit(): Promise<AuditEntry[]> {
  const raw = await readFile(path.join(dir, AUDIT_FILE), 'utf8').catch(() => '');
  return raw
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditEntry);
}

async function add(
  filename: string,
  bytes: Uint8Array,
  options: { statedSize?: number; user?: typeof h.fake.alice; title?: string } = {},
) {
  const file = h.fake.attach(filename, bytes, { statedSize: options.statedSize });
  const id = h.fake.slash(
    'corpus',
    { subcommand: 'add', file, ...(options.title ? { title: options.title } : {}) },
    options.user,
  );
  return { id, file, text: await replyText(id) };
}

describe('/corpus through the stand-in Discord', () => {
  it('is registered for Manage Server members only, in servers only', () => {
    const corpus = h.fake.commands.find((c) => c.name === 'corpus') as unknown as {
      default_member_permissions: string;
      contexts: number[];
    };
    expect(corpus.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(corpus.contexts).toEqual([0]);
  });

  it('refuses a member without Manage Server, downloads nothing and changes nothing', async () => {
    const before = await snapshot(dir);
    const { file, text } = await add('library.txt', Buffer.from(LIBRARY), { user: h.fake.bob });
    expect(text).toBe('Only members with the Manage Server permission may manage the articles.');
    expect(h.fake.downloads.get(file)).toBeUndefined();
    expect(await snapshot(dir)).toEqual(before);
  });

  it('adds an uploaded article that /ask then quotes, hidden from others, and logs who did it', async () => {
    const { id, text } = await add('Library Night.txt', Buffer.from(LIBRARY), {
      title: 'Dunmore library opens late',
    });
    // The answer in the callback, or a deferral when the rebuild took long: hidden either way.
    const first = await h.fake.waitForResponse(id, (r) => r.kind === 'callback');
    expect([4, 5]).toContain(first.type);
    expect(first.data).toMatchObject({ flags: 64 });
    expect(text).toContain('Added “Dunmore library opens late” (id `Library_Night`');
    expect(text).toContain('It can be quoted now. Index built');
    expect(text).toContain('from 3 articles');
    expect(await readFile(path.join(dir, 'Library_Night.txt'), 'utf8')).toBe(LIBRARY);

    const ask = h.fake.slash('ask', { question: LIBRARY_QUESTION });
    const answer = await replyText(ask);
    expect(answer).toContain('will stay open until midnight');
    expect(answer).toContain('Dunmore library opens late');

    const last = (await audit()).at(-1)!;
    expect(last).toMatchObject({
      actor: { id: h.fake.alice.id, name: 'alice' },
      action: 'add',
      outcome: 'done',
      file: 'Library_Night.txt',
      id: 'Library_Night',
      bytes: Buffer.byteLength(LIBRARY),
      metadata: { title: 'Dunmore library opens late' },
    });
    expect(Date.parse(last.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('reads a Markdown upload as the folder reader does: quotes carry no markup', async () => {
    const markdown =
      '# Ferry Returns\n\nThe **Wexham ferry** resumed crossings on Sunday after a storm, the operator said.\n';
    const { text } = await add('ferry.md', Buffer.from(markdown));
    expect(text).toContain('Added “Ferry Returns” (id `ferry`, file `ferry.md`).');
    const answer = await replyText(
      h.fake.slash('ask', { question: 'When did the Wexham ferry resume crossings?' }),
    );
    expect(answer).toContain('The Wexham ferry resumed crossings on Sunday');
    const quote = live.ask('When did the Wexham ferry resume crossings?').passages[0]!.quote;
    expect(quote).toBe(
      'The Wexham ferry resumed crossings on Sunday after a storm, the operator said.',
    );
  });

  it('refuses a 50 MB upload before downloading it, and changes nothing', async () => {
    const before = await snapshot(dir);
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const { file, text } = await add('huge.txt', big);
    expect(text).toMatch(/^Not added: “huge\.txt” is too large \(50\.0 MB, more than the 5\.0 MB/);
    expect(h.fake.downloads.get(file)).toBeUndefined();
    expect(await snapshot(dir)).toEqual(before);
  });

  it('stops downloading a file larger than Discord said once it passes the cap', async () => {
    const before = await snapshot(dir);
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const { text } = await add('liar.txt', big, { statedSize: 1_000 });
    expect(text).toMatch(/^Not added: “liar\.txt” is too large/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses binary data, a file that is not an article, and a duplicate, changing nothing', async () => {
    const before = await snapshot(dir);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await add('photo.txt', png)).text).toBe(
      'Nothing changed: “photo.txt” is not a text file.',
    );
    expect((await add('photo.png', png)).text).toMatch(
      /^Nothing changed: “photo\.png” is not an article file/,
    );
    expect((await add('copy.txt', Buffer.from(HARBOUR))).text).toBe(
      'Nothing changed: “copy.txt” has the same text as “harbour.txt”.',
    );
    expect((await add('harbour.txt', Buffer.from(LIBRARY + 'More.'))).text).toMatch(
      /^Nothing changed: An article named “harbour\.txt” is already in the corpus/,
    );
    expect(await snapshot(dir)).toEqual(before);
    const refused = (await audit()).filter((e) => e.outcome === 'refused');
    expect(refused.map((e) => e.file)).toEqual(
      expect.arrayContaining(['photo.txt', 'photo.png', 'copy.txt']),
    );
  });

  it('removes an article: it is no longer quoted or listed', async () => {
    expect(live.ask(BRIDGE_QUESTION).passages[0]?.source.id).toBe('harbour');
    const id = h.fake.slash('corpus', { subcommand: 'remove', article: 'harbour' });
    expect(await replyText(id)).toContain(
      'Removed “Harbour Bridge Reopens” (id `harbour`, file `harbour.txt`).\nIt is no longer quoted or listed.',
    );
    const ask = h.fake.slash('ask', { question: BRIDGE_QUESTION });
    expect(await replyText(ask)).not.toContain('reopened on Monday');
    const sources = h.fake.slash('sources');
    expect(await replyText(sources)).not.toContain('harbour');
    expect((await audit()).at(-1)).toMatchObject({ action: 'remove', id: 'harbour' });
  });

  it('says which id it does not know, and reports its status', async () => {
    const id = h.fake.slash('corpus', { subcommand: 'remove', article: 'no-such-article' });
    expect(await replyText(id)).toBe(
      'Nothing changed: No article has the id “no-such-article”. `/corpus list` shows the ids.',
    );
    const status = await replyText(h.fake.slash('corpus', { subcommand: 'status' }));
    expect(status).toMatch(/^Index built \d{4}-\d\d-\d\d \d\d:\d\d UTC from 3 articles/);
    expect(status).toContain('Up to date with the folder.');
    const listId = h.fake.slash('corpus', { subcommand: 'list' });
    const list = await replyText(listId);
    // Late, so deferred: the deferral is hidden too (the command is ephemeral).
    const deferral = await h.fake.waitForResponse(listId, (r) => r.kind === 'callback');
    expect(deferral).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(list).toContain('Corpus: 3 articles');
    expect(list).toContain('`Library_Night` · `Library_Night.txt`');
  });
});
