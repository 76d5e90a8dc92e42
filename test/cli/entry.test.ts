/**
 * The process boundary, which the in-process tests do not cross: the npm scripts' entries set
 * the exit code and keep standard output to the command's own output.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn', CORPUS_DIR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('entries', () => {
  it('src/cli/bin.ts runs the named command, sets its exit code and keeps standard output clean', () => {
    const bad = run('src/cli/bin.ts', ['sources', '--corpus', '/nonexistent/folder']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('sources: corpus: cannot read folder "/nonexistent/folder": ENOENT\n');
    const unknown = run('src/cli/bin.ts', ['nonsense']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^usage: tsx src\/cli\/bin\.ts <ask\|sources\|/);
  });

  it.each([['eval', 'test/eval/run.ts']])(
    'npm run %s -- --help prints its usage, exit 0; an unknown flag is exit 2',
    (name, script) => {
      const help = run(script, ['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^usage: npm run ${name}`));
      const bad = run(script, ['--colour']);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr.split('\n')[0]).toMatch(new RegExp(`^${name}: [Uu]nknown`));
    },
  );
});
