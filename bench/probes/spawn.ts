/** Running commands in fresh processes and timing them from the outside. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: child processes run there so `--import tsx` resolves. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The V8 settings every start of the code passes to `node` (src/cli/launch.js `NODE_FLAGS`), so
 * the bench's processes run the code as production does.
 */
export const NODE_FLAGS = (
  (await import(new URL('../../src/cli/launch.js', import.meta.url).href)) as {
    NODE_FLAGS: readonly string[];
  }
).NODE_FLAGS;
const PROBE_SCRIPT = fileURLToPath(new URL('./probe.ts', import.meta.url));

/** What a probe prints: named figures (milliseconds, bytes, counts). */
export type ProbeResult = Record<string, number | null>;

/** How a finished child process went. */
export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** From spawn to the first newline on standard output, in milliseconds. */
  firstLineMs: number | null;
  /** From spawn to exit, in milliseconds. */
  exitMs: number;
}

/** Runs `node` with {@link NODE_FLAGS} and `args` in the repository root and collects its output and timings. */
export function runNode(args: readonly string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const since = (): number => Number(process.hrtime.bigint() - started) / 1e6;
    const child = spawn(process.execPath, [...NODE_FLAGS, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let firstLineMs: number | null = null;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (firstLineMs === null && stdout.trim() !== '' && stdout.includes('\n'))
        firstLineMs = since();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, firstLineMs, exitMs: since() }));
  });
}

/**
 * Runs one probe task (see probe.ts) in a fresh `node --expose-gc` process.
 *
 * @throws Error with the child's standard error when it fails.
 */
export async function runProbe(task: string, ...args: string[]): Promise<ProbeResult> {
  const run = await runNode(['--expose-gc', '--import', 'tsx', PROBE_SCRIPT, task, ...args]);
  const lastLine = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.code !== 0 || !lastLine.startsWith('{')) {
    throw new Error(
      `bench: probe "${task} ${args.join(' ')}" failed (exit ${run.code}):\n${run.stderr.trim()}`,
    );
  }
  return JSON.parse(lastLine) as ProbeResult;
}
