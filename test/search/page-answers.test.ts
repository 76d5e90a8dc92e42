/**
 * Questions about the page answered from its lines, on a tiny invented corpus read from files
 * (so cleaning, the index file and its reload are all on the path).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type { Answer, Engine } from '../../src/engine/types.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'harbour-gate.txt': [
    'Skip to content',
    'Harbour gate opens after decade of delays',
    'By Ana Ruiz',
    'March 5, 2021',
    'The new harbour gate in Saltgate opened on Tuesday after ten years of construction.',
    'Mayor Lena Ito cuts the ribbon at the harbour gate on Tuesday. Jan Berg/Kestrel Courier',
    'The gate protects four hundred homes from storm surges, the engineers said.',
    "The final text of the flood plan was published on the council's portal in January.",
    '© 2021 Kestrel Courier',
  ].join('\n\n'),
  'library.txt': [
    'Library extends opening hours',
    'The city library will open on Sundays from next month, the council said.',
    'Readers queue outside the reading room on the first\nmorning of the new hours.\nPhoto by Sam Okafor',
    'Volunteers catalogued old maps of the river for the library.',
  ].join('\n\n'),
  'wire-bond.txt': [
    'Voters approve harbour bond',
    'Published January 15, 2021 | Updated January 16, 2021',
    'MARROWICK, Jan 15 (Coastline Wire) - Voters approved a $60 million bond for the harbour walls on Tuesday.',
    'The bond will be repaid over thirty years.',
    '(Reporting by Ines Carrow; Editing by Paul Devereux)',
  ].join('\n\n'),
};

let engine: Engine;
let corpusDir: string;
let indexPath: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ engine, corpusDir, indexPath, cleanup } = await plainCorpusEngine(FILES));
});
afterAll(() => cleanup());

const first = (answer: Answer) => answer.passages[0];

describe('questions about the page', () => {
  it('answers who took a photo with its caption and credit, labelled', () => {
    const answer = engine.ask('who took the photo of the ribbon cutting?');
    expect(answer.answered).toBe(true);
    expect(first(answer)?.quote).toBe(
      'Mayor Lena Ito cuts the ribbon at the harbour gate on Tuesday. Jan Berg/Kestrel Courier',
    );
    expect(first(answer)?.page).toEqual({ kind: 'caption', label: 'photo caption', line: 2 });
    expect(first(answer)?.source.title).toBe('Harbour gate opens after decade of delays');
  });

  it('answers who is in a picture, and who took one when only a credit line says', () => {
    expect(first(engine.ask('who is in the picture at the harbour gate'))?.quote).toMatch(
      /^Mayor Lena Ito cuts the ribbon/,
    );
    const credit = engine.ask('who took the photo in the library story?');
    expect(first(credit)?.quote).toBe('Photo by Sam Okafor');
    expect(first(credit)?.page?.label).toBe('photo credit');
  });

  it('answers who wrote an article with its byline', () => {
    const answer = engine.ask('who wrote the harbour gate story?');
    expect(first(answer)?.quote).toBe('By Ana Ruiz');
    expect(first(answer)?.page?.kind).toBe('byline');
  });

  it('answers when an article was published with its dateline, named by its headline', () => {
    const answer = engine.ask("When was 'Harbour gate opens after decade of delays' published?");
    expect(first(answer)?.quote).toBe('March 5, 2021');
    expect(first(answer)?.page).toEqual({ kind: 'dateline', label: 'dateline', line: 1 });
  });

  it('answers from a wire story’s credits and time stamp, never from a place-only dateline', () => {
    const author = engine.ask('who wrote the Coastline Wire story?');
    expect(first(author)?.quote).toBe('(Reporting by Ines Carrow; Editing by Paul Devereux)');
    expect(first(author)?.page?.label).toBe('staff credits');
    const date = engine.ask('when was the Coastline Wire story published?');
    expect(first(date)?.quote).toBe('Published January 15, 2021 | Updated January 16, 2021');
    expect(first(date)?.page?.kind).toBe('dateline');
    const lines = date.passages.filter((p) => p.page).map((p) => p.quote);
    expect(lines).toContain('MARROWICK, Jan 15 (Coastline Wire)');
    expect(lines.every((line) => /\d/.test(line))).toBe(true);
    // Named by its outlet alone, with no word for an article.
    expect(first(engine.ask('when did Coastline Wire publish the bond vote?'))?.page?.kind).toBe(
      'dateline',
    );
  });

  it('says an article states no author when it has no byline, and guesses none', () => {
    const answer = engine.ask('who wrote the library story?');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.notStated).toEqual([expect.objectContaining({ asks: 'author', metadata: null })]);
    expect(answer.notStated?.[0]?.source.title).toBe('Library extends opening hours');
  });

  it('keeps a story question about publishing a body answer', () => {
    for (const question of [
      'when was the flood plan published',
      'where was the text of the flood plan published?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.passages.every((passage) => passage.page === undefined)).toBe(true);
      expect(first(answer)?.quote).toMatch(/^The final text of the flood plan was published/);
      expect(answer.notStated).toBeUndefined();
    }
  });

  it('never gives an ordinary question a page line', () => {
    for (const question of ['how many homes does the gate protect', 'who cut the ribbon']) {
      const answer = engine.ask(question);
      for (const passage of [...answer.passages, ...answer.closest])
        expect(passage.page).toBeUndefined();
    }
  });

  it('keeps the page lines in the index file: a reloaded engine answers the same', async () => {
    const reloaded = await openEngine({ corpusDir, indexPath });
    const question = 'who took the photo of the ribbon cutting?';
    expect(reloaded.ask(question)).toEqual(engine.ask(question));
    expect(first(reloaded.ask(question))?.page?.kind).toBe('caption');
  });
});
