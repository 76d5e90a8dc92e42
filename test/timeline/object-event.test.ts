/**
 * A date closing an object's event noun phrase beside the date of the sentence's act
 * (object-event.ts): the quote is an entry of the act's date, and of the inner date only as the
 * date of that noun phrase, never unmarked as if the act happened then. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { quoteNotes } from '../../src/framework/render/timeline-headings.js';
import { namesEvent } from '../../src/timeline/event-noun.js';
import { objectEvent } from '../../src/timeline/object-event.js';
import { articleOf } from './fixtures.js';

/** Each entry as "date: the notes of its first quote". */
const entries = (published: string, ...sentences: string[]) =>
  buildTimeline(articleOf(published, ...sentences)).map(
    (e) => `${e.date}${e.end ? ` to ${e.end}` : ''}: ${quoteNotes(e.quotes[0]!).join('; ')}`,
  );

/** objectEvent of the date `date` as written in `sentence`. */
const inner = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return objectEvent(sentence, at, at + date.length);
};

describe('a date inside the object’s event noun phrase', () => {
  it('dates the event only, marked, when the sentence dates its act otherwise', () => {
    expect(
      entries(
        '2026-03-19',
        'The mayor announced on Thursday that an audit would examine the collapse of the Mill Street footbridge last weekend.',
      ),
    ).toEqual([
      '2026-03-14 to 2026-03-15: the date of “the collapse of the Mill Street footbridge last weekend”',
      '2026-03-19: ',
    ]);
    expect(
      entries(
        '2026-05-12',
        'Police said on Monday they were investigating the death of a fisherman on 2 May.',
      ),
    ).toEqual(['2026-05-02: the date of “the death of a fisherman on 2 May”', '2026-05-11: ']);
  });

  it('dates the event only, marked, when its act is told as ahead and the date has passed', () => {
    // "would examine" is not told as done last weekend; "the collapse of …" is presupposed.
    expect(
      entries(
        '2026-03-19',
        'The mayor announced that an audit would examine the collapse of the Mill Street footbridge last weekend.',
      ),
    ).toEqual([
      '2026-03-14 to 2026-03-15: the date of “the collapse of the Mill Street footbridge last weekend”',
    ]);
    expect(
      entries('2026-05-12', 'An inquiry will look into the death of a fisherman last month.'),
    ).toEqual(['2026-04: the date of “the death of a fisherman last month”']);
  });

  it('is the act’s own date when the act is ahead and so is the date', () => {
    // "next week" has not come: it may be the examining's.
    const shown = entries(
      '2026-03-19',
      'An audit will examine the collapse of the Mill Street footbridge next week.',
    );
    expect(shown).toHaveLength(1);
    expect(shown[0]).not.toContain('the date of');
  });

  it('is the sentence’s own date when it dates nothing else', () => {
    // "approved … on Tuesday" may tell when the approval was: the only date stays the act's.
    expect(
      entries(
        '2026-03-19',
        'The council approved the closure of the Mill Street library on Tuesday.',
      ),
    ).toEqual(['2026-03-17: ']);
  });

  it('leaves a subject’s noun phrase, a noun of no event and a clause of its own alone', () => {
    expect(
      inner(
        'The mayor announced on Thursday that an audit would examine the collapse of the Mill Street footbridge last weekend.',
        'last weekend',
      ),
    ).toBe('the collapse of the Mill Street footbridge last weekend');
    expect(
      inner(
        'On Thursday, the collapse of the footbridge last weekend was debated.',
        'last weekend',
      ),
    ).toBeNull();
    expect(
      inner(
        'The mayor said on Thursday she had read the report of the inspector last month.',
        'last month',
      ),
    ).toBeNull();
    expect(
      inner(
        'The mayor said on Thursday she had seen the bridge that collapsed last weekend.',
        'last weekend',
      ),
    ).toBeNull();
  });

  it('reads a noun of an event by its WordNet senses', () => {
    expect(namesEvent('collapse')).toBe(true);
    expect(namesEvent('Closures')).toBe(true);
    expect(namesEvent('footbridge')).toBe(false);
    expect(namesEvent('report')).toBe(false);
  });
});
