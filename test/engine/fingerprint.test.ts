import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashSourceFolders } from '../../src/engine/fingerprint.js';

describe('hashSourceFolders: what makes an index stale', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true })));
  const tree = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
    roots.push(root);
    mkdirSync(path.join(root, 'search', 'plan'), { recursive: true });
    writeFileSync(path.join(root, 'search', 'score.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(root, 'search', 'plan', 'query-plan.ts'), 'export const b = 2;\n');
    return root;
  };

  it('changes when a file in a subfolder changes', () => {
    const root = tree();
    const before = hashSourceFolders(root, ['search']);
    writeFileSync(path.join(root, 'search', 'plan', 'query-plan.ts'), 'export const b = 3;\n');
    expect(hashSourceFolders(root, ['search'])).not.toBe(before);
  });

  it('ignores files that are not code, and is the same for the same tree', () => {
    const root = tree();
    const before = hashSourceFolders(root, ['search']);
    writeFileSync(path.join(root, 'search', 'plan', 'notes.md'), 'anything\n');
    expect(hashSourceFolders(root, ['search'])).toBe(before);
    expect(hashSourceFolders(tree(), ['search'])).toBe(before);
  });

  it('hashes the sources, not JavaScript compiled beside them (src/cli/launch.js)', () => {
    const root = tree();
    const before = hashSourceFolders(root, ['search']);
    writeFileSync(path.join(root, 'search', 'score.js'), 'export const a = 1;\n');
    expect(hashSourceFolders(root, ['search'])).toBe(before);
  });
});
