import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError, describeProblem } from '../../src/corpus/errors.js';
import { readCorpusFiles } from '../../src/corpus/files.js';
import { inspectCorpus, loadCorpus } from '../../src/corpus/load.js';
import { silentLogger } from '../../src/log.js';
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

  it('says where in the metadata file the JSON goes wrong, by line and column', async () => {
    const dir = track(await copyOfBundledCorpus());
    await writeFile(
      path.join(dir, 'articles.json'),
      '{\n  "articles": [\n    {"file": "a.txt"}\n    {"file": "b.txt"}\n  ]\n}\n',
    );
    await expect(loadCorpus(dir)).rejects.toThrow(
      "corpus: articles.json: is not valid JSON: Expected ',' or ']' after array element at line 4, column 5",
    );
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

  it('reads articles.json and aliases.json saved with a UTF-8 byte-order mark', async () => {
    const dir = track(
      await writePlainCorpus({
        'ferry.txt': 'Ferry Line Approved\n\nThe council approved a ferry to Kiev on Tuesday.\n',
      }),
    );
    const bom = '\uFEFF';
    await writeFile(
      path.join(dir, 'articles.json'),
      `${bom}${JSON.stringify({ articles: [{ file: 'ferry.txt', outlet: 'Harbour Weekly' }] })}`,
    );
    await writeFile(
      path.join(dir, 'aliases.json'),
      `${bom}${JSON.stringify({ groups: [['Kyiv', 'Kiev']] })}`,
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.articles[0]?.meta.outlet).toBe('Harbour Weekly');
    expect(corpus.aliases).toEqual([['Kyiv', 'Kiev']]);
  });

  it('refuses an articles.json that is not valid UTF-8, naming it, rather than showing U+FFFD in its names', async () => {
    const dir = track(
      await writePlainCorpus({
        'cafe.txt': 'Cafe Opens\n\nThe cafe opened on Tuesday.\n',
      }),
    );
    // "Café Weekly" saved as Latin-1: é is the lone byte 0xE9, no UTF-8 sequence.
    const json = '{ "articles": [{ "file": "cafe.txt", "outlet": "Café Weekly" }] }';
    await writeFile(path.join(dir, 'articles.json'), Buffer.from(json, 'latin1'));
    const read = readCorpusFiles(dir);
    await expect(read).rejects.toBeInstanceOf(CorpusError);
    await expect(readCorpusFiles(dir)).rejects.toThrow(/articles\.json" is not valid UTF-8/);
    await writeFile(path.join(dir, 'articles.json'), Buffer.from(json, 'utf8'));
    expect((await loadCorpus(dir)).articles[0]?.meta.outlet).toBe('Café Weekly');
  });

  it('refuses a folder with no article text', async () => {
    const dir = track(await temporaryFolder());
    await expect(loadCorpus(dir)).rejects.toThrow(/has no article with text/);
  });

  it('refuses a folder with no article file in one line that says why, with no warning first', async () => {
    const dir = track(await temporaryFolder());
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (message: string) => warnings.push(message) };
    await expect(loadCorpus(dir, { logger })).rejects.toThrow(
      `corpus: "${dir}" has no article with text: it holds no articles (.txt, .text, .md`,
    );
    expect(warnings).toEqual([]);
  });

  it('says why each file was left out before refusing a folder they leave empty', async () => {
    const dir = track(await writePlainCorpus({ 'blank.txt': '   \n\n' }));
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (message: string) => warnings.push(message) };
    await expect(loadCorpus(dir, { logger })).rejects.toThrow(/has no article with text/);
    // Once: the same file's problem said twice in other words reads as two problems.
    expect(warnings).toEqual(['corpus: blank.txt: is empty']);
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
    const { problems, notes } = inspectCorpus(await readCorpusFiles(dir));
    expect(problems.map(describeProblem)).toEqual([
      'articles.json: "gone.txt" names no article file',
      'extra.txt: has no body text after cleaning',
    ]);
    // An article without an entry is not a problem: its metadata is read from the file.
    expect(notes.map(describeProblem)).toContain(
      'articles.json: no entry for "001_46dd7f085f92e6bf.txt": its metadata is read from the file',
    );
  });

  it('reads the metadata of an article articles.json does not list from the article itself', async () => {
    const dir = track(
      await writePlainCorpus({
        'listed.txt': 'Ferry approved\n\nThe council approved the ferry.',
        'unlisted.txt':
          'Kestrel Courier · Ana Ruiz · March 5, 2021\n\nHarbour fees to double\n\nFees will double.',
      }),
    );
    await writeFile(
      path.join(dir, 'articles.json'),
      JSON.stringify({ articles: [{ file: 'listed.txt', outlet: 'Harbour Herald' }] }),
    );
    const { problems, notes, corpus } = inspectCorpus(await readCorpusFiles(dir));
    expect(problems).toEqual([]);
    expect(notes).toHaveLength(1);
    expect(corpus.articles.map((a) => a.meta)).toEqual([
      expect.objectContaining({
        file: 'listed.txt',
        title: 'Ferry approved',
        outlet: 'Harbour Herald',
      }),
      expect.objectContaining({
        file: 'unlisted.txt',
        title: 'Harbour fees to double',
        outlet: 'Kestrel Courier',
        author: 'Ana Ruiz',
        published: '2021-03-05',
      }),
    ]);
  });
});
