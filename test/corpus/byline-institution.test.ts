/**
 * A byline crediting an institution or a role, not a person ("By the Northmoor Ledger editorial
 * board", "By our reporter", "By staff") is still a byline: its author is recorded as stated and
 * the line is a page line, never reporting, in every format. Tiny invented articles.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { authorNaming, outletOfInstitution } from '../../src/corpus/credit-fields.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { docx, paragraph } from '../support/docx-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

describe('parseByline on institutional bylines', () => {
  it('reads the institution or role as stated, with the fields after it', () => {
    expect(parseByline('By the Kellan Post editorial board')).toEqual({
      author: 'the Kellan Post editorial board',
      outlet: null,
      date: null,
    });
    expect(parseByline('By our reporter')?.author).toBe('our reporter');
    expect(parseByline('By Staff')?.author).toBe('Staff');
    expect(parseByline('By a staff reporter')?.author).toBe('a staff reporter');
    expect(parseByline('By the editors')?.author).toBe('the editors');
    expect(parseByline('By staff · 5 March 2021')).toEqual({
      author: 'staff',
      outlet: null,
      date: '2021-03-05',
    });
    expect(parseByline('By Gazette staff, Kestrel Courier')).toEqual({
      author: 'Gazette staff',
      outlet: 'Kestrel Courier',
      date: null,
    });
  });

  it('still refuses sentences and phrases that open with "By"', () => {
    for (const line of [
      'By the time the board met',
      'By the way the board',
      'By the numbers',
      'By then, the team had left',
      'By car and by train',
      'By the board’s own count, forty jobs will go.',
    ])
      expect(parseByline(line), line).toBeNull();
  });

  it('leaves personal bylines as they were', () => {
    expect(parseByline('By Hana Lind, Transport Reporter')?.author).toBe('Hana Lind');
  });
});

const BODY = [
  'The harbour wall at Kellan should have been mended years ago.',
  'A 2019 survey warned that the sea was getting into the stone, and the council chose to wait.',
];

describe('an institutional byline in each format', () => {
  it('is the author, and a page line rather than text, in .txt, .md, .html and .docx', async () => {
    const dir = await corpusOf({
      'board.txt': [
        'Editorial: the wall we ignored',
        'By the Kellan Post editorial board',
        ...BODY,
      ].join('\n\n'),
      'reporter.md': ['# The wall we ignored', '', 'By our reporter', '', BODY.join('\n\n')].join(
        '\n',
      ),
      'staff.html': `<html><body><article><h1>The wall we ignored</h1><p>By Post staff</p>${BODY.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`,
      'editors.docx': docx([
        paragraph('The wall we ignored', 'Title'),
        paragraph('By the editors'),
        ...BODY.map((text) => paragraph(text)),
      ]),
    });
    const corpus = await loadCorpus(dir);
    const authors = Object.fromEntries(
      corpus.articles.map((article) => [article.meta.id, article.meta.author]),
    );
    expect(authors).toEqual({
      board: 'the Kellan Post editorial board',
      reporter: 'our reporter',
      staff: 'Post staff',
      editors: 'the editors',
    });
    for (const article of corpus.articles) {
      expect(article.text, article.meta.id).not.toMatch(/^By /m);
      expect(
        article.page?.some((line) => line.kind === 'byline'),
        article.meta.id,
      ).toBe(true);
    }
  });
});

describe('the outlet an institutional byline names', () => {
  it('is the outlet whose body or staff the author is, never a role or a news noun alone', () => {
    expect(outletOfInstitution('the Kellan Post editorial board')).toBe('Kellan Post');
    expect(outletOfInstitution('Kellan Courier staff')).toBe('Kellan Courier');
    for (const author of [
      'our reporter',
      'Staff',
      'the editors',
      'Gazette staff',
      'Times Staff Writer',
      'the Associated Press',
      'Hana Lind',
      null,
    ])
      expect(outletOfInstitution(author), String(author)).toBeNull();
  });

  it('is the article’s outlet only when nothing else states one', async () => {
    const text = (byline: string, ...after: string[]) =>
      ['Editorial: the wall we ignored', byline, ...BODY, ...after].join('\n\n');
    const dir = await corpusOf({
      'board.txt': text('By the Kellan Post editorial board'),
      'stated.txt': text('By the Kellan Post editorial board', '(c) Harbour Weekly 2025'),
      'unknown.txt': text('By the Kellan Post editorial board'),
      'reporter.txt': text('By our reporter'),
      'staff.txt': text('By Gazette staff'),
    });
    await writeFile(
      path.join(dir, 'articles.json'),
      JSON.stringify({ articles: [{ file: 'unknown.txt', outlet: null }] }),
    );
    const corpus = await loadCorpus(dir);
    const outlets = Object.fromEntries(
      corpus.articles.map((article) => [article.meta.id, article.meta.outlet]),
    );
    expect(outlets).toEqual({
      board: 'Kellan Post',
      stated: 'Harbour Weekly',
      unknown: null,
      reporter: null,
      staff: null,
    });
  });
});

describe('authorNaming', () => {
  it('keeps the name an institutional author opens with, never its role nouns', () => {
    expect(authorNaming('the Kellan Post editorial board')).toBe('Kellan Post');
    expect(authorNaming('Times Staff Writer')).toBe('Times');
    expect(authorNaming('Gazette staff')).toBe('Gazette');
    expect(authorNaming('our reporter')).toBe('');
    expect(authorNaming('Staff')).toBe('');
    expect(authorNaming('the Associated Press')).toBe('Associated Press');
  });

  it('leaves a person’s name whole', () => {
    expect(authorNaming('Hana Lind')).toBe('Hana Lind');
    expect(authorNaming('Ana Ruiz, Ben Ode')).toBe('Ana Ruiz, Ben Ode');
    expect(authorNaming(null)).toBe('');
  });
});
