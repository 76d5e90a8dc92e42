/**
 * A second copy of an article under another file name: the same text and metadata after
 * extraction (not the same bytes: a .txt and an .html of one article differ in every byte).
 * `validate` warns, naming both files; loading (`index`) warns with the same line. The same
 * text stated as another outlet's is a second publication, not named. Invented articles only.
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

/** An `articles.json` entry: every copy of the ferry story states the same title and date. */
const entry = (file: string, outlet: string | null) => ({
  file,
  id: file.replace(/\.\w+$/, ''),
  title: 'Ferry fares rise',
  outlet,
  published: '2026-03-02',
});

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
  it('is a warning of validate naming both files, whatever the bytes', async () => {
    folder = await writePlainCorpus({
      'b-ferry.txt': FERRY,
      'a-ferry.html': FERRY_PAGE,
      'library.txt': LIBRARY,
      'articles.json': JSON.stringify({
        articles: [entry('a-ferry.html', 'Island Gazette'), entry('b-ferry.txt', 'Island Gazette')],
      }),
    });
    const report = await validateCorpus(folder);
    expect(report.problems).toEqual([]);
    expect(formatValidation(report, false).filter((l) => l.includes('same text'))).toEqual([
      expect.stringMatching(
        /^warning: b-ferry\.txt: has the same text and metadata as "a-ferry\.html"/,
      ),
    ]);
  });

  it('is a warning of a load, naming first the path that sorts first', async () => {
    folder = await writePlainCorpus({ 'z.txt': FERRY, 'm.txt': FERRY, 'library.txt': LIBRARY });
    const { warnings, logger } = warner();
    const corpus = await loadCorpus(folder, { logger: logger as never });
    expect(corpus.articles.map((a) => a.meta.file)).toEqual(['library.txt', 'm.txt', 'z.txt']);
    expect(warnings).toEqual([
      expect.stringMatching(/z\.txt.*the same text and metadata as "m\.txt"/),
    ]);
  });

  it('is no article whose text differs, nor one stated as another outlet’s', async () => {
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
    expect(report.articles.filter((a) => a.copyOf !== undefined).map((a) => a.file)).toEqual([
      'c.txt',
    ]);
  });
});
