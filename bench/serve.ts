/**
 * `npm run bench:serve`: both transports under load, on 127.0.0.1 only, each bounded in count and
 * in time. The bot runs as its own process (`node --import tsx src/main.ts`, as `npm start` runs
 * it) so its event loop, memory and engine worker are measured apart from the load generator.
 *
 * Gateway, through the stand-in Discord (test/support/fake-discord.ts):
 *   rate    /ask at a steady rate: latency from dispatch to the final answer, callbacks late (> 3 s);
 *   burst   N /ask dispatched at once: how many are acknowledged within 3 s, how many deferred;
 *   memory  after 10k and after 20k interactions: the bot's RSS, and its heap in use after a full
 *           collection (main thread and engine worker; the bot runs with --expose-gc for this).
 * HTTP (`src/main.ts http`), driven by autocannon over keep-alive connections, each request made
 *   and signed as it is sent, with bad signatures mixed in (wrong key, altered body, stale
 *   timestamp, missing headers): throughput, p50/p99 to the answer, errors, bad signatures
 *   accepted, CPU time per request of the bot and of the load generator, RSS before and after.
 *
 * Flags: see serve-args.ts (`--help`).
 */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config.js';
import { loadCommands } from '../src/framework/commands.js';
import { deployCommands } from '../src/gateway/deploy-commands.js';
import { silentLogger } from '../src/log.js';
import { NODE_FLAGS } from './probes/spawn.js';
import { botEnv, TEST_TOKEN } from '../test/support/bot-harness.js';
import { carriesContent, FakeDiscord, snowflake } from '../test/support/fake-discord.js';
import type { RecordedResponse } from '../test/support/fake-discord.js';
import { signatureHeaders, testKeyPair } from '../test/support/signing.js';
import { renderTable } from './format.js';
import type { ServeBenchOptions } from './serve-args.js';
import { parseServeBenchArgs, SERVE_BENCH_USAGE, ServeBenchUsageError } from './serve-args.js';
import { summarizeLatencies } from './stats.js';
import type { LatencySummary } from './stats.js';

let options: ServeBenchOptions;
try {
  options = parseServeBenchArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ServeBenchUsageError)) throw error;
  process.stderr.write(`${error.message}\n${SERVE_BENCH_USAGE}\n`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(`${SERVE_BENCH_USAGE}\n`);
  process.exit(0);
}
const QUICK = options.quick;
/** The command sent: `ask` (default) measures the engine too; `help` measures the transport alone. */
const COMMAND = options.command;
const optionsFor = (i: number): Record<string, string> =>
  COMMAND === 'ask' ? { question: question(i) } : {};
const ENGINE_THREAD = options.engineThread;
/** Requests a second the HTTP load holds to (autocannon's overallRate); absent: as fast as answered. */
const HTTP_RATE = options.httpRate ?? undefined;

/** Counts, rates and time limits of each phase; `--quick` shrinks them. */
const PLAN = QUICK
  ? { ratePerS: 100, rateSeconds: 3, burst: 300, memoryAt: [2_000, 4_000], http: 10_000 }
  : { ratePerS: 100, rateSeconds: 10, burst: 1_000, memoryAt: [10_000, 20_000], http: 100_000 };
/** Connections the HTTP load uses. */
const HTTP_CONNECTIONS = 32;
/** Share of HTTP requests sent with a bad signature. */
const BAD_SHARE = 0.1;
/** No phase runs longer than this. */
const PHASE_LIMIT_MS = QUICK ? 60_000 : 240_000;
const CALLBACK_WINDOW_MS = 3_000;
/** How much of the bot's log the bench keeps. */
const LOG_TAIL_CHARS = 64 * 1024;

const QUESTIONS = (
  JSON.parse(readFileSync('test/eval/questions.json', 'utf8')) as {
    questions: Array<{ question: string }>;
  }
).questions.map((q) => q.question);
const question = (i: number) => QUESTIONS[i % QUESTIONS.length]!;

