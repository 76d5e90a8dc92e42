import { describe, expect, it } from 'vitest';
import { benchMain } from '../../bench/main.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (chunk: string) => (out.stdout += chunk) },
    stderr: { write: (chunk: string) => (out.stderr += chunk) },
  };
  return { out, io };
}

describe('npm run bench', () => {
  it('--help prints its usage on standard output, exit 0', async () => {
    const { out, io } = capture();
    expect(await benchMain(['--help'], io)).toBe(0);
    expect(out.stdout).toMatch(/^usage: npm run bench -- /);
    expect(out.stderr).toBe('');
    // Every flag the parser takes is described on a line of its own, the exit codes last.
    for (const flag of [
      '--json',
      '--quick',
      '--fractions',
      '--skip-bundled',
      '--skip-scale',
      '--skip-reload',
    ])
      expect(out.stdout).toMatch(new RegExp(`^  ${flag}\\b`, 'm'));
    expect(out.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Exit code 1 .*; 2 on a bad flag\.$/);
  });

  it('refuses an unknown flag and a bad value in one line and its usage, exit 2, measuring nothing', async () => {
    for (const argv of [['--colour'], ['--fractions', '2'], ['--corpus', 'x']]) {
      const { out, io } = capture();
      expect(await benchMain(argv, io)).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr.split('\n')[0]).toMatch(/^bench: /);
    }
  });
});
