/** The helpers that keep process tests waiting on events: an early exit fails at once, no process outlives its test. */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { Children, untilExit } from './child-process.js';

const node = (code: string) =>
  spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', 'pipe'] });

it('untilExit rejects as soon as the process exits, naming the code and its stderr', async () => {
  const child = node('console.error("no token"); process.exit(3)');
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const never = new Promise<never>(() => undefined);
  await expect(untilExit(child, never, () => stderr)).rejects.toThrow(/code 3[\s\S]*no token/);
  // Already exited: still rejects rather than waiting.
  await expect(untilExit(child, never)).rejects.toThrow(/code 3/);
});

it('untilExit resolves with what was awaited while the process runs', async () => {
  const children = new Children();
  const child = children.track(node('setInterval(() => {}, 1000)'));
  await expect(untilExit(child, Promise.resolve('ready'))).resolves.toBe('ready');
  await children.stopAll();
  expect(child.signalCode).toBe('SIGTERM');
});

it('stopAll kills a process that ignores SIGTERM once the grace period is over', async () => {
  const children = new Children();
  const child = children.track(
    node('process.on("SIGTERM", () => {}); console.error("up"); setInterval(() => {}, 1000)'),
  );
  // Wait until the handler is installed, or SIGTERM would end it before it could ignore it.
  await new Promise((resolve) => child.stderr.once('data', resolve));
  await children.stopAll(200);
  expect(child.signalCode).toBe('SIGKILL');
});
