/**
 * A pattern with the `g` or `y` flag keeps state: `test` and `exec` start at its `lastIndex` and
 * leave it after a match, and `matchAll` starts where the pattern's `lastIndex` stands (ECMA-262,
 * RegExp.prototype[@@matchAll] copies it). A module's pattern that is both tested and read with
 * another method then reads a text from where the last tested one stopped, which one came first
 * deciding: the same process answers many corpora, so no answer may depend on that. A pattern
 * tested for a yes or no has its own copy without the flag (`new RegExp(X.source, 'iu')`); a
 * pattern stepped through with `test` or `exec` sets its `lastIndex` before each scan and is
 * read no other way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** Module-level patterns with a `g` or `y` flag: a literal, or `new RegExp(…, 'flags')`. */
const STATEFUL_PATTERN =
  /^(?:export\s+)?const\s+(\w+)(?:\s*:[^=]+)?\s*=\s*(?:\/(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n])+\/([a-z]*)|new RegExp\([^;]*,\s*['"`]([a-z]*)['"`]\s*\))/gms;

/** `name` used both as a stepped scan (`test`, `exec`) and by another method, in `source`. */
function sharedUses(source: string, name: string): string[] {
  const stepped = new RegExp(String.raw`\b${name}\.(?:test|exec)\(`).test(source);
  if (!stepped) return [];
  // src reads a global pattern's matches with matchesOf (text/matches-of.ts), not matchAll.
  const other = new RegExp(
    String.raw`(?:\.(?:matchAll|match|replace|replaceAll|split|search)\(\s*|\bmatchesOf\([^,()]*,\s*)${name}\b`,
    'g',
  );
  return [...source.matchAll(other)].map((m) => m[0]);
}

describe('module-level global patterns', () => {
  it('are never both tested and read by another method (their lastIndex is shared)', () => {
    const found: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(STATEFUL_PATTERN)) {
        const flags = m[2] ?? m[3] ?? '';
        if (!/[gy]/.test(flags)) continue;
        const name = m[1] as string;
        for (const use of sharedUses(source, name))
          found.push(`${path.relative(ROOT, file)}: ${name} ${use}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('are found by the check: a tested pattern also read by matchAll is reported', () => {
    const source = [
      'const COPULA = /\\b(?:is|was)\\s+(\\w+)/giu;',
      'const yes = COPULA.test(text);',
      'for (const m of other.matchAll(COPULA)) {}',
    ].join('\n');
    const names = [...source.matchAll(STATEFUL_PATTERN)].map((m) => m[1]);
    expect(names).toEqual(['COPULA']);
    expect(sharedUses(source, 'COPULA')).toEqual(['.matchAll(COPULA']);
    expect(
      sharedUses(source.replace('other.matchAll(COPULA)', 'matchesOf(other, COPULA)'), 'COPULA'),
    ).toEqual(['matchesOf(other, COPULA']);
    // Near miss: a copy without the flag for the test.
    expect(sharedUses(source.replace('COPULA.test', 'ANY_COPULA.test'), 'COPULA')).toEqual([]);
  });
});
