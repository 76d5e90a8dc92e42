/**
 * A state since a date beside another date of the sentence's act (since-state.ts): the quote is
 * listed under the since-date only as the date of the state, never as if its act happened then.
 * Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { quoteNotes } from '../../src/framework/render/timeline-headings.js';
import { sinceState } from '../../src/timeline/since-state.js';
import { articleOf } from './fixtures.js';

/** Each entry as "date: the notes of its first quote". */
const entries = (published: string, ...sentences: string[]) =>
  buildTimeline(articleOf(published, ...sentences)).map(
    (e) => `${e.date}: ${quoteNotes(e.quotes[0]!).join('; ')}`,
  );

describe('a state since a date', () => {
  it('dates only the state when the sentence dates its act otherwise', () => {
    expect(
      entries(
        '2026-03-09',
        'Vandals smashed the railings of the Elm Park bandstand on Saturday night, a cast-iron structure that has stood in the town since 1887.',
      ),
    ).toEqual([
      '1887: the date of “a cast-iron structure that has stood in the town since 1887”',
      '2026-03-07: ',
    ]);
  });

  it('is the sentence’s own date when it dates nothing else', () => {
    expect(
      entries('2026-03-09', 'The Elm Park bandstand has stood in the town since 1887.'),
    ).toEqual(['1887: ']);
  });

  it('names the words of the state, from the comma before it', () => {
    const sentence = 'The museum, open since 1887, was robbed on Saturday.';
    const at = sentence.indexOf('1887');
    expect(sinceState(sentence, at, at + 4)).toBe('open since 1887');
    const fronted = 'Since 2019, the fair has been held on 12 July.';
    expect(sinceState(fronted, 6, 10)).toBeNull();
  });
});
