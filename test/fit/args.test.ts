import { describe, expect, it } from 'vitest';
import { FIT_USAGE, parseFitArgs } from './args.js';

describe('parseFitArgs (npm run fit)', () => {
  it('asks for the usage with --help, and the usage names every flag', () => {
    expect(parseFitArgs(['--help']).help).toBe(true);
    for (const flag of [
      '--set',
      '--dry-run',
      '--ablation',
      '--abstention',
      '--coordinate',
      '--compare',
    ])
      expect(FIT_USAGE).toContain(flag);
  });

  it('reads the flags', () => {
    expect(parseFitArgs([])).toEqual({
      sets: undefined,
      dryRun: false,
      ablation: false,
      abstention: false,
      coordinate: undefined,
      compare: false,
      help: false,
    });
    expect(
      parseFitArgs(['--set', 'a', '--set', 'b', '--dry-run', '--ablation', '--abstention']),
    ).toEqual({
      sets: ['a', 'b'],
      dryRun: true,
      ablation: true,
      abstention: true,
      coordinate: undefined,
      compare: false,
      help: false,
    });
    expect(parseFitArgs(['--coordinate', 'typeFull']).coordinate).toBe('typeFull');
    expect(parseFitArgs(['--compare']).compare).toBe(true);
  });

  it('refuses an unknown flag in one line, with no stack trace', () => {
    expect(() => parseFitArgs(['--bogus'])).toThrow(
      /^fit: unknown flag --bogus\nusage: npm run fit/,
    );
  });
});
