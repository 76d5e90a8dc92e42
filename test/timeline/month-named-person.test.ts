/**
 * Month names that are people's names (session 72): a month word followed by a surname, after a
 * courtesy title, or the subject of a verb of saying names a person, so it is neither read as a
 * date nor taken as the month "the month" refers back to. Invented swimming-pool sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf, corpusOf } from './fixtures.js';

const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('"the month" after a person named like a month is the publication month', () => {
  it.each([
    'May Lee said the pool would reopen at the end of the month.',
    'Club secretary June Hart said the pool would reopen at the end of the month.',
    'Mrs May said the pool would reopen at the end of the month.',
    'June told members the pool would reopen at the end of the month.',
    '"We are angry," said June, adding the pool would reopen at the end of the month.',
  ])('"%s" → July', (sentence) => {
    expect(datesOf('2026-07-16', sentence)).toEqual(['2026-07']);
  });

  it('after a narrative date, a name like a month leaves the narrative month', () => {
    const corpus = corpusOf({
      published: '2026-08-20',
      paragraphs: [
        ['The pool closed on 3 July.', 'Jan Novak said it would reopen at the end of the month.'],
      ],
    });
    expect(buildTimeline(corpus).map(shown)).toEqual(['2026-07', '2026-07-03']);
  });

  it('a month that may be the month meant still leaves "the month" undated', () => {
    const sentence =
      'Forecasters said June would be wetter, with most of the rain at the end of the month.';
    expect(datesOf('2026-07-16', sentence)).toEqual([]);
  });
});

describe('a month name that is the subject of a verb of saying is no date', () => {
  it.each([
    'The pool has stayed shut since Jan said it was unsafe.',
    'Since Jan told members about the crack, the pool has closed twice.',
    'Since Jan took over, the pool has closed twice.',
  ])('no entry for "%s"', (sentence) => {
    expect(datesOf('2026-07-16', sentence)).toEqual([]);
  });

  it.each([
    ['The pool has stayed shut since Jan.', ['2026-01']],
    ['The pool has stayed shut since June.', ['2026-06']],
  ])('a month alone stays a date: "%s" → %j', (sentence, dates) => {
    expect(datesOf('2026-07-16', sentence)).toEqual(dates);
  });
});

describe('a month after a preposition of time is the month, whatever verb follows', () => {
  it.each([
    ['A report published in March said the pool was unsafe.', ['2026-03']],
    ['Figures released in June confirmed the pool was unsafe.', ['2026-06']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf('2026-07-16', sentence)).toEqual(dates);
  });

  it('"the month" after such a month is not the publication month', () => {
    const sentence =
      'A report published in March said the pool would reopen at the end of the month.';
    expect(datesOf('2026-07-16', sentence)).not.toContain('2026-07');
  });
});
