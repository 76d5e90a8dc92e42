/**
 * Five date readings an outside tester found wrong (session 71), each a general rule, on invented
 * rowing-club and reservoir sentences:
 * - "rescheduled the gala for 11 October": "for" after a verb that only moves an event in time
 *   names the new date, which lies after the move (a time of a plan is after the plan), so the
 *   past verb does not put it before publication;
 * - "held on the first Saturday of August every year": a habit, a SET in TimeML, not one DATE;
 * - "June brought …, most of it at the end of the month": "the month" is the one the sentence
 *   names, not the publication's;
 * - a past-perfect plan ("had been due on 2 August") whose sentence denies the event ("would not go
 *   ahead on that date") or whose article tells the same event moved is a plan since changed.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf, corpusOf } from './fixtures.js';

const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('the new date of a move told with "for" lies after the move', () => {
  it.each([
    ['2026-06-19', 'The club rescheduled the gala for 10 October.', ['2026-10-10']],
    ['2026-06-19', 'The hearing was postponed for 3 September.', ['2026-09-03']],
    ['2026-06-19', 'The vote has been rescheduled for 4 August.', ['2026-08-04']],
  ])('published %s: "%s" → %j', (published, sentence, dates) => {
    expect(datesOf(published, sentence)).toEqual(dates);
  });
});

describe('a day of a named month in a yearly habit is no event', () => {
  it.each([
    '"The gala has been held on the first Saturday of August every year since 1961," he said.',
    'The gala is held on the first Saturday of August every year.',
    'The gala is usually held on the last Sunday of June.',
  ])('no entry for "%s"', (sentence) => {
    expect(datesOf('2026-06-19', sentence)).toEqual([]);
  });

  it.each([
    ['The gala was held on the first Saturday of June.', ['2026-06-06']],
    ['The gala will be held on the first Saturday of next month every year.', ['2026-07-04']],
  ])('one time stays dated: "%s" → %j', (sentence, dates) => {
    expect(datesOf('2026-06-19', sentence)).toEqual(dates);
  });
});

describe('"the month" after a month the sentence names is that month', () => {
  it('a month name not read as a date leaves "the end of the month" undated', () => {
    const sentence =
      'Records show that June brought just nine millimetres of rain, most of it at the end of the month.';
    expect(datesOf('2026-07-16', sentence)).toEqual([]);
  });

  it('with no month named, "the end of the month" is the publication month', () => {
    expect(datesOf('2026-07-16', 'The reservoir will reopen at the end of the month.')).toEqual([
      '2026-07',
    ]);
  });
});

describe('a past-perfect plan whose change is told is a plan since changed', () => {
  const changed = (corpus: ReturnType<typeof corpusOf>) =>
    buildTimeline(corpus)
      .filter((e) => e.date === '2026-08-01')
      .map((e) => ({ future: e.future, givenUp: e.givenUp === true }));

  it('its sentence denies the event ("would not go ahead on that date")', () => {
    const corpus = articleOf(
      '2026-07-18',
      'Members heard that the gala, which had been due to take place on 1 August, would not go ahead on that date.',
    );
    expect(changed(corpus)).toEqual([{ future: false, givenUp: true }]);
  });

  it('its article tells the same event moved', () => {
    const corpus = corpusOf({
      published: '2026-07-22',
      paragraphs: [
        ['The gala had been due on 1 August.'],
        ['Organisers rescheduled the gala for 10 October.'],
      ],
    });
    expect(changed(corpus)).toEqual([{ future: false, givenUp: true }]);
  });

  it('told after the event was held, in an article telling it postponed', () => {
    const corpus = corpusOf({
      published: '2026-10-13',
      paragraphs: [
        [
          'More than 300 rowers took part in the gala, which had been due to take place on 1 August.',
        ],
        ['"When we postponed the gala in July, some people were angry," he said.'],
      ],
    });
    expect(changed(corpus)).toEqual([{ future: false, givenUp: true }]);
  });

  it('denied with a contraction ("won\'t go ahead") as with "not"', () => {
    const corpus = articleOf(
      '2026-07-18',
      "The gala, which had been due to take place on 1 August, won't go ahead on that date.",
    );
    expect(changed(corpus)).toEqual([{ future: false, givenUp: true }]);
  });

  it.each([
    // A relative or a pronoun names no event another sentence repeats.
    [
      ['The fair that had been due to open on 1 August drew crowds.'],
      ['The concert was cancelled.'],
    ],
    [['It had been due to open on 1 August.'], ['A concert was postponed, and it rained.']],
    // A verb of moving in another sense tells no change of the plan.
    [['The gala had been due on 1 August.'], ['Lights were switched on at the gala.']],
  ])('a change of another event, or none, leaves the plan as before: %j', (first, second) => {
    const corpus = corpusOf({ published: '2026-07-22', paragraphs: [first, second] });
    expect(changed(corpus).every((e) => !e.givenUp)).toBe(true);
    expect(changed(corpus)).not.toEqual([]);
  });

  it('with no change told anywhere, the plan is read as before', () => {
    const corpus = corpusOf({
      published: '2026-07-22',
      paragraphs: [['The gala had been due on 1 August.'], ['Tickets sold out in a day.']],
    });
    expect(changed(corpus)).toEqual([{ future: true, givenUp: false }]);
  });
});
