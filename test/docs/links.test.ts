/**
 * README.md and docs/*.md link to each other, to repository files and to pictures by relative
 * links; each must resolve from the file that holds it (a moved section that still says
 * `(#timeline)` would not). The checker itself is tried first on an invented set of files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, headingAnchors, linkTargets, slug } from '../support/markdown-links.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the link checker, on invented files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'src.ts'), '');
  writeFileSync(
    path.join(dir, 'README.md'),
    [
      '# Tool',
      'See [the guide](docs/guide.md), [its notes](docs/guide.md#notes-1) and [code](src.ts).',
      'Broken: [gone](docs/gone.md), [no anchor](docs/guide.md#nowhere), [here](#set-up).',
      '`[in code](nowhere.md)` is not a link.',
      '```',
      '[in a fence](nowhere.md)',
      '```',
      '[web](https://example.org/) [ref]: is prose, [example](…) a placeholder',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'docs/guide.md'),
    '# Guide\n\n## Notes\n\n## Notes\n\n## Serving (`npm run bench:serve`)\n\nBack: [readme](../README.md#tool).\n',
  );

  it('reads anchors as GitHub makes them', () => {
    expect(slug('Serving (`npm run bench:serve`)')).toBe('serving-npm-run-benchserve');
    expect(slug('The corpus folder')).toBe('the-corpus-folder');
    expect(slug('Set-up')).toBe('set-up');
    expect([...headingAnchors('# A\n## Notes\n```\n# not a heading\n```\n## Notes\n')]).toEqual([
      'a',
      'notes',
      'notes-1',
    ]);
  });

  it('finds links outside code only', () => {
    expect(
      linkTargets('[a](x.md) `[b](y.md)` ![c](p.png)\n```\n[d](z.md)\n```\n[e]: w.md'),
    ).toEqual(['x.md', 'p.png', 'w.md']);
  });

  it('names each link that does not resolve, and no other', () => {
    expect(brokenLinks(dir, ['README.md', 'docs/guide.md'])).toEqual([
      'README.md: docs/gone.md (no file docs/gone.md)',
      'README.md: docs/guide.md#nowhere (no heading of docs/guide.md has that anchor)',
      'README.md: #set-up (no heading of README.md has that anchor)',
    ]);
  });
});

describe("the repository's documentation", () => {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);

  it('resolves every relative link and anchor of README.md and docs/*.md', () => {
    expect(docs.length).toBeGreaterThan(0);
    expect(brokenLinks(ROOT, ['README.md', ...docs])).toEqual([]);
  });

  it('holds every docs/*.md file the code, tests and benches name', () => {
    const named = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const file = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (file !== 'test/docs') walk(file);
        } else if (/\.(ts|js)$/.test(entry.name)) {
          const text = readFileSync(path.join(ROOT, file), 'utf8');
          for (const m of text.matchAll(/\bdocs\/[\w-]+\.md\b/g)) named.add(m[0]);
        }
      }
    };
    // test/docs is left out: its invented fixtures name files of their own.
    for (const dir of ['src', 'commands', 'bench', 'test']) walk(dir);
    expect(named.size).toBeGreaterThan(0);
    expect([...named].filter((file) => !docs.includes(file))).toEqual([]);
  });

  it('lists every docs file in README.md', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const linked = new Set(linkTargets(readme).map((target) => target.split('#')[0]));
    expect(docs.filter((file) => !linked.has(file))).toEqual([]);
  });
});
