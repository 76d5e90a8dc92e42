/** Command-line flags of `npm run bench:serve`, read with node:util's `parseArgs`. */
import { parseArgs } from 'node:util';
import { argumentProblem } from '../src/cli/argument-problem.js';

/** What a serving benchmark run drives and where its figures go. */
export interface ServeBenchOptions {
  /** Small counts: a smoke run. */
  quick: boolean;
  /** The command sent: `ask` measures the engine too; `help` the transport alone. */
  command: 'ask' | 'sources' | 'help';
  /** Where the bot runs its engine. */
  engineThread: 'worker' | 'main';
  skipGateway: boolean;
  skipHttp: boolean;
  /** The gateway's warm-up and burst alone: no rate, memory or HTTP phase. */
  burstOnly: boolean;
  /** Write the figures as JSON to this file too; null: the table only. */
  json: string | null;
  /** Requests a second the HTTP load holds to; null: as fast as answered. */
  httpRate: number | null;
  /** Folder where the bot process writes V8 CPU profiles; null: none. */
  cpuProf: string | null;
  /** `--help`: print {@link SERVE_BENCH_USAGE} and exit 0. */
  help: boolean;
}

export const SERVE_BENCH_USAGE = `usage: npm run bench:serve -- [--quick] [--engine-thread worker|main] [--command ask|sources|help]
                              [--skip-gateway] [--skip-http] [--burst-only] [--http-rate N] [--json FILE]
                              [--cpu-prof DIR]
  Starts the bot as its own process and loads it on 127.0.0.1 only, each phase bounded in count
  and time: the gateway through a stand-in Discord, then the HTTP interactions endpoint.
  --quick           small counts (100/s for 3 s, a burst of 300, 4k interactions, 10k HTTP requests)
  --engine-thread   where the bot runs the engine: worker (default) or main
  --command         the command sent: ask (default; the engine too), sources, or help (the transport alone)
  --skip-gateway    leave out the gateway phases
  --skip-http       leave out the HTTP phase
  --burst-only      the gateway's warm-up and burst alone (no rate, memory or HTTP phase)
  --http-rate N     hold the HTTP load to N requests a second (1–20,000); default as fast as answered
  --json FILE       also write the figures as JSON to FILE
  --cpu-prof DIR    the bot process writes V8 CPU profiles there, one per thread
                    (read them with bench/cpu-profile-summary.ts)
  --help            this text
Exit code 2 on a bad flag.`;

/** A bad flag or value: the message and the usage go to standard error, exit code 2. */
export class ServeBenchUsageError extends Error {
  override readonly name = 'ServeBenchUsageError';
}

/**
 * Parses the flags (without `node` and the script name).
 *
 * @throws ServeBenchUsageError naming the flag when a flag is unknown or a value is not allowed.
 */
export function parseServeBenchArgs(argv: readonly string[]): ServeBenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        'engine-thread': { type: 'string', default: 'worker' },
        command: { type: 'string', default: 'ask' },
        'skip-gateway': { type: 'boolean', default: false },
        'skip-http': { type: 'boolean', default: false },
        'burst-only': { type: 'boolean', default: false },
        json: { type: 'string' },
        'http-rate': { type: 'string' },
        'cpu-prof': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ServeBenchUsageError(`bench:serve: ${argumentProblem(error as Error, argv)}`);
  }
  const command = values.command;
  if (command !== 'ask' && command !== 'sources' && command !== 'help')
    throw new ServeBenchUsageError(
      `bench:serve: --command is ask, sources or help, not "${command}"`,
    );
  const engineThread = values['engine-thread'];
  if (engineThread !== 'worker' && engineThread !== 'main')
    throw new ServeBenchUsageError(
      `bench:serve: --engine-thread is worker or main, not "${engineThread}"`,
    );
  const rate = values['http-rate'];
  const httpRate = rate === undefined ? null : Number(rate);
  if (httpRate !== null && !(Number.isInteger(httpRate) && httpRate > 0 && httpRate <= 20_000))
    throw new ServeBenchUsageError(
      `bench:serve: --http-rate is a whole number of requests a second, 1–20,000, not "${rate}"`,
    );
  if (values['burst-only'] && values['skip-gateway'])
    throw new ServeBenchUsageError(
      'bench:serve: --burst-only runs the gateway: not with --skip-gateway',
    );
  return {
    quick: values.quick,
    command,
    engineThread,
    skipGateway: values['skip-gateway'],
    skipHttp: values['skip-http'] || values['burst-only'],
    burstOnly: values['burst-only'],
    json: values.json ?? null,
    httpRate,
    cpuProf: values['cpu-prof'] ?? null,
    help: values.help,
  };
}