const cleanEnv = () => {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('DISCORD_') && !k.startsWith('npm_')) env[k] = v;
  return env;
};

/** The bot as its own process; resolves with its stderr so far once `ready` matches it. */
function startBot(extraEnv: Record<string, string>, mode: string[], ready: RegExp) {
  const profile = options.cpuProf;
  const profiling = profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [];
  // --expose-gc enables the bot's heap probe (SIGUSR2 logs the heap after a full collection).
  // The bot runs as `npm start` runs it: compiled on demand by src/cli/launch.js.
  const flags = [...NODE_FLAGS, ...profiling, '--expose-gc'];
  const child = spawn(process.execPath, [...flags, 'src/cli/launch.js', 'src/main.ts', ...mode], {
    env: {
      ...cleanEnv(),
      LOG_LEVEL: 'info',
      ENGINE_THREAD,
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Only the log's tail is kept (the bot logs a line per interaction): enough for the lines read
  // at start and stop, without the load generator re-scanning a growing log on every chunk.
  let stderr = '';
  let received = 0;
  let waiting: { pattern: RegExp; from: number; resolve(m: RegExpExecArray): void } | null = null;
  const check = () => {
    if (!waiting) return;
    const start = Math.max(0, waiting.from - (received - stderr.length));
    const m = waiting.pattern.exec(stderr.slice(start));
    if (m) {
      const { resolve } = waiting;
      waiting = null;
      resolve(m);
    }
  };
  /** The first match of `pattern` in what the bot logs from now on. */
  const nextLine = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve) => {
      waiting = { pattern, from: received, resolve };
    });
  child.stderr.on('data', (d: Buffer) => {
    const text = d.toString();
    received += text.length;
    stderr = (stderr + text).slice(-LOG_TAIL_CHARS);
    check();
  });
  const started = Promise.race([
    nextLine(ready),
    new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`bot exited with ${code}:\n${stderr}`))),
    ),
  ]);
  started.catch(() => undefined);
  /** The heap in use after a full collection, main thread and engine worker, in bytes. */
  const heap = async () => {
    const line = nextLine(/heap after gc mainBytes=(\d+) workerBytes=(\S+)/);
    child.kill('SIGUSR2');
    const m = await line;
    return { main: Number(m[1]), worker: m[2] === 'null' ? null : Number(m[2]) };
  };
  return { child, started, stderr: () => stderr, heap };
}

