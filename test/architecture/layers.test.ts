/**
 * The layering the README's architecture section draws, checked on the real import graph:
 * no module imports one from a higher layer, nothing below commands/ imports discord.js, and
 * the front ends reach search and the timeline only through the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Layer of each folder, lowest first; a module may import its own layer or lower ones. */
const LAYERS: Array<[string, number]> = [
  ['src/text', 0],
  ['src/types', 0],
  ['src/log.ts', 0],
  ['src/corpus', 1],
  ['src/feedback', 1],
  ['src/search', 2],
  ['src/timeline', 2],
  ['src/engine', 3],
  ['commands', 4],
  ['src/framework', 4],
  ['src/chart', 4],
  ['src/config.ts', 4],
  ['src/environment.ts', 4],
  ['src/gateway', 5],
  ['src/http', 5],
  ['src/console', 5],
  ['src/cli', 5],
  ['src/main.ts', 6],
];

/** Front ends: they must not reach past the engine into search or the timeline. */
const FRONT_ENDS = [
  'commands',
  'src/framework',
  'src/gateway',
  'src/http',
  'src/console',
  'src/cli',
];

function layerOf(file: string): number {
  const found = LAYERS.find(([prefix]) => file === prefix || file.startsWith(`${prefix}/`));
  if (!found) throw new Error(`${file}: not in any layer; add its folder to LAYERS`);
  return found[1];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.posix.join(dir, name.split(path.sep).join('/')));
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map(
    (m) => m[1]!,
  );
}

const files = [...sourceFiles('src'), ...sourceFiles('commands')];

describe('layers', () => {
  it('has no arrow from a lower layer to a higher one', () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
        const targetFile = target.replace(/\.js$/, '.ts');
        if (layerOf(targetFile) > layerOf(file)) wrong.push(`${file} → ${targetFile}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps discord.js out of every layer below commands/', () => {
    const wrong = files.filter(
      (file) => layerOf(file) < 4 && importsOf(file).some((spec) => spec.startsWith('discord.js')),
    );
    expect(wrong).toEqual([]);
  });

  it('lets the front ends reach search and the timeline only through the engine', () => {
    const wrong: string[] = [];
    for (const file of files.filter((f) => FRONT_ENDS.some((dir) => f.startsWith(`${dir}/`)))) {
      for (const spec of importsOf(file)) {
        if (/(?:^|\/)(?:search|timeline)\/[^/]+\.js$/.test(spec)) wrong.push(`${file} → ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
