import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/validate.js';
import { formatValidation, validateCorpus } from '../../src/corpus/validate.js';
import { runCommand } from '../support/cli-io.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';

const CASE = path.resolve('test/corpus/fixtures/cases/admin-messy-folder');

const run = (args: string[]) => runCommand(validateCommand, args);

let folder: string;
beforeAll(async () => {
  folder = await temporaryFolder();
  await cp(CASE, folder, { recursive: true });
  await writeFile(path.join(folder, 'articles', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
  await writeFile(
    path.join(folder, 'articles', 'garbled.txt'),
    'Caf\uFFFD owner\n\nThe caf\uFFFD opened.\n',
  );
});
afterAll(() => removeFolder(folder));

describe('validateCorpus', () => {
  it('returns every problem, each naming its file, and the lines each article lost', async () => {
    const report = await validateCorpus(folder);
    expect(report.problems).toEqual([
      {
        file: 'photo.jpg',
        message: expect.stringMatching(/^not an article file \(articles are \.txt, .*\.html, .*\)/),
      },
      { file: 'empty.txt', message: 'is empty' },
      {
        file: 'garbled.txt',
        message: expect.stringMatching(/^holds 2 U\+FFFD replacement characters/),
      },
      { file: 'whitespace-only.txt', message: 'is empty' },
    ]);
    const bridge = report.articles.find((a) => a.file === 'bridge-vote.txt');
    expect(bridge?.dropped.map((d) => d.line)).toEqual([
      'Skip to main content',
      'Home | News | Local | Politics | Weather | Obituaries',
      'By Maria Lopez, Staff Writer',
      'Published March 5, 2021 | Updated March 6, 2021 9:14 a.m.',
      "Council members listen to public comment during Tuesday's meeting at City Hall. (Photo by Dan Whitaker/Riverton Gazette)",
      // The wire dateline opening the story ("RIVERTON — The council …").
      'RIVERTON',
      'Read more: Riverton voters back $60 million infrastructure bond',
      'Related: Elm Street bridge weight limit lowered to 10 tons',
      'Advertisement',
      'Copyright 2021 Riverton Gazette. All rights reserved.',
    ]);
    expect(report.articles.find((a) => a.file === 'cafe-latin1.txt')?.encoding).toBe(
      'windows-1252',
    );
  });

  it('says how many lines each file lost, and lists them when verbose', async () => {
    const report = await validateCorpus(folder);
    const brief = formatValidation(report, false);
    expect(brief).toContain(
      'wire-bond.txt: 2 lines left out of the text (furniture, byline, dateline)',
    );
    // A detected encoding is reported as a guess, with the way to make it certain.
    expect(brief).toContain(
      'cafe-latin1.txt: read as windows-1252 (detected, not stated: if its text looks wrong, save the file as UTF-8)',
    );
    expect(brief.at(-1)).toBe(`4 problems in "${folder}"`);
    expect(formatValidation(report, true)).toContain(
      '  - staff credits: "(Reporting by Ann Lee in Chicago; Editing by Tom Brown)"',
    );
    expect(formatValidation(report, true)).toContain(
      '  - wire dateline: "RIVERTON, Ohio (Reuters)"',
    );
  });
});

describe('npm run validate', () => {
  it('exits 1 with every problem on standard error', async () => {
    const { code, stderr, stdout } = await run(['--corpus', folder]);
    expect(code).toBe(1);
    expect(stderr).toContain('validate: problem: empty.txt: is empty');
    expect(stderr).toContain('validate: problem: photo.jpg: not an article file');
    expect(stdout).toContain('validate: water-main.txt: 9 lines left out of the text');
    expect(stdout).not.toContain('  - ');
  });

  it('lists each dropped line with --verbose, and exits 0 on a valid folder', async () => {
    const { code, stdout } = await run([
      '--corpus',
      path.join(CASE, '../furniture-lookalikes'),
      '--verbose',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/is valid: 1 article, 5 sentences/);
    const bundled = await run(['--verbose']);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toContain('  - navigation: "Accessibility links"');
  });

  it('accepts an articles.json with entries for some files only, naming the others only with --verbose', async () => {
    const partial = await temporaryFolder();
    try {
      await cp(path.join(CASE, '../furniture-lookalikes'), partial, { recursive: true });
      await writeFile(
        path.join(partial, 'articles', 'second.md'),
        '# Second article\n\nThe second article has no entry.\n',
      );
      const [first] = (await validateCorpus(partial)).articles;
      await writeFile(
        path.join(partial, 'articles.json'),
        JSON.stringify({ articles: [{ file: first?.file, outlet: 'Harbour Herald' }] }),
      );
      const brief = await run(['--corpus', partial]);
      expect(brief.code).toBe(0);
      expect(brief.stdout).toMatch(/is valid: 2 articles/);
      expect(brief.stdout + brief.stderr).not.toContain('second.md');
      const verbose = await run(['--corpus', partial, '--verbose']);
      expect(verbose.code).toBe(0);
      expect(verbose.stdout).toContain(
        'validate: info: articles.json: no entry for "second.md": its metadata is read from the file',
      );
      expect(verbose.stderr).toContain(`validate: corpus folder ${partial} (from --corpus)`);
    } finally {
      await removeFolder(partial);
    }
  });

  it('prints its usage with --help and exits 0; an unknown flag is exit 2', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: npm run validate -- [--corpus DIR] [--verbose]');
    expect((await run(['--bogus'])).code).toBe(2);
  });
});
