/** The worker runner answers like the in-thread router, keeps button state in the worker, and reports failures. */
import { writeFile } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import { loadCommands } from '../../src/framework/commands.js';
import { CommandRouter } from '../../src/framework/router.js';
import { WorkerRunner } from '../../src/framework/worker-runner.js';
import {
  ANSWERING_HEAP_FLAGS,
  ANSWERING_SEMI_SPACE_MB,
  ANSWERING_YOUNG_GENERATION_MB,
} from '../../src/framework/young-generation.js';
import { HARBOUR_AND_LIBRARY, removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

let corpus: string;
let runner: WorkerRunner;
let router: CommandRouter;

beforeAll(async () => {
  corpus = await writePlainCorpus(HARBOUR_AND_LIBRARY);
  // The worker only opens an existing index, as the process does after its own openEngine.
  const engine = await openEngine({ corpusDir: corpus });
  router = new CommandRouter(await loadCommands(), engine);
  runner = await WorkerRunner.start({ corpusDir: corpus, logLevel: 'silent' });
});
afterAll(async () => {
  await runner?.close();
  await removeFolder(corpus);
});

it('answers a command as the in-thread router does', async () => {
  const raw = { question: 'When did the bridge reopen?' };
  const inWorker = await runner.run('ask', raw, { userId: '1' });
  const inThread = router.run('ask', raw, '1');
  expect(inWorker.embeds?.[0]?.description).toBe(inThread.embeds?.[0]?.description);
  expect(JSON.stringify(inWorker)).toContain('harbour bridge reopened');
});

it('answers with the young generation the bench measures (young-generation.ts)', () => {
  const worker = (runner as unknown as { worker: Worker }).worker;
  expect(worker.resourceLimits?.maxYoungGenerationSizeMb).toBe(ANSWERING_YOUNG_GENERATION_MB);
  expect(ANSWERING_HEAP_FLAGS).toEqual([`--max-semi-space-size=${ANSWERING_SEMI_SPACE_MB}`]);
});

it('keeps button state in the worker, and answers autocomplete', async () => {
  const reply = await runner.run(
    'ask',
    { question: 'What about the harbour bridge?', results: 1 },
    { userId: '1' },
  );
  const ids = JSON.stringify(reply.components ?? []).match(/"custom_id":"([^"]+)"/g) ?? [];
  expect(ids.length).toBeGreaterThan(0);
  const choices = await runner.autocomplete('ask', { name: 'source', value: 'harb' }, '1');
  expect(choices.map((c) => c.value)).toContain('harbour');
  const expired = await runner.press('ask:page:1:nokey000:1', '1');
  expect(expired.kind).toBe('expired');
  for (const m of ids) {
    const id = m.slice('"custom_id":"'.length, -1);
    expect((await runner.press(id, '1')).kind).not.toBe('expired');
  }
});

it("refuses to start over a corpus without an index, with the engine's own message", async () => {
  const empty = await writePlainCorpus({ 'a.txt': 'Some words here.' });
  await expect(
    WorkerRunner.start({
      corpusDir: empty,
      indexPath: path.join(empty, 'none.json'),
      logLevel: 'silent',
    }),
  ).rejects.toThrow(/index: .* is missing; run `npm run index`/);
  await removeFolder(empty);
});

it("runs /corpus in the worker with the invoker's permissions, and says it is ephemeral", async () => {
  expect(runner.isEphemeral('corpus')).toBe(true);
  expect(runner.isEphemeral('ask')).toBe(false);
  const admin = { userId: '1', memberPermissions: PermissionFlagsBits.ManageGuild };
  const status = await runner.run('corpus', { subcommand: 'status' }, admin);
  expect(status.content).toMatch(/^Index built .* from 2 articles/);
  const member = { userId: '2', memberPermissions: 0n };
  const refused = await runner.run('corpus', { subcommand: 'status' }, member);
  expect(refused.content).toBe(
    'Only members with the Manage Server permission may manage the articles.',
  );
});

it('estimates the wait behind its queue from the calls it has answered', async () => {
  for (let i = 0; i < 3; i++) await runner.run('sources', {}, { userId: '1' });
  const typical = runner.serviceMs();
  expect(typical).toBeGreaterThan(0);
  expect(Number.isFinite(typical)).toBe(true);
  expect(runner.backlogMs()).toBe(0);
  const calls = [
    runner.run('sources', {}, { userId: '1' }),
    runner.run('help', {}, { userId: '1' }),
  ];
  expect(runner.backlogMs()).toBe(2 * typical);
  await Promise.all(calls);
});

// The two tests below change the shared worker (its corpus, then its life), so they come last:
// a worker of their own would each start another thread and load the engine again.
it("reloads the worker's engine when the corpus folder changes", async () => {
  await writeFile(path.join(corpus, 'b.txt'), 'The lighthouse keeper retired after forty years.');
  // A rebuild in a child process: seconds alone, a minute on a machine busy with other work.
  const deadline = Date.now() + 60_000;
  let listed = '';
  while (Date.now() < deadline && !listed.includes('from 3 articles')) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    listed = JSON.stringify(await runner.run('sources', {}, { userId: '1' }));
  }
  expect(listed).toContain('from 3 articles');
}, 90_000);

it('rejects calls after it is closed', async () => {
  await runner.close();
  await expect(runner.run('sources', {}, { userId: '1' })).rejects.toThrow(
    'engine worker: stopped',
  );
});
