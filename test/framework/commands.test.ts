import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/framework/commands.js';

describe('loadCommands', () => {
  it('loads the four commands, each definition within Discord limits for a command', async () => {
    const commands = await loadCommands();
    expect(commands.map((c) => c.data.name)).toEqual(['ask', 'help', 'sources', 'timeline']);
    for (const c of commands) {
      expect(JSON.stringify(c.data).length).toBeLessThan(8000);
      for (const o of c.data.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
    const ask = commands.find((c) => c.data.name === 'ask')!;
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
      "export default { data: { name: 'broken', description: '' }, run: 1 };\n",
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
      "export default { data: { name: 'ping', description: 'p' }, options: { safeParse: () => ({ success: true, data: {} }) }, run: () => ({}) };\n",
    );
    await expect(loadCommands(dir)).rejects.toThrow(
      'commands: ' + path.basename(dir) + '/other.ts defines /ping',
    );
  });
});
