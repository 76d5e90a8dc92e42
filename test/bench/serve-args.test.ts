import { describe, expect, it } from 'vitest';
import { parseServeBenchArgs, SERVE_BENCH_USAGE } from '../../bench/serve-args.js';

describe('parseServeBenchArgs (npm run bench:serve)', () => {
  it('asks for the usage with --help, and the usage names every flag', () => {
    expect(parseServeBenchArgs(['--help']).help).toBe(true);
    expect(parseServeBenchArgs(['-h']).help).toBe(true);
    for (const flag of [
      '--quick',
      '--engine-thread',
      '--command',
      '--skip-gateway',
      '--skip-http',
      '--burst-only',
      '--json',
    ])
      expect(SERVE_BENCH_USAGE).toContain(flag);
  });

  it('reads every flag, with the defaults', () => {
    expect(parseServeBenchArgs([])).toEqual({
      quick: false,
      command: 'ask',
      engineThread: 'worker',
      skipGateway: false,
      skipHttp: false,
      burstOnly: false,
      json: null,
      httpRate: null,
      cpuProf: null,
      help: false,
    });
    expect(
      parseServeBenchArgs([
        '--quick',
        '--command',
        'help',
        '--engine-thread=main',
        '--skip-http',
        '--json',
        'f.json',
      ]),
    ).toMatchObject({
      quick: true,
      command: 'help',
      engineThread: 'main',
      skipHttp: true,
      json: 'f.json',
    });
  });

  it('runs the gateway burst alone with --burst-only, never with --skip-gateway', () => {
    expect(parseServeBenchArgs(['--burst-only'])).toMatchObject({
      burstOnly: true,
      skipGateway: false,
      skipHttp: true,
    });
    expect(() => parseServeBenchArgs(['--burst-only', '--skip-gateway'])).toThrow(
      'bench:serve: --burst-only runs the gateway: not with --skip-gateway',
    );
  });

  it('refuses an unknown flag or value in one line naming it', () => {
    expect(() => parseServeBenchArgs(['--bogus'])).toThrow('bench:serve: unknown flag --bogus');
    expect(() => parseServeBenchArgs(['--command', 'timeline'])).toThrow(
      'bench:serve: --command is ask, sources or help, not "timeline"',
    );
    expect(() => parseServeBenchArgs(['--engine-thread', 'gpu'])).toThrow(/worker or main/);
    expect(() => parseServeBenchArgs(['--http-rate', '0'])).toThrow(
      /--http-rate is a whole number/,
    );
    expect(parseServeBenchArgs(['--http-rate', '500', '--cpu-prof', 'p'])).toMatchObject({
      httpRate: 500,
      cpuProf: 'p',
    });
  });
});
