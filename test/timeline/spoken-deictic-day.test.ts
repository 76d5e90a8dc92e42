/**
 * "today", "yesterday", "tomorrow", "this morning" inside a direct quotation are the speaker's,
 * counted from when they spoke (Fillmore 1975; spoken-day.ts), as a quoted weekday is: from the
 * saying day the sentence states, else left undated (the quotation may be older than the
 * article). Outside a quotation they count from publication, as before. Invented library
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Entries as "date: quote" and undated reasons, of an article of Wednesday 4 March 2026. */
function read(...sentences: string[]): { entries: string[]; undated: string[] } {
  const { events, undated } = buildTimelineDetailed(articleOf('2026-03-04', ...sentences));
  return {
    entries: events.flatMap((e) => e.quotes.map((q) => `${e.date}: ${q.quote}`)),
    undated: undated.map((u) => `${u.text}: ${u.reason}`),
  };
}

describe('a day counted from the time of speaking inside a direct quotation', () => {
  it.each([
    ['"We opened the library yesterday," the librarian said on Friday.', '2026-02-26'],
    ['"We will open the library tomorrow," the librarian said on Friday.', '2026-02-28'],
    [
      '“We opened the library this morning,” the librarian told the Gazette on Friday.',
      '2026-02-27',
    ],
    ['On Friday the librarian said: "We opened the library yesterday."', '2026-02-26'],
  ])('"%s" is counted from the saying day', (sentence, day) => {
    const { entries } = read(sentence);
    expect(entries).toContain(`${day}: ${sentence}`);
    expect(entries).toContain(`2026-02-27: ${sentence}`);
  });

  it('is counted from a saying day itself counted from publication', () => {
    const sentence = '"We opened the library yesterday," the librarian said yesterday.';
    expect(read(sentence).entries).toEqual([`2026-03-02: ${sentence}`, `2026-03-03: ${sentence}`]);
  });

  it('is left undated when the article does not say when the speaker spoke', () => {
    expect(read('"We opened the library yesterday," the librarian said.')).toEqual({
      entries: [],
      undated: [
        'yesterday: counted inside a direct quotation from when the speaker spoke, a day the article does not state',
      ],
    });
  });

  it('is not the day the narration gave, which says nothing of when the speaker spoke', () => {
    const { entries } = read(
      'The library opened on Tuesday.',
      '"We opened the library yesterday," the librarian said.',
    );
    expect(entries).toEqual(['2026-03-03: The library opened on Tuesday.']);
  });

  it('outside the quotation stays counted from publication', () => {
    expect(read('The library opened yesterday, the librarian said.').entries).toEqual([
      '2026-03-03: The library opened yesterday, the librarian said.',
    ]);
  });
});
