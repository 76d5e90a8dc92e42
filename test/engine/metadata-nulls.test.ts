/**
 * `"published": null` in articles.json: the corpus then uses no date, even one the article
 * states itself, and every reply says so truly: "date not given in articles.json", not "date
 * not stated" (framework/render/source.ts). The corpus layer records which fields the entry sets
 * to null where it reads articles.json (corpus/load.ts), and the index saves them with the
 * article, so an engine opened from the index reads them there.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../src/corpus/files.js';
import { inspectCorpus } from '../../src/corpus/load.js';
import { openEngine } from '../../src/engine/index.js';
import { readIndexFile } from '../../src/engine/index-file.js';
import type { Engine } from '../../src/engine/types.js';
import { outletAndDate } from '../../src/framework/render/source.js';
import { removeFolder, temporaryFolder, writePlainCorpus } from '../support/corpus-fixture.js';

describe('an engine over a corpus whose articles.json withholds a date the article states', () => {
  let engine: Engine;
  let folders: string[];
  let corpusDir: string;
  let indexPath: string;
  beforeAll(async () => {
    corpusDir = await writePlainCorpus({
      'pier.txt': [
        'Pier repairs finished early',
        'Bay Post · Ana Ruiz · April 9, 2024',
        'Repairs to the old pier were finished on 8 April 2024, two weeks early.',
      ].join('\n\n'),
      'toll.txt': [
        'Bridge toll frozen',
        'Bay Post · Tom Reed · May 2, 2024',
        'The bridge toll will stay at two pounds until 2025.',
      ].join('\n\n'),
    });
    await writeFile(
      path.join(corpusDir, 'articles.json'),
      JSON.stringify({
        articles: [
          { file: 'pier.txt', published: null, author: null },
          { file: 'toll.txt', title: 'Toll frozen', outlet: 'Bay Post' },
        ],
      }),
    );
    const indexDir = await temporaryFolder();
    folders = [corpusDir, indexDir];
    indexPath = path.join(indexDir, 'index.json');
    engine = await openEngine({ corpusDir, indexPath });
  }, 60_000);
  afterAll(async () => {
    for (const folder of folders) await removeFolder(folder);
  });

  const source = (file: string) => engine.sources().find((s) => s.file === file)!;

  it('records the fields set to null where articles.json is read, and saves them in the index', async () => {
    const nulls = (
      articles: ReadonlyArray<{ meta: { file: string; nullInArticlesJson?: string[] } }>,
    ) => articles.map(({ meta }) => [meta.file, meta.nullInArticlesJson]);
    const { corpus } = inspectCorpus(await readCorpusFiles(corpusDir));
    const expected = [
      ['pier.txt', ['published', 'author']],
      ['toll.txt', undefined],
    ];
    expect(nulls(corpus.articles)).toEqual(expected);
    expect(nulls((await readIndexFile(indexPath))?.articles ?? [])).toEqual(expected);
  });

  it('marks the withheld field on the source, and only there', () => {
    expect(source('pier.txt').published).toBeNull();
    expect(source('pier.txt').nullInArticlesJson).toEqual(['published', 'author']);
    expect(outletAndDate(source('pier.txt'))).toBe('Bay Post · date not given in articles.json');
    expect(source('toll.txt').nullInArticlesJson).toBeUndefined();
    expect(outletAndDate(source('toll.txt'))).toBe('Bay Post · 2 May 2024');
  });

  it("marks it on the answers' and the timeline's sources too", () => {
    const answer = engine.ask('when were the pier repairs finished?');
    const quoted = [...answer.passages, ...answer.closest].find(
      (p) => p.source.id === source('pier.txt').id,
    );
    expect(quoted?.source.nullInArticlesJson).toEqual(['published', 'author']);
    const events = engine.timeline({ limit: 50 }).events;
    const sources = events.flatMap((e) => e.quotes.map((q) => q.source));
    expect(sources.map((s) => s.id)).toContain(source('pier.txt').id);
    for (const s of sources)
      expect(s.nullInArticlesJson).toEqual(
        s.id === source('pier.txt').id ? ['published', 'author'] : undefined,
      );
  });
});
