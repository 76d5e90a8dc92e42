/**
 * A weekday inside a direct quotation is the speaker's, counted from when they spoke
 * (spoken-day.ts; Fillmore 1975): from the saying day its sentence states, or the day the
 * narration has already given, else undated. Invented library sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

/** Each entry as "date: quote", and the undated mentions' reasons, of an article of 4 March 2026 (a Wednesday). */
function read(...paragraphs: string[][]): { entries: string[]; undated: string[] } {
  const { events, undated } = buildTimelineDetailed(
    corpusOf({ published: '2026-03-04', paragraphs }),
  );
  return {
    entries: events.flatMap((e) => e.quotes.map((q) => `${e.date}: ${q.quote}`)),
    undated: undated.map((u) => `${u.text}: ${u.reason}`),
  };
}

describe('a weekday inside a direct quotation', () => {
  it('is left undated when the article does not say when the speaker spoke', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['“', '”'],
    ]) {
      const { entries, undated } = read([
        `${open}We will open the new library on Tuesday,${close} the librarian said.`,
      ]);
      expect(entries).toEqual([]);
      expect(undated).toEqual([
        'Tuesday: counted inside a direct quotation from when the speaker spoke, a day the article does not state',
      ]);
    }
  });

  it('is left undated in a quotation an earlier sentence opened', () => {
    const { entries } = read([
      '“It was a long week.',
      'We moved the books out on Monday,” the librarian said.',
    ]);
    expect(entries).toEqual([]);
  });

  it('is counted from the saying day its reporting clause states', () => {
    // Said on Friday 27 February: the Tuesday before it, not the one before publication.
    expect(
      read(['"We opened the new library on Tuesday," the librarian said on Friday.']).entries,
    ).toEqual([
      '2026-02-24: "We opened the new library on Tuesday," the librarian said on Friday.',
      '2026-02-27: "We opened the new library on Tuesday," the librarian said on Friday.',
    ]);
    // Ahead of a saying on Friday 27 February: Tuesday 3 March, before publication.
    expect(
      read(['"We will open the library on Tuesday," the librarian said on Friday.']).entries,
    ).toContain('2026-03-03: "We will open the library on Tuesday," the librarian said on Friday.');
    expect(
      read(['On Friday the librarian said: "We will open the library on Tuesday."']).entries,
    ).toContain('2026-03-03: On Friday the librarian said: "We will open the library on Tuesday."');
  });

  it('is the day the narration has already given it', () => {
    expect(
      read([
        'The library roof collapsed on Tuesday night.',
        '"On Tuesday night we were moving books out of the rain," the librarian said.',
      ]).entries,
    ).toEqual([
      '2026-03-03: The library roof collapsed on Tuesday night.',
      '2026-03-03: "On Tuesday night we were moving books out of the rain," the librarian said.',
    ]);
  });

  it('is not joined to a day of the narration on the other side of publication', () => {
    // The narration's Tuesday is past; the speaker's is ahead of when they spoke.
    const { entries } = read(
      ['The library roof collapsed on Tuesday night.'],
      ['"We will reopen the library on Tuesday," the librarian said.'],
    );
    expect(entries).toEqual(['2026-03-03: The library roof collapsed on Tuesday night.']);
  });

  it('outside the quotation, in reported speech, stays counted from publication', () => {
    expect(read(['The library will open on Tuesday, the librarian said.']).entries).toEqual([
      '2026-03-10: The library will open on Tuesday, the librarian said.',
    ]);
  });
});
