/**
 * Reports whose verb tells only that something began or happened ("started", "broke out", "took
 * place") tell of their subject: two of them are one entry only when the subjects agree (a fire
 * and a strike are two events, whatever place and verb they share), and may be one when they do
 * with different verbs. Invented moor, ferry and regatta reports.
 */
import { describe, expect, it } from 'vitest';
import { happeningOf } from '../../src/timeline/happening.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

// Monday 4 May 2026: Saturday is 2 May.
const MONDAY = '2026-05-04';
const entriesOf = (...sentences: string[]) =>
  buildTimeline(
    corpusOf(...sentences.map((s, i) => ({ id: `a${i}`, published: MONDAY, paragraphs: [[s]] }))),
  ).map((e) => [e.date, e.quotes.map((q) => q.source.id)]);

const happening = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return happeningOf(sentence, at, at + date.length);
};

describe('happeningOf', () => {
  it.each([
    ['The Orlby moor fire started on Saturday.', 'fire'],
    ['The fire at Orlby mill started on Saturday.', 'fire'],
    ['A fire broke out at Orlby mill on Saturday.', 'fire'],
    ['The Orlby ferry strike started on Saturday 2 May at the quay.', 'strike'],
    ['The Orlby Regatta took place on Saturday.', 'regatta'],
  ])('"%s" tells of a %s', (sentence, noun) => {
    expect(happening(sentence, 'Saturday')).toBe(noun);
  });

  it.each([
    'Police arrested three men in Orlby on Saturday.',
    'It started on Saturday.',
    'Crews took the ferry out on Saturday.',
  ])('is null when the verb tells the event or no noun is its subject: "%s"', (sentence) => {
    expect(happening(sentence, 'Saturday')).toBeNull();
  });
});

describe('merging reports of what started', () => {
  it('keeps a fire and a strike apart, though both started in Orlby that day', () => {
    expect(
      entriesOf(
        'The Orlby moor fire started on Saturday.',
        'The Orlby ferry strike started on Saturday 2 May at the quay.',
      ),
    ).toEqual([
      ['2026-05-02', ['a0']],
      ['2026-05-02', ['a1']],
    ]);
  });

  it('joins one fire told with different verbs, where subject, day and place agree', () => {
    expect(
      entriesOf(
        'A fire broke out at Orlby mill on Saturday.',
        'The fire at Orlby mill started on Saturday.',
      ),
    ).toEqual([['2026-05-02', ['a0', 'a1']]]);
  });

  it('still joins reports whose verbs tell the event', () => {
    expect(
      entriesOf(
        'Police arrested three men in Orlby on Saturday.',
        'Three men were arrested in Orlby on Saturday.',
      ),
    ).toEqual([['2026-05-02', ['a0', 'a1']]]);
  });
});
