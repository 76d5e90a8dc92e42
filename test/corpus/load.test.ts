import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError, describeProblem } from '../../src/corpus/errors.js';
import { readCorpusFiles } from '../../src/corpus/files.js';
import { inspectCorpus, loadCorpus } from '../../src/corpus/load.js';
import {
  copyOfBundledCorpus,
  removeFolder,
  temporaryFolder,
  writePlainCorpus,
} from '../support/corpus-fixture.js';

const folders: string[] = [];
const track = (folder: string) => (folders.push(folder), folder);
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

describe('loadCorpus', () => {
  it('loads a folder of plain .txt files with no metadata: title from the first line, the rest unknown', async () => {
    const dir = track(
      await writePlainCorpus({
        'harbour.txt': 'Council Approves Ferry\n\nThe council approved a ferry line on Tuesday.\n',
      }),
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.articles[0]?.meta).toEqual({
      id: 'harbour',
      file: 'harbour.txt',
      title: 'Council Approves Ferry',
      outlet: null,
      published: null,
      url: null,
      author: null,
    });
  });

  it('keeps the bundled metadata exactly as the articles state it', async () => {
    const corpus = await loadCorpus('corpus');
    const dw = corpus.articles.find((a) => a.meta.id === '004_8ad4ca1554fad83e');
    expect(dw?.meta).toMatchObject({ outlet: 'DW', published: '2020-08-27', url: null });
    expect(corpus.articles.filter((a) => a.meta.outlet === null)).toHaveLength(4);
  });

  it('names the folder when it cannot be read', async () => {
    await expect(loadCorpus('/nonexistent/corpus')).rejects.toThrow(
      'corpus: cannot read folder "/nonexistent/corpus": ENOENT',
    );
  });

  it('names the entry and field of malformed metadata', async () => {
    const dir = track(await copyOfBundledCorpus());
    const file = path.join(dir, 'articles.json');
    await writeFile(
      file,
      JSON.stringify({ articles: [{ file: '000_b177615667f28bfb.txt', published: '2020-02-30' }] }),
    );
    await expect(loadCorpus(dir)).rejects.toThrow(
      'corpus: articles.json: entry for "000_b177615667f28bfb.txt": published: must be a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    );
    await expect(loadCorpus(dir)).rejects.toBeInstanceOf(CorpusError);
  });

  it('says when the metadata file is not JSON', async () => {
    const dir = track(await copyOfBundledCorpus());
    await writeFile(path.join(dir, 'articles.json'), '{ "articles": [');
    await expect(loadCorpus(dir)).rejects.toThrow(/^corpus: articles\.json: is not valid JSON/);
  });

  it('refuses two articles with one id', async () => {
    const dir = track(await copyOfBundledCorpus());
    await writeFile(
      path.join(dir, 'articles.json'),
      JSON.stringify({
        articles: [
          { file: '000_b177615667f28bfb.txt', id: 'same' },
          { file: '001_46dd7f085f92e6bf.txt', id: 'same' },
        ],
      }),
    );
    await expect(loadCorpus(dir)).rejects.toThrow('share the id "same"');
  });

  it('refuses a folder with no article text', async () => {
    const dir = track(await temporaryFolder());
    await expect(loadCorpus(dir)).rejects.toThrow(/has no article with text/);
  });
});

describe('inspectCorpus (the validate command)', () => {
  it('finds the bundled corpus valid', async () => {
    expect(inspectCorpus(await readCorpusFiles('corpus')).problems).toEqual([]);
  });

  it('lists every problem, each naming its file', async () => {
    const dir = track(await copyOfBundledCorpus());
    await writeFile(
      path.join(dir, 'articles', 'extra.txt'),
      'Skip to content\n\nhttps://example.org/only-a-link\n',
    );
    await writeFile(
      path.join(dir, 'articles.json'),
      JSON.stringify({ articles: [{ file: '000_b177615667f28bfb.txt' }, { file: 'gone.txt' }] }),
    );
    const { problems } = inspectCorpus(await readCorpusFiles(dir));
    expect(problems.map(describeProblem)).toEqual(
      expect.arrayContaining([
        'articles.json: "gone.txt" names no article file',
        'articles.json: article "001_46dd7f085f92e6bf.txt" has no metadata entry',
        'extra.txt: has no body text after cleaning',
      ]),
    );
  });
});