/** Resident memory of a process in bytes (Linux /proc). */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** CPU time a process has used so far, user + system, all threads, in ms (Linux /proc). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat (proc(5)), in clock ticks; Linux uses 100 a second.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function stopBot(child: ChildProcess, stderr: () => string) {
  const started = Date.now();
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  const delay = /event loop delay while serving p50Ms=(\S+) p99Ms=(\S+) maxMs=(\S+)/.exec(stderr());
  return {
    exitCode: code,
    stopMs: Date.now() - started,
    loopDelayMs: delay ? { p50: +delay[1]!, p99: +delay[2]!, max: +delay[3]! } : null,
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const lat = (s: LatencySummary | null) =>
  s ? `p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(0)} ms` : '–';
const summary = (values: number[]) => (values.length > 0 ? summarizeLatencies(values) : null);

async function gateway() {
  const fake = await FakeDiscord.start({ token: TEST_TOKEN });
  const firstAck = new Map<string, RecordedResponse>();
  const firstAnswer = new Map<string, RecordedResponse>();
  fake.on('response', (r: RecordedResponse) => {
    if (r.status >= 300) return;
    if (r.kind === 'callback' && !firstAck.has(r.interactionId)) firstAck.set(r.interactionId, r);
    if (carriesContent(r) && !firstAnswer.has(r.interactionId)) firstAnswer.set(r.interactionId, r);
  });
  await deployCommands(loadConfig(botEnv(fake)), await loadCommands(), silentLogger);
  const connected = fake.waitConnected(120_000);
  const bot = startBot(botEnv(fake), [], /$^/);
  await connected;
  let sent = 0;
  const ask = () => fake.slash(COMMAND, optionsFor(sent++));
  const settle = async (ids: string[], limitMs: number) => {
    const deadline = Date.now() + limitMs;
    while (Date.now() < deadline && ids.some((id) => !firstAnswer.has(id))) await sleep(50);
  };
  const latencies = (ids: string[]) => ({
    answer: summary(
      ids.flatMap((id) => (firstAnswer.has(id) ? [firstAnswer.get(id)!.latencyMs] : [])),
    ),
    ack: summary(ids.flatMap((id) => (firstAck.has(id) ? [firstAck.get(id)!.latencyMs] : []))),
    unanswered: ids.filter((id) => !firstAnswer.has(id)).length,
    lateCallbacks: ids.filter(
      (id) => (firstAck.get(id)?.latencyMs ?? Infinity) > CALLBACK_WINDOW_MS,
    ).length,
    deferred: ids.filter((id) => firstAck.get(id)?.type === 5).length,
  });

  // Warm up the JIT and the worker, not counted.
  const warm = Array.from({ length: 50 }, ask);
  await settle(warm, 30_000);

  // rate: steady arrivals.
  const rateIds: string[] = [];
  const total = options.burstOnly ? 0 : PLAN.ratePerS * PLAN.rateSeconds;
  const t0 = Date.now();
  for (let i = 0; i < total && Date.now() - t0 < PHASE_LIMIT_MS; i++) {
    rateIds.push(ask());
    const due = t0 + ((i + 1) * 1000) / PLAN.ratePerS;
    if (due > Date.now()) await sleep(due - Date.now());
  }
  await settle(rateIds, 30_000);
  const rate = { sent: rateIds.length, ratePerS: PLAN.ratePerS, ...latencies(rateIds) };

  // burst: all at once.
  const burstIds = Array.from({ length: PLAN.burst }, ask);
  await settle(burstIds, 60_000);
  const burstAcked = burstIds.filter(
    (id) => (firstAck.get(id)?.latencyMs ?? Infinity) <= CALLBACK_WINDOW_MS,
  ).length;
  const burst = { sent: burstIds.length, ackedWithin3s: burstAcked, ...latencies(burstIds) };

  // memory: RSS after 10k and 20k interactions (in waves of 200, each answered before the next).
  const memory: Array<{
    interactions: number;
    rss: number;
    heap: { main: number; worker: number | null };
  }> = [];
  const m0 = Date.now();
  let memoryIds: string[] = [];
  for (const target of options.burstOnly ? [] : PLAN.memoryAt) {
    while (sent < target && Date.now() - m0 < PHASE_LIMIT_MS) {
      const wave = Array.from({ length: Math.min(200, target - sent) }, ask);
      await settle(wave, 30_000);
      memoryIds = memoryIds.concat(wave);
    }
    await sleep(1_000);
    memory.push({ interactions: sent, rss: rssOf(bot.child.pid!), heap: await bot.heap() });
  }
  const memoryUnanswered = memoryIds.filter((id) => !firstAnswer.has(id)).length;
  const stop = await stopBot(bot.child, bot.stderr);
  const rejected = fake.rejected.length;
  await fake.close();
  return { rate, burst, memory, memoryUnanswered, rejected, stop };
}

async function http() {
  const fake = await FakeDiscord.start({ token: TEST_TOKEN });
  const { privateKey, publicHex } = testKeyPair();
  const other = testKeyPair().privateKey;
  const bot = startBot(
    {
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_PUBLIC_KEY: publicHex,
      DISCORD_API_URL: fake.apiUrl,
      HTTP_PORT: '0',
      LOG_LEVEL: 'info',
    },
    ['http'],
    /http endpoint ready url=(\S+)/,
  );
  const endpoint = new URL((await bot.started)[1]!);
  const pid = bot.child.pid!;
  // Each request is made as it is sent, as Discord does: a fresh snowflake (its age sets the
  // deadline), a fresh timestamp and an Ed25519 signature over both.
  const interaction = (i: number) =>
    JSON.stringify({
      id: snowflake(),
      application_id: fake.applicationId,
      type: 2,
      token: `itok_${i}`,
      version: 1,
      member: { user: { id: fake.alice.id, username: 'alice' } },
      data: {
        id: '1',
        name: COMMAND,
        type: 1,
        options: Object.entries(optionsFor(i)).map(([name, v]) => ({ name, type: 3, value: v })),
      },
    });
  const badHeaders = (i: number, body: string): [Record<string, string>, string] => {
    const now = Math.floor(Date.now() / 1000);
    switch (i % 4) {
      case 0:
        return [signatureHeaders(other, body), body];
      case 1:
        return [signatureHeaders(privateKey, body), body.replace('"type":2', '"type":2 ')];
      case 2:
        return [signatureHeaders(privateKey, body, now - 600), body];
      default:
        return [{ 'content-type': 'application/json' }, body];
    }
  };

  const good: number[] = [];
  const counts = { goodSent: 0, badSent: 0, badAccepted: 0, errors: 0, deferred: 0 };
  let sent = 0;
  /** What the response just read was (autocannon calls onResponse, then emits 'response'). */
  let last: { bad: boolean; status: number; deferred: boolean } | null = null;
  const load = (amount: number, rate: number | undefined, record: boolean) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: endpoint.origin,
          connections: HTTP_CONNECTIONS,
          amount,
          ...(rate ? { overallRate: rate } : {}),
          timeout: 10,
          requests: [
            {
              method: 'POST',
              path: endpoint.pathname,
              setupRequest: (request, context) => {
                const i = sent++;
                const body = interaction(i);
                const bad = (i * 7919) % 100 < BAD_SHARE * 100;
                const [headers, sentBody] = bad
                  ? badHeaders(i, body)
                  : [signatureHeaders(privateKey, body), body];
                (context as { bad?: boolean }).bad = bad;
                return { ...request, headers, body: sentBody };
              },
              onResponse: (status, body, context) => {
                last = {
                  bad: (context as { bad?: boolean }).bad === true,
                  status,
                  deferred: status === 200 && body.startsWith('{"type":5'),
                };
              },
            },
          ],
        },
        (error, result) => {
          clearTimeout(limit);
          if (error) reject(error as Error);
          else resolve(result);
        },
      );
      const limit = setTimeout(() => instance.stop(), PHASE_LIMIT_MS);
      instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
        const r = last;
        last = null;
        if (!record || !r) return;
        if (r.bad) {
          counts.badSent++;
          if (r.status !== 401) counts.badAccepted++;
        } else {
          counts.goodSent++;
          if (r.status !== 200) counts.errors++;
          else if (r.deferred) counts.deferred++;
          else good.push(ms);
        }
      });
    });

  // Warm-up, not counted.
  await load(2_000, undefined, false);
  const rssBefore = rssOf(pid);
  const cpuBefore = cpuMsOf(pid);
  const loaderCpuBefore = process.cpuUsage();
  const t0 = performance.now();
  const result = await load(PLAN.http, HTTP_RATE, true);
  const seconds = (performance.now() - t0) / 1000;
  const requests = counts.goodSent + counts.badSent;
  const botCpuMs = cpuMsOf(pid) - cpuBefore;
  const loader = process.cpuUsage(loaderCpuBefore);
  const loaderCpuMs = (loader.user + loader.system) / 1000;
  await sleep(1_000);
  const rssAfter = rssOf(pid);
  const stop = await stopBot(bot.child, bot.stderr);
  await fake.close();
  return {
    requests,
    seconds,
    ratePerS: HTTP_RATE ?? null,
    signedPerS: counts.goodSent / seconds,
    answer: summary(good),
    ...counts,
    errors: counts.errors + result.errors + result.timeouts,
    botCpuMsPerRequest: botCpuMs / requests,
    loaderCpuMsPerRequest: loaderCpuMs / requests,
    rssBefore,
    rssAfter,
    stop,
  };
}

