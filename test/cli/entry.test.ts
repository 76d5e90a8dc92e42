/**
 * The process boundary, which the in-process tests do not cross: the npm scripts' entries set
 * the exit code and keep standard output to the command's own output.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';

/** Runs `script` under tsx as npm does, and waits for it to end. */
async function run(script: string, args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', CORPUS_DIR: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

// Each test starts two processes under tsx; on a machine shared with other work that takes a while.
describe('entries', { timeout: 60_000 }, () => {
  it('src/cli/bin.ts runs the named command, sets its exit code and keeps standard output clean', async () => {
    const [bad, unknown, none] = await Promise.all([
      run('src/cli/bin.ts', ['sources', '--corpus', '/nonexistent/folder']),
      run('src/cli/bin.ts', ['nonsense']),
      run('src/cli/bin.ts', []),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      'sources: corpus: folder "/nonexistent/folder" (from --corpus) does not exist; give a corpus folder with --corpus DIR or CORPUS_DIR\n',
    );
    expect(unknown.code).toBe(2);
    // The usage names the commands as README.md and docs/command-line.md run them, not the file behind them.
    expect(unknown.stderr).toMatch(
      /^unknown command 'nonsense'\nusage: npm run -s <ask\|sources\|/,
    );
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^usage: npm run -s <ask\|sources\|.*> -- \[flags\]/);
    expect(none.stderr).not.toContain('tsx');
  });

  it.each([
    ['eval', 'test/eval/run.ts'],
    ['fit', 'test/fit/fit-ranking.ts'],
  ])(
    'npm run %s -- --help prints its usage, exit 0; an unknown flag is exit 2',
    async (name, script) => {
      const [help, bad] = await Promise.all([run(script, ['--help']), run(script, ['--colour'])]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^usage: npm run ${name}`));
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr.split('\n')[0]).toMatch(new RegExp(`^${name}: [Uu]nknown`));
    },
  );

  it('npm start -- --help and npm run serve -- --help print the usage, exit 0', async () => {
    const runs = [['--help'], ['http', '--help']].map((args) => run('src/main.ts', args));
    for (const help of await Promise.all(runs)) {
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(
        /^usage: npm start \[-- --corpus DIR\] \[--verbose\] \| npm run serve/,
      );
      expect(help.stderr).toBe('');
    }
  });
});
