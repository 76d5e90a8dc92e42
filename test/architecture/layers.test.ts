/**
 * The layering docs/architecture.md draws, checked on the real import graph:
 * no module imports one from a higher layer, nothing below commands/ imports discord.js, and
 * the front ends reach search and the timeline only through the engine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * Every module a file names: `import … from`, `export … from`, `import '…'` and `import('…')`
 * (the engine loads build-only code lazily, and a lazy arrow is still an arrow).
 */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const statics = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g;
  const bare = /(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;
  const dynamic = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [statics, bare, dynamic].flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!));
}

/** The file a relative import names, relative to the root (`.js` read as the `.ts` source). */
function targetOf(file: string, spec: string): string {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return target.replace(/\.js$/, '.ts');
}

const files = [...sourceFiles('src'), ...sourceFiles('commands')];

describe('layers', () => {
  it('has no arrow from a lower layer to a higher one', () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = targetOf(file, spec);
        if (layerOf(target) > layerOf(file)) wrong.push(`${file} → ${target}`);
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

  it("keeps discord.js out of the command line's load: a first answer would wait for it", () => {
    // Static imports that load code (`import type` is erased), followed from each command.
    const loads = (file: string): string[] => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const statics = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/g;
      return [...text.matchAll(statics)].map((m) => m[1]!);
    };
    const wrong: string[] = [];
    for (const command of ['ask', 'sources', 'timeline'].map((c) => `src/cli/${c}.ts`)) {
      const seen = new Set<string>();
      const visit = (file: string, via: string[]): void => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const spec of loads(file)) {
          if (spec.startsWith('discord.js')) wrong.push([...via, file].join(' → '));
          else if (spec.startsWith('.')) visit(targetOf(file, spec), [...via, file]);
        }
      };
      visit(command, []);
    }
    expect(wrong).toEqual([]);
  });

  it('lets the front ends reach search and the timeline only through the engine', () => {
    const wrong: string[] = [];
    for (const file of files.filter((f) => FRONT_ENDS.some((dir) => f.startsWith(`${dir}/`)))) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = targetOf(file, spec);
        if (/^src\/(?:search|timeline)\//.test(target)) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads every kind of import, so no arrow goes unchecked', () => {
    expect(importsOf('src/engine/index.ts')).toContain('../corpus/load.js');
    expect(importsOf('src/cli/bin.ts')).toContain('./ask.js');
  });

  it('places every file of src/ and commands/ in a layer', () => {
    // layerOf throws for a file in no layer: a new folder must be placed before it is used.
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(layerOf(file)).toBeGreaterThanOrEqual(0);
  });
});

describe('docs/architecture.md', () => {
  const section = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
  const diagram = section.slice(
    section.indexOf('```'),
    section.indexOf('```', section.indexOf('```') + 3),
  );
  const entries = readdirSync(path.join(ROOT, 'src')).map((name) => `src/${name}`);

  it('names every folder and top-level file of src/, in its diagram and in its table', () => {
    for (const entry of entries) {
      expect(diagram, entry).toContain(entry);
      expect(section, entry).toContain(`\`${entry}\``);
    }
  });

  it('names no src/ path that does not exist', () => {
    const named = new Set([...section.matchAll(/\bsrc\/[\w./-]*\w/g)].map((m) => m[0]));
    const missing = [...named].filter((name) => !existsSync(path.join(ROOT, name)));
    expect(missing).toEqual([]);
  });
});
