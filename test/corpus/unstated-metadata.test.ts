/**
 * `validate`'s notes on the metadata a corpus's articles do not state (unstated-metadata.ts):
 * one line per kind of gap, naming the files, never a problem; a field `articles.json` sets to
 * null is the administrator's own "unknown" and no gap. Invented articles.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValidation, validateCorpus } from '../../src/corpus/validate.js';
import { formatMetadataGaps } from '../../src/corpus/unstated-metadata.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';

const FULL = `Pier reopens after repairs

By Ada Pryce
Selby Echo | 4 June 2026

The pier reopened on Tuesday after a year of repairs.
`;

/** No byline, no date. */
const BARE = `Ferry timetable changes

The ferry will run every hour from Monday, the operator said.
`;

/** A dateline's day and month, no year. */
const YEARLESS = `Harbour wall cracks

By Ben Ashe
SELBY, 5 November —

A crack opened in the harbour wall yesterday, engineers said.
`;

let folder: string;
beforeAll(async () => {
  folder = await temporaryFolder();
  const articles = path.join(folder, 'articles');
  await mkdir(articles, { recursive: true });
  await writeFile(path.join(articles, 'full.txt'), FULL);
  await writeFile(path.join(articles, 'bare.txt'), BARE);
  await writeFile(path.join(articles, 'yearless.txt'), YEARLESS);
});
afterAll(() => removeFolder(folder));

describe('the metadata a corpus does not state', () => {
  it('names the files lacking each kind, as notes, not problems', async () => {
    const report = await validateCorpus(folder);
    expect(report.problems).toEqual([]);
    expect(report.gaps.author).toEqual(['bare.txt']);
    expect(report.gaps.date).toEqual(['bare.txt']);
    expect(report.gaps.year).toEqual(['yearless.txt']);
    expect(report.gaps.title).toBeUndefined();
    const lines = formatValidation(report, true);
    expect(lines).toContainEqual(
      expect.stringMatching(/^note: no author stated in 1 article: bare\.txt$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^note: a publication date without its year .* in 1 article: yearless\.txt$/,
      ),
    );
    expect(lines.at(-1)).toMatch(/is valid: 3 articles/);
  });

  it('tells an outlet named where one stands but confirmed nowhere as unknown, not unstated', async () => {
    const masthead = `NORTHERN LEDGER\n\n${FULL.replace('Selby Echo | ', '')}`;
    await writeFile(path.join(folder, 'articles', 'masthead.txt'), masthead);
    try {
      const report = await validateCorpus(folder);
      expect(report.gaps.outletUnconfirmed).toContain('masthead.txt');
      expect(report.gaps.outlet ?? []).not.toContain('masthead.txt');
      expect(formatValidation(report, true)).toContainEqual(
        expect.stringMatching(
          /^note: a name set where an outlet's stands that nothing on the page confirms .* in \d+ articles?: .*masthead\.txt/,
        ),
      );
    } finally {
      await rm(path.join(folder, 'articles', 'masthead.txt'));
    }
  });

  it('takes a field articles.json sets to null as known to be unknown', async () => {
    await writeFile(
      path.join(folder, 'articles.json'),
      JSON.stringify({ articles: [{ file: 'bare.txt', author: null, published: null }] }),
    );
    try {
      const report = await validateCorpus(folder);
      expect(report.gaps.author).toBeUndefined();
      expect(report.gaps.date).toBeUndefined();
    } finally {
      await writeFile(path.join(folder, 'articles.json'), '{"articles": []}');
    }
  });

  it('counts the files of a kind, and lists them when verbose', () => {
    const files = ['a.txt', 'b.txt', 'c.txt'];
    expect(formatMetadataGaps({ outlet: files }, false)).toEqual([
      'note: no outlet stated (shown as not given) in 3 articles (--verbose lists them)',
    ]);
    expect(formatMetadataGaps({ outlet: files }, true)).toEqual([
      'note: no outlet stated (shown as not given) in 3 articles: a.txt, b.txt, c.txt',
    ]);
  });
});
