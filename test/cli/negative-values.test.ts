import { describe, expect, it } from 'vitest';
import { negativeValuesJoined } from '../../src/cli/negative-values.js';

const OPTIONS = {
  offset: { type: 'string' },
  results: { type: 'string', short: 'r' },
  json: { type: 'boolean' },
} as const;

describe('negativeValuesJoined', () => {
  it('joins a negative number to the value-taking flag before it, by its long name', () => {
    expect(negativeValuesJoined(['--offset', '-3'], OPTIONS)).toEqual(['--offset=-3']);
    expect(negativeValuesJoined(['-r', '-2', 'q'], OPTIONS)).toEqual(['--results=-2', 'q']);
    expect(negativeValuesJoined(['--offset', '-1.5'], OPTIONS)).toEqual(['--offset=-1.5']);
  });

  it('leaves other dashed words, flags that take no value and text after a lone -- alone', () => {
    expect(negativeValuesJoined(['--offset', '-war'], OPTIONS)).toEqual(['--offset', '-war']);
    expect(negativeValuesJoined(['--json', '-3'], OPTIONS)).toEqual(['--json', '-3']);
    expect(negativeValuesJoined(['--', '--offset', '-3'], OPTIONS)).toEqual([
      '--',
      '--offset',
      '-3',
    ]);
    expect(negativeValuesJoined(['--offset=-3'], OPTIONS)).toEqual(['--offset=-3']);
  });
});
