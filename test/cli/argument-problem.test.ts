import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { argumentProblem } from '../../src/cli/argument-problem.js';

/** The message every tool prints for `argv` under these parseArgs settings. */
function problem(argv: string[], allowPositionals: boolean, freeText?: string): string {
  try {
    parseArgs({
      args: argv,
      options: { offset: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } },
      strict: true,
      allowPositionals,
    });
  } catch (error) {
    return argumentProblem(error as Error, argv, freeText);
  }
  throw new Error('parseArgs accepted the arguments');
}

describe('argumentProblem', () => {
  it('names an unknown flag, with balanced quotes in the advice for text starting with a dash', () => {
    expect(problem(['--bogus'], false)).toBe('unknown flag --bogus');
    expect(problem(['--bogus'], true)).toBe('unknown flag --bogus');
    const withText = problem(['--bogus'], true, 'a question');
    expect(withText).toBe(
      'unknown flag --bogus; a question that starts with a dash goes after a lone --, e.g. -- "--bogus"',
    );
    expect(withText.split('"').length % 2).toBe(1);
    expect(withText.split("'").length % 2).toBe(1);
  });

  it('says a dashed value plainly', () => {
    expect(problem(['--offset', '-war'], false)).toMatch(/write --offset=-war$/);
  });

  it("says a missing value, a value for a flag that takes none and stray text in the usage's own terms", () => {
    expect(problem(['--offset'], false)).toBe('--offset: needs a value');
    expect(problem(['--verbose=yes'], false)).toBe(
      '--verbose: takes no value; write --verbose alone',
    );
    expect(problem(['extra'], false)).toBe(
      "unexpected argument 'extra': this command takes only flags",
    );
  });
});
