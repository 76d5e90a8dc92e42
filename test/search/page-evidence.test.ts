/**
 * Which article a page question is about, and which page lines answer it: the title over a word
 * of the outlet's name, the `source:` chosen, and a photo's credit next to its caption. A tiny
 * invented corpus read from files, so cleaning and the index are on the path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditOfCaption } from '../../src/search/page-passages.js';
import type { Answer, Engine } from '../../src/engine/types.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  // The outlet's name holds "harbour"; the story is about kites.
  'kites.md': [
    '---',
    'title: Kite festival returns to the dunes',
    'outlet: Harbour Chronicle',
    'date: 2021-09-03',
    '---',
    '',
    '# Kite festival returns to the dunes',
    '',
    'Written by Priya Nair',
    '',
    'The kite festival will return to the dunes on September 18 after a two-year pause, organisers said.',
    '',
    'Pictured: Children fly kites over the dunes at the 2019 festival. Photograph: Lee Marr/Harbour Chronicle',
    '',
    'The route along the beach will be shorter this year, the organisers said.',
  ].join('\n'),
  // The story is about the harbour; its outlet's name is not.
  'dredging.txt': [
    'Council approves harbour dredging plan',
    'By Ana Ruiz',
    'March 12, 2021',
    'The town council voted on Thursday to approve a plan to dredge the inner harbour.',
    'A fisherman mends nets on the quay on Tuesday. (Photo by Dan Whitaker/Kestrel Courier)',
    'Work will begin in April and cost two million pounds, the council said.',
  ].join('\n\n'),
  // A caption block whose labelled second line is the photo's credit.
  'march.txt': [
    'Thousands march for cleaner rivers',
    'Thousands of people marched through Elm Square on Sunday to demand cleaner rivers.',
    'Marchers with banners fill Elm Square\nImage: Wirepix/AP/K. Olsen',
    'The organisers said they would march again next month.',
  ].join('\n\n'),
  // A caption with no credit next to it; another article's credit must not be borrowed.
  'ferry.md': [
    '# Ferry service resumes across the bay',
    '',
    'The ferry across the bay resumed on Monday after storms damaged the landing stage.',
    '',
    '![A ferry leaves the landing stage at dawn](ferry.jpg)',
    '',
    'About two hundred passengers crossed on the first day.',
  ].join('\n'),
};

let engine: Engine;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine(FILES));
});
afterAll(() => cleanup());

const pageQuotes = (answer: Answer) =>
  answer.passages.filter((passage) => passage.page).map((passage) => passage.quote);
const idOf = (file: string) => engine.sources().find((source) => source.file === file)?.id;

describe('the article a page question describes', () => {
  it('prefers the article titled with the word over one whose outlet name holds it', () => {
    const author = engine.ask('who wrote the harbour story?');
    expect(pageQuotes(author)).toEqual(['By Ana Ruiz']);
    const photo = engine.ask('who is in the picture at the top of the harbour story?');
    expect(pageQuotes(photo)).toEqual([
      'A fisherman mends nets on the quay on Tuesday. (Photo by Dan Whitaker/Kestrel Courier)',
    ]);
  });

  it('still answers from a word of the outlet name when no article is described better', () => {
    expect(pageQuotes(engine.ask('who wrote the Chronicle story?'))).toEqual([
      'Written by Priya Nair',
    ]);
  });
});

describe('a page question about the source chosen', () => {
  it('answers "who wrote it" and "when was it published" from that article’s page lines', () => {
    const kites = idOf('kites.md');
    const dredging = idOf('dredging.txt');
    expect(kites && dredging).toBeTruthy();
    expect(pageQuotes(engine.ask('who wrote it?', { source: kites }))).toEqual([
      'Written by Priya Nair',
    ]);
    const date = engine.ask('when was it published?', { source: dredging });
    expect(pageQuotes(date)[0]).toBe('March 12, 2021');
  });

  it('says the chosen article names no author when it has no byline', () => {
    const answer = engine.ask('who wrote it?', { source: idOf('march.txt') });
    expect(answer.answered).toBe(false);
    expect(answer.notStated?.[0]?.source.title).toBe('Thousands march for cleaner rivers');
  });

  it('keeps a story question about the chosen article a body question', () => {
    const answer = engine.ask('who wrote the letter?', { source: idOf('dredging.txt') });
    expect(pageQuotes(answer)).toEqual([]);
  });
});

describe('the credit of the photo a caption describes', () => {
  it('gives the credit line next to the caption first, the caption after it', () => {
    const answer = engine.ask('who took the photo of the marchers in Elm Square?');
    expect(answer.passages.slice(0, 2).map((p) => [p.page?.kind, p.quote])).toEqual([
      ['credit', 'Image: Wirepix/AP/K. Olsen'],
      ['caption', 'Marchers with banners fill Elm Square'],
    ]);
  });

  it('shows the caption alone when asked what the photo shows', () => {
    const answer = engine.ask('who is in the photo of the marchers in Elm Square?');
    expect(pageQuotes(answer)[0]).toBe('Marchers with banners fill Elm Square');
    expect(pageQuotes(answer)).not.toContain('Image: Wirepix/AP/K. Olsen');
  });

  it('says no credit is stated for a photo whose caption credits no one, borrowing none', () => {
    const answer = engine.ask('who took the photo of the ferry at dawn?');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.notStated?.map((n) => [n.source.id, n.asks, n.metadata, n.caption])).toEqual([
      [idOf('ferry.md'), 'credit', null, 'A ferry leaves the landing stage at dawn'],
    ]);
    // Asked what it shows, the caption answers.
    expect(pageQuotes(engine.ask('what does the photo of the ferry at dawn show?'))).toEqual([
      'A ferry leaves the landing stage at dawn',
    ]);
  });

  it('answers with a caption that names its own credit', () => {
    const answer = engine.ask('who took the photo of the fisherman on the quay?');
    expect(pageQuotes(answer)[0]).toBe(
      'A fisherman mends nets on the quay on Tuesday. (Photo by Dan Whitaker/Kestrel Courier)',
    );
  });
});

describe('creditOfCaption', () => {
  const caption = (text: string) => ({ kind: 'caption' as const, text });
  const credit = (text: string) => ({ kind: 'credit' as const, text });

  it('takes the credit after the caption, or before it when no other caption owns it', () => {
    expect(creditOfCaption([caption('A'), credit('X')], 0)?.line.text).toBe('X');
    expect(creditOfCaption([credit('X'), caption('A')], 1)?.line.text).toBe('X');
    // The credit before B follows caption A: it is A's photo's.
    expect(creditOfCaption([caption('A'), credit('X'), caption('B')], 2)).toBeNull();
    expect(creditOfCaption([caption('A'), { kind: 'byline', text: 'By Y' }], 0)).toBeNull();
  });
});
