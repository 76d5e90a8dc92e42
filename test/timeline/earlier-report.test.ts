/**
 * Reported speech about an earlier report ("we said", "it was reported", "the earlier article
 * stated"): a day it counted is counted from the report's date when the sentence states it, left
 * undated otherwise, and never counted from the restating article's own date; restated and then
 * corrected, it is the report's error and no event at all. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

// Published Monday 2026-05-11.
const PUBLISHED = '2026-05-11';
const read = (...sentences: string[]) => {
  const { events, undated } = buildTimelineDetailed(
    corpusOf({ published: PUBLISHED, paragraphs: [sentences] }),
  );
  return {
    dated: events.map((e) => `${e.date} ${e.quotes[0]?.quote.slice(0, 24)}`),
    undated: undated.map((u) => `${u.text}: ${u.reason}`),
  };
};

describe('a day counted by an earlier report', () => {
  it('is counted from the report date the sentence states', () => {
    // 3 May 2026 is a Sunday: its Friday is 1 May, not the Friday before 11 May (8 May).
    expect(
      read('In a report on 3 May we said that the kiln at Orlby cracked on Friday.').dated,
    ).toEqual(['2026-05-01 In a report on 3 May we ', '2026-05-03 In a report on 3 May we ']);
    expect(read('On 3 May we reported that the Orlby ferry was delayed yesterday.').dated).toEqual([
      '2026-05-02 On 3 May we reported tha',
      '2026-05-03 On 3 May we reported tha',
    ]);
  });

  it('is left undated when the sentence does not state the report date', () => {
    const { dated, undated } = read('We also said the Orlby kiln cracked on Friday evening.');
    expect(dated).toEqual([]);
    expect(undated).toEqual([
      'Friday: counted by an earlier report whose date the sentence does not state',
    ]);
    expect(read('It was reported that the Orlby mill closed on Friday.').dated).toEqual([]);
  });

  it('the time of the saying is counted from publication as before', () => {
    // "on Tuesday" dates the saying (5 May), not what was said.
    expect(read('We said on Tuesday that the Orlby kiln would be repaired.').dated).toEqual([
      '2026-05-05 We said on Tuesday that ',
    ]);
  });

  it('not a report by someone else, which the writer paraphrases from the time of writing', () => {
    expect(read("The inspectors' report said the Orlby kiln cracked on Friday.").dated).toEqual([
      "2026-05-08 The inspectors' report s",
    ]);
  });
});

describe('a date of an earlier report that the article corrects', () => {
  it.each([
    [
      'We also said the Orlby kiln cracked on Friday evening; in fact it cracked on Saturday 2 May.',
    ],
    ['We said the Orlby kiln cracked on 1 May; in fact it cracked on 2 May.'],
    ['Our report said the Orlby kiln cracked on 1 May, but it actually cracked on 2 May.'],
  ])('only the corrected date is an event: "%s"', (sentence) => {
    expect(read(sentence).dated.map((d) => d.slice(0, 10))).toEqual(['2026-05-02']);
  });

  it('the denial may come in the next sentence of the paragraph', () => {
    expect(
      read('We reported that the Orlby kiln cracked on 1 May.', 'That was wrong, the owner says.')
        .dated,
    ).toEqual([]);
  });

  it('a date the report stated and nobody corrects stays', () => {
    expect(read('We reported that the Orlby kiln cracked on 1 May.').dated).toEqual([
      '2026-05-01 We reported that the Orl',
    ]);
  });
});
