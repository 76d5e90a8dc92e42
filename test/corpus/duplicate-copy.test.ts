/**
 * A second copy of an article under another file name: the same text after extraction (not the
 * same bytes: a .txt and an .html of one article differ in every byte). `validate` names both
 * files as a problem; loading (`index`) warns with the same line and keeps the copy whose path
 * sorts first. The same text stated as another outlet's is a second publication, kept.
 * Invented articles only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { formatValidation, validateCorpus } from '../../src/corpus/validate.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

const FERRY =
  'The harbour board raised ferry fares by ten percent on Monday.\n\n' +
  'Islanders said the rise was unfair and asked the board to think again.\n';
const FERRY_PAGE =
  '<html><head><title>Ferry fares rise</title></head><body><article>' +
  '<p>The harbour board raised ferry fares by ten percent on Monday.</p>' +
  '<p>Islanders said the rise   was unfair and asked the board to think again.</p>' +
  '</article></body></html>';
const LIBRARY = 'Library hours\n\nThe city library extended its opening hours in March.\n';

let folder: string | undefined;
afterEach(async () => {
  if (folder !== undefined) await removeFolder(folder);
  folder = undefined;
});

const warner = () => {
  const warnings: string[] = [];
  const logger = {
    debug: () => {},
    info: () => {},
    warn: (line: string) => warnings.push(line),
    error: () => {},
  };
  return { warnings, logger };
};

describe('a second copy of an article', () => {
  it('is a problem of validate naming both files, whatever the bytes', async () => {
    folder = await writePlainCorpus({
      'b-ferry.txt': FERRY,
      'a-ferry.html': FERRY_PAGE,
      'library.txt': LIBRARY,
    });
    const report = await validateCorpus(folder);
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: 'b-ferry.txt',
        message: expect.stringContaining('has the same text as "a-ferry.html"'),
      }),
    ]);
    expect(formatValidation(report, false)[0]).toMatch(
      /^problem: b-ferry\.txt.*a-ferry\.html.*the index keeps "a-ferry\.html"/,
    );
    expect(report.counts.articles).toBe(2);
  });

  it('is left out of the index with a warning; the path that sorts first is kept', async () => {
    folder = await writePlainCorpus({ 'z.txt': FERRY, 'm.txt': FERRY, 'library.txt': LIBRARY });
    const { warnings, logger } = warner();
    const corpus = await loadCorpus(folder, { logger: logger as never });
    expect(corpus.articles.map((a) => a.meta.file)).toEqual(['library.txt', 'm.txt']);
    expect(warnings).toEqual([expect.stringMatching(/z\.txt.*the same text as "m\.txt"/)]);
  });

  it('is not an article whose text differs, nor one stated as another outlet’s', async () => {
    const entry = (file: string, outlet: string | null) => ({
      file,
      id: file.replace(/\.txt$/, ''),
      title: file,
      outlet,
      published: '2026-03-02',
    });
    folder = await writePlainCorpus({
      'a.txt': FERRY,
      'b.txt': FERRY.replace('ten percent', 'twelve percent'),
      'c.txt': FERRY,
      'd.txt': FERRY,
      'articles.json': JSON.stringify({
        articles: [
          entry('a.txt', 'Island Gazette'),
          entry('b.txt', 'Island Gazette'),
          entry('c.txt', 'Island Gazette'),
          entry('d.txt', 'Harbour Times'),
        ],
      }),
    });
    const report = await validateCorpus(folder);
    expect(report.problems.map((p) => p.file)).toEqual(['c.txt']);
    expect(report.counts.articles).toBe(3);
  });
});
