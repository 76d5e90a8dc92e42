import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/framework/commands.js';

describe('loadCommands', () => {
  it('loads the commands, each definition within Discord limits for a command', async () => {
    const commands = await loadCommands();
    expect(commands.map((c) => c.data.name)).toEqual([
      'ask',
      'corpus',
      'Find in coverage',
      'help',
      'sources',
      'timeline',
    ]);
    expect(commands.find((c) => c.kind === 'message')!.data).toEqual({
      name: 'Find in coverage',
      type: 3,
    });
    for (const c of commands) {
      expect(JSON.stringify(c.data).length).toBeLessThan(8000);
      if (c.kind !== 'slash') continue;
      for (const o of c.data.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
    const ask = commands.find((c) => c.data.name === 'ask')!;
    if (ask.kind !== 'slash') throw new Error('/ask is a slash command');
    expect(ask.data.options?.[0]).toMatchObject({
      name: 'question',
      required: true,
      max_length: 300,
    });
  });

  it('names the file of a module that is not a valid command', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'commands-'));
    await writeFile(
      path.join(dir, 'broken.ts'),
      "export default { kind: 'slash', key: 'broken', run: 1 };\n",
    );
    const error = await loadCommands(dir).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^commands: .*broken\.ts does not export a valid command/,
    );
    expect((error as Error).message).toContain('run must be a function');
  });

  it('refuses a file whose name does not match its command', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'commands-'));
    await writeFile(
      path.join(dir, 'other.ts'),
      "export default { kind: 'slash', key: 'ping', data: { name: 'ping' }, options: {}, run: () => ({}) };\n",
    );
    await expect(loadCommands(dir)).rejects.toThrow(
      'commands: ' + path.basename(dir) + '/other.ts defines ping',
    );
  });
});
