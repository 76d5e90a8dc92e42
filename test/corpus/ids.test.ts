import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../src/corpus/files.js';
import { generateIds, idFromFile } from '../../src/corpus/ids.js';
import { inspectCorpus, loadCorpus } from '../../src/corpus/load.js';

describe('generated ids', () => {
  it('reads any case of extension and keeps sub/a.txt and sub_a.txt apart (the id-clash case)', async () => {
    const corpus = await loadCorpus(path.resolve('test/corpus/fixtures/cases/id-clash'));
    const ids = corpus.articles.map((a) => a.meta.id);
    expect(corpus.articles.map((a) => a.meta.file)).toEqual(['RINK.TXT', 'sub/a.txt', 'sub_a.txt']);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe('RINK');
    expect(ids[1]).toMatch(/^sub_a-[0-9a-f]{8}$/);
  });

  it('are stable and readable when nothing clashes', () => {
    expect(idFromFile('sub/2019/ribbon-cutting.txt')).toBe('sub_2019_ribbon-cutting');
    const ids = generateIds(['a.txt', 'a.md', 'b.txt'], new Set(['b']));
    expect(ids.get('a.txt')).not.toBe(ids.get('a.md'));
    expect(ids.get('b.txt')).toMatch(/^b-[0-9a-f]{8}$/);
    expect(generateIds(['a.txt'], new Set()).get('a.txt')).toBe('a');
  });

  it('keeps the clash message for two ids written in articles.json', async () => {
    const dir = path.resolve('test/corpus/fixtures/cases/admin-messy-folder');
    const files = await readCorpusFiles(dir);
    files.metadata = JSON.stringify({
      articles: files.articles.map(({ file }, i) => ({ file, id: i < 2 ? 'same' : undefined })),
    });
    const { problems, fatal } = inspectCorpus(files);
    expect(fatal).toContainEqual({
      file: 'articles.json',
      message: 'articles "bridge-vote.txt" and "budget-notes.md" share the id "same"',
    });
    expect(problems).toEqual(expect.arrayContaining(fatal));
  });
});
