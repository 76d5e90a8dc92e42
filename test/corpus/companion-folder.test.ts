import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companionFolders, readCorpusFiles } from '../../src/corpus/files.js';
import { formatValidation, validateCorpus } from '../../src/corpus/validate.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';

const PAGE =
  '<html><head><title>Ferry fares to rise</title><link rel="stylesheet" href="ferry_files/site.css"></head>' +
  '<body><article><h1>Ferry fares to rise</h1><p>Ferry fares will rise by 6% in April, the operator said.</p>' +
  '<p>The council called the rise unfair.</p></article></body></html>';

let folder: string;
beforeAll(async () => {
  folder = await temporaryFolder();
  await mkdir(path.join(folder, 'ferry_files', 'img'), { recursive: true });
  await writeFile(path.join(folder, 'ferry.html'), PAGE);
  await writeFile(path.join(folder, 'ferry_files', 'site.css'), 'body { margin: 0 }');
  await writeFile(path.join(folder, 'ferry_files', 'img', 'notes.txt'), 'not an article');
  // A `_files` folder with no page beside it is an ordinary folder: its files are read.
  await mkdir(path.join(folder, 'press_files'));
  await writeFile(path.join(folder, 'press_files', 'bridge.txt'), 'The bridge reopened on Monday.');
});
afterAll(() => removeFolder(folder));

describe("a saved page's companion folder", () => {
  it('is found only beside its page', () => {
    expect([
      ...companionFolders(['a.html', 'a_files/x.css', 'b_files/y.txt', 'c.HTM', 'c_files/d/z.js']),
    ]).toEqual(['a_files', 'c_files']);
  });

  it('is ignored, named once by validate --verbose, and never a problem', async () => {
    const files = await readCorpusFiles(folder);
    expect(files.articles.map((a) => a.file)).toEqual(['ferry.html', 'press_files/bridge.txt']);
    expect(files.unread).toEqual([]);
    const report = await validateCorpus(folder);
    expect(report.problems).toEqual([]);
    const lines = formatValidation(report, true).filter((line) => line.includes('ferry_files'));
    expect(lines).toEqual([
      "info: ferry_files/: a saved page's companion folder (its images, styles, scripts): ignored",
    ]);
  });
});
