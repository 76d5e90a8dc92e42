import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseServeCostsArgs, SERVE_COSTS_USAGE } from '../../bench/serve-costs-args.js';

describe('parseServeCostsArgs (npm run bench:serve-costs)', () => {
  it('reads every flag, with the defaults, and --help', () => {
    expect(parseServeCostsArgs([])).toEqual({
      corpus: './corpus',
      sotu: null,
      rounds: 2000,
      help: false,
    });
    expect(parseServeCostsArgs(['--sotu', '0.5', '--rounds', '10', '--corpus', 'x'])).toEqual({
      corpus: 'x',
      sotu: 0.5,
      rounds: 10,
      help: false,
    });
    expect(parseServeCostsArgs(['--help']).help).toBe(true);
    for (const flag of ['--corpus', '--sotu', '--rounds', '--help'])
      expect(SERVE_COSTS_USAGE).toContain(flag);
  });

  it('refuses an unknown flag or a bad value, naming it', () => {
    expect(() => parseServeCostsArgs(['--round', '5'])).toThrow(/--round/);
    expect(() => parseServeCostsArgs(['--rounds', '0'])).toThrow(/--rounds.*"0"/);
    expect(() => parseServeCostsArgs(['--sotu', '2'])).toThrow(/--sotu.*"2"/);
  });

  it('prints the usage and exits 0 on --help, running nothing', () => {
    const run = spawnSync('npx', ['tsx', 'bench/serve-costs.ts', '--help'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${SERVE_COSTS_USAGE}\n`);
  }, 70_000);
});
