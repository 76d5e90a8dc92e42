/**
 * `npm run bench:serve-costs`: the CPU cost of each step the HTTP endpoint takes for one signed
 * `/ask`, measured in one thread with no load generator, so the figures hold under a busy machine
 * better than throughput does (each step is timed over many rounds; the median of 5 runs is kept).
 * Together they give the endpoint's ceiling: requests a second ≤ cores × 1000 / (sum of steps).
 *
 *   npm run -s bench:serve-costs -- [--corpus DIR | --sotu FRACTION] [--rounds N]   (--help: usage)
 *
 * Questions: test/eval/questions.json (69 varied questions) over the corpus folder given
 * (default ./corpus, the bundled articles); with --sotu, bench/sotu-questions.json (73) over
 * that fraction of the State of the Union addresses (written to .cache/bench/sotu-F).
 */
import { readFileSync } from 'node:fs';
import { serialize, deserialize } from 'node:v8';
import { openEngine } from '../src/engine/index.js';
import { loadCommands } from '../src/framework/commands.js';
import { CommandRouter } from '../src/framework/router.js';
import { createLogger } from '../src/log.js';
import { verifyInteraction, publicKeyFromHex } from '../src/http/verify.js';
import { interactionSchema, invocationOf, messageBody, optionsOf } from '../src/http/wire.js';
import { signatureHeaders, testKeyPair } from '../test/support/signing.js';
import { renderTable } from './format.js';
import {
  parseServeCostsArgs,
  SERVE_COSTS_USAGE,
  ServeCostsUsageError,
  type ServeCostsOptions,
} from './serve-costs-args.js';
import { readSpeeches, selectFraction, writeSotuCorpus } from './sotu.js';

let options: ServeCostsOptions;
try {
  options = parseServeCostsArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ServeCostsUsageError)) throw error;
  process.stderr.write(`${error.message}\n${SERVE_COSTS_USAGE}\n`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(`${SERVE_COSTS_USAGE}\n`);
  process.exit(0);
}
const { rounds, sotu } = options;
let corpusDir = options.corpus;
let questions = (
  JSON.parse(readFileSync('test/eval/questions.json', 'utf8')) as {
    questions: Array<{ question: string }>;
  }
).questions.map((q) => q.question);
if (sotu !== null) {
  corpusDir = `.cache/bench/sotu-${sotu}`;
  await writeSotuCorpus(corpusDir, selectFraction(await readSpeeches(), sotu));
  questions = JSON.parse(readFileSync('bench/sotu-questions.json', 'utf8')) as string[];
}

const engine = await openEngine({ corpusDir });
const router = new CommandRouter(await loadCommands(), engine);
const { privateKey, publicHex } = testKeyPair();
const key = publicKeyFromHex(publicHex);

const bodies = questions.map((question, i) =>
  Buffer.from(
    JSON.stringify({
      id: String(1_300_000_000_000_000_000n + BigInt(i)),
      application_id: '1',
      type: 2,
      token: `itok_${i}`,
      version: 1,
      member: { user: { id: '42', username: 'alice' }, permissions: '0' },
      data: {
        id: '1',
        name: 'ask',
        type: 1,
        options: [{ name: 'question', type: 3, value: question }],
      },
    }),
  ),
);
const signed = bodies.map((body) => ({ body, headers: signatureHeaders(privateKey, body) }));
const parsed = bodies.map((b) => interactionSchema.parse(JSON.parse(b.toString('utf8'))));
const payloads = await Promise.all(
  parsed.map((i) => router.dispatch('ask', optionsOf(i).raw, invocationOf(i))),
);
const responses = payloads.map((p) => ({ type: 4, data: messageBody(p) }));
const devNull = createLogger({ level: 'info', write: () => undefined });

/**
 * Median over 5 runs of the mean CPU time (user + system, this process) per call of `step(i)`,
 * in ms: CPU time, not wall time, so other processes on the machine do not inflate it.
 */
async function time(step: (i: number) => unknown): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const before = process.cpuUsage();
    for (let i = 0; i < rounds; i++) await step(i % questions.length);
    const used = process.cpuUsage(before);
    runs.push((used.user + used.system) / 1000 / rounds);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

const steps: Array<[string, (i: number) => unknown]> = [
  [
    'Ed25519 verify (node:crypto, KeyObject made once)',
    (i) =>
      verifyInteraction(
        key,
        signed[i]!.headers['x-signature-ed25519'],
        signed[i]!.headers['x-signature-timestamp'],
        signed[i]!.body,
      ),
  ],
  ['JSON.parse of the body', (i) => JSON.parse(bodies[i]!.toString('utf8'))],
  [
    'zod check of the interaction',
    (i) => interactionSchema.parse(JSON.parse(bodies[i]!.toString())),
  ],
  [
    '/ask: router.dispatch (engine ask + rendering)',
    (i) => router.dispatch('ask', optionsOf(parsed[i]!).raw, invocationOf(parsed[i]!)),
  ],
  ['engine.ask alone', (i) => engine.ask(questions[i]!)],
  ['worker hop: structured clone of the answer', (i) => deserialize(serialize(payloads[i]))],
  ['JSON.stringify of the response', (i) => JSON.stringify(responses[i])],
  [
    'one log line per interaction (text, discarded)',
    (i) =>
      devNull.info('interaction', {
        transport: 'http',
        interaction: parsed[i]!.id,
        user: '42',
        command: 'ask',
        outcome: 'replied',
        latencyMs: 3,
      }),
  ],
];

const rows = [['step', 'ms per call']];
for (const [name, step] of steps) rows.push([name, (await time(step)).toFixed(3)]);
process.stdout.write(
  `bench:serve-costs (corpus ${corpusDir}, ${questions.length} questions, ${rounds} rounds × 5)\n`,
);
process.stdout.write(renderTable(rows) + '\n');
