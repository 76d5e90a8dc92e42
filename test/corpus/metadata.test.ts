import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/corpus/errors.js';
import { readCorpusFiles, type CorpusFiles } from '../../src/corpus/files.js';
import { inspectCorpus } from '../../src/corpus/load.js';
import { readMetadata } from '../../src/corpus/metadata.js';

const CASE = path.resolve('test/corpus/fixtures/cases/admin-messy-folder');
const variant = (name: string) =>
  readFileSync(path.join(CASE, 'articles-json-variants', `${name}.articles.json`), 'utf8');

/** The case's folder with only the four files its variants describe, and a variant as articles.json. */
let files: CorpusFiles;
beforeAll(async () => {
  const all = await readCorpusFiles(CASE);
  const described = ['bridge-vote.txt', 'water-main.txt', 'school-board.txt', 'wire-bond.txt'];
  files = { ...all, articles: all.articles.filter((a) => described.includes(a.file)) };
});
const inspectWith = (metadata: string) =>
  inspectCorpus({ ...files, metadata }).problems.map(describeProblem);

describe('articles.json problems', () => {
  it('reports all four errors of several-errors in one run, each entry named by its file', () => {
    expect(inspectWith(variant('several-errors'))).toEqual([
      'articles.json: entry for "bridge-vote.txt": title: must be a string, or null when the article does not state it; got a number',
      'articles.json: entry for "bridge-vote.txt": published: must be a string, or null when the article does not state it; got a number',
      'articles.json: entry for "water-main.txt": url: must be an absolute http(s) URL',
      'articles.json: entry for "school-board.txt": published: must be a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('words a field of the wrong type, and names an entry by its place when its file is no name', () => {
    const metadata = JSON.stringify({
      articles: [
        { file: 'bridge-vote.txt', outlet: ['Post'], author: true, id: 3 },
        { file: 7 },
        null,
        { title: 'No file' },
      ],
    });
    expect(readMetadata(metadata).problems.map(describeProblem)).toEqual([
      'articles.json: entry for "bridge-vote.txt": id: must be a string; got a number',
      'articles.json: entry for "bridge-vote.txt": outlet: must be a string, or null when the article does not state it; got a list',
      'articles.json: entry for "bridge-vote.txt": author: must be a string, or null when the article does not state it; got true',
      'articles.json: entry 2: file: must be the article\'s file name, e.g. "a.txt"; got a number',
      'articles.json: entry 3: each entry must be an object such as {"file": "a.txt", "title": "…"}; got null',
      'articles.json: entry 4 (no "file"): file: missing: each entry names its article file, e.g. "file": "a.txt"',
    ]);
  });

  it('accepts "title": null as documented: the title is unknown, shown as untitled', () => {
    const { corpus, problems } = inspectCorpus({ ...files, metadata: variant('null-title') });
    expect(problems).toEqual([]);
    const school = corpus.articles.find((a) => a.meta.file === 'school-board.txt');
    expect(school?.meta.title).toBe('');
    expect(school?.meta.author).toBe('Maria Lopez');
  });

  it('names an unknown field and suggests the field meant', () => {
    expect(inspectWith(variant('typo'))).toEqual([
      'articles.json: entry for "bridge-vote.txt": unknown field "publised" (did you mean "published"?)',
    ]);
  });

  it('reports a clash of stated ids and an entry naming no file', () => {
    expect(inspectWith(variant('dup-id'))).toEqual([
      'articles.json: articles "bridge-vote.txt" and "water-main.txt" share the id "a"',
    ]);
    expect(inspectWith(variant('missing-file'))).toEqual([
      'articles.json: "does-not-exist.txt" names no article file',
    ]);
  });

  it('lists a clash of stated ids alongside every other problem, even on entries that are invalid', () => {
    const metadata = JSON.stringify({
      articles: [
        { file: 'bridge-vote.txt', id: 'harb', published: '2021-02-30' },
        { file: 'water-main.txt', id: 'harb', url: 'not a url' },
        { file: 'gone.txt', title: 'Gone' },
      ],
    });
    expect(inspectWith(metadata)).toEqual([
      'articles.json: entry for "bridge-vote.txt": published: must be a real date as YYYY, YYYY-MM or YYYY-MM-DD',
      'articles.json: entry for "water-main.txt": url: must be an absolute http(s) URL',
      'articles.json: articles "bridge-vote.txt" and "water-main.txt" share the id "harb"',
      'articles.json: "gone.txt" names no article file',
    ]);
  });

  it('lists an invalid entry’s missing file with its other problems, not once they are fixed', () => {
    const metadata = JSON.stringify({ articles: [{ file: 'gone.txt', published: '2026-02-30' }] });
    expect(inspectWith(metadata)).toEqual([
      'articles.json: entry for "gone.txt": published: must be a real date as YYYY, YYYY-MM or YYYY-MM-DD',
      'articles.json: "gone.txt" names no article file',
    ]);
  });

  it('reports an id written for one file that is another file’s default id, which then changes', () => {
    const metadata = JSON.stringify({ articles: [{ file: 'bridge-vote.txt', id: 'water-main' }] });
    const { problems, fatal, corpus } = inspectCorpus({ ...files, metadata });
    expect(problems.map(describeProblem)).toEqual([
      expect.stringMatching(
        /^articles\.json: the id "water-main" given to "bridge-vote\.txt" is the default id of "water-main\.txt", which gets "water-main-[0-9a-f]{8}" instead/,
      ),
    ]);
    expect(fatal).toEqual([]);
    const water = corpus.articles.find((a) => a.meta.file === 'water-main.txt');
    expect(problems[0]?.message).toContain(`gets "${water?.meta.id}"`);
  });

  it('names an entry without a file by its position, and says what the file must be', () => {
    expect(readMetadata('{"articles":[{"title":"x"}]}').problems.map(describeProblem)).toEqual([
      'articles.json: entry 1 (no "file"): file: missing: each entry names its article file, e.g. "file": "a.txt"',
    ]);
    // A newcomer's plain list, and other shapes: the message shows the shape expected.
    const shape = 'articles.json: must be {"articles": [{"file": "a.txt", "title": "…"}, …]}';
    expect(readMetadata('[{"file":"a.txt"}]').problems.map(describeProblem)).toEqual([
      `${shape}; got a list`,
    ]);
    expect(readMetadata('{"articles":{"a.txt":{}}}').problems.map(describeProblem)).toEqual([
      `${shape}; got "articles" as an object`,
    ]);
    expect(readMetadata('{"items":[]}').problems.map(describeProblem)[0]).toBe(
      `${shape}; got an object with no "articles"`,
    );
    expect(readMetadata('{"articles":["a.txt"]}').problems.map(describeProblem)).toEqual([
      'articles.json: entry 1: each entry must be an object such as {"file": "a.txt", "title": "…"}; got a string',
    ]);
  });

  it('keeps an author stated in articles.json, and null as unknown', () => {
    const metadata = JSON.stringify({
      articles: [
        { file: 'bridge-vote.txt', author: 'M. Lopez' },
        { file: 'water-main.txt', author: null },
        { file: 'school-board.txt' },
        { file: 'wire-bond.txt' },
      ],
    });
    const { corpus } = inspectCorpus({ ...files, metadata });
    expect(corpus.articles.map((a) => [a.meta.file, a.meta.author])).toEqual([
      ['bridge-vote.txt', 'M. Lopez'],
      ['school-board.txt', 'Maria Lopez'],
      ['water-main.txt', null],
      // Not stated in articles.json: the wire credits at its foot name the reporter.
      ['wire-bond.txt', 'Ann Lee'],
    ]);
  });
});