const results: Record<string, unknown> = {
  quick: QUICK,
  command: COMMAND,
  engineThread: ENGINE_THREAD,
};
const rows: string[][] = [['measure', 'figure']];
if (!options.skipGateway) {
  const g = await gateway();
  results.gateway = g;
  if (!options.burstOnly)
    rows.push(
      [
        `gateway rate: ${g.rate.sent} /${COMMAND} at ${g.rate.ratePerS}/s, to final answer`,
        lat(g.rate.answer),
      ],
      [
        'gateway rate: unanswered / deferred / callbacks over 3 s',
        `${g.rate.unanswered} / ${g.rate.deferred} / ${g.rate.lateCallbacks}`,
      ],
    );
  rows.push(
    [
      `gateway burst: ${g.burst.sent} at once, acknowledged within 3 s`,
      `${g.burst.ackedWithin3s} (ack ${lat(g.burst.ack)})`,
    ],
    ['gateway burst: to final answer', lat(g.burst.answer)],
    [
      'gateway burst: deferred (answered after the acknowledgement) / unanswered',
      `${g.burst.deferred} / ${g.burst.unanswered}`,
    ],
    ...g.memory.map((m) => [
      `gateway: bot after ${m.interactions} interactions: RSS; heap after GC, main + worker`,
      `${mb(m.rss)}; ${mb(m.heap.main)} + ${m.heap.worker === null ? '–' : mb(m.heap.worker)}`,
    ]),
    [
      'gateway: unanswered in the memory phase / replies rejected for limits',
      `${options.burstOnly ? '–' : g.memoryUnanswered} / ${g.rejected}`,
    ],
    [
      'gateway: event-loop delay while serving (bot process)',
      g.stop.loopDelayMs
        ? `p50 ${g.stop.loopDelayMs.p50} ms, p99 ${g.stop.loopDelayMs.p99} ms, max ${g.stop.loopDelayMs.max} ms`
        : '–',
    ],
    ['gateway: SIGTERM → exit', `code ${g.stop.exitCode} in ${g.stop.stopMs} ms`],
  );
}
if (!options.skipHttp) {
  const h = await http();
  results.http = h;
  rows.push(
    [
      `http: ${h.requests} requests over ${HTTP_CONNECTIONS} connections${h.ratePerS ? ` at ${h.ratePerS}/s` : ''} in ${h.seconds.toFixed(1)} s`,
      `${h.signedPerS.toFixed(0)} signed /${COMMAND} per s`,
    ],
    [`http: signed /${COMMAND} to answer`, lat(h.answer)],
    ['http: errors / deferred', `${h.errors} / ${h.deferred}`],
    [
      'http: CPU per request, bot process / load generator',
      `${h.botCpuMsPerRequest.toFixed(2)} ms / ${h.loaderCpuMsPerRequest.toFixed(2)} ms`,
    ],
    ['http: bad signatures accepted / tried', `${h.badAccepted} / ${h.badSent}`],
    ['http: bot RSS before → after', `${mb(h.rssBefore)} → ${mb(h.rssAfter)}`],
    [
      'http: event-loop delay while serving (bot process)',
      h.stop.loopDelayMs
        ? `p50 ${h.stop.loopDelayMs.p50} ms, p99 ${h.stop.loopDelayMs.p99} ms, max ${h.stop.loopDelayMs.max} ms`
        : '–',
    ],
    ['http: SIGTERM → exit', `code ${h.stop.exitCode} in ${h.stop.stopMs} ms`],
  );
}
process.stdout.write(
  `bench:serve (/${COMMAND}, engine thread: ${ENGINE_THREAD}${QUICK ? ', quick' : ''}${options.burstOnly ? ', burst only' : ''})\n`,
);
process.stdout.write(renderTable(rows) + '\n');
const jsonFile = options.json;
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(results, null, 2));
