/**
 * `future` of an entry several sources date: a plan (some source put it ahead at its time of
 * writing) and a report (a source told it as past) are two entries; a source that says neither
 * joins either.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { formatTimelinePage, timelineJson } from '../../src/cli/timeline.js';
import { queryTimeline } from '../../src/timeline/query.js';
import { renderTimeline } from '../../src/framework/render/timeline.js';
import { corpusOf } from './fixtures.js';

const one = (id: string, published: string | null, sentence: string) => ({
  id,
  published,
  paragraphs: [[sentence]],
});

/** Monday 2021-03-08: the signing is ahead; Friday 2021-03-12: it happened; no date: it says neither. */
const AHEAD = one(
  'monday',
  '2021-03-08',
  'The harbour authority will sign the dredging contract with Baltic Works on Thursday.',
);
const DONE = one(
  'friday',
  '2021-03-12',
  'The harbour authority signed the dredging contract with Baltic Works on Thursday.',
);
const UNSAID = one(
  'explainer',
  null,
  'March 11, 2021: the harbour authority and Baltic Works sign the dredging contract.',
);

/** Which articles each entry of `corpus` quotes, and whether it is a plan, in timeline order. */
const entries = (...articles: Parameters<typeof corpusOf>) =>
  buildTimeline(corpusOf(...articles)).map(
    (e) => `${e.date}${e.future ? ' future' : ''}: ${e.quotes.map((q) => q.source.id).join(', ')}`,
  );

describe('a plan and a report of one date are two entries', () => {
  it('keeps a source that says neither apart from the plan, and joins it to the report', () => {
    // Under the plan it would be shown as expecting the signing, which it does not say.
    expect(entries(AHEAD, UNSAID)).toEqual(['2021-03-11 future: monday', '2021-03-11: explainer']);
    expect(entries(AHEAD, DONE, UNSAID)).toEqual([
      '2021-03-11 future: monday',
      '2021-03-11: friday, explainer',
    ]);
  });

  it('keeps the plan apart from the report of the same day, the plan marked as such', () => {
    const events = buildTimeline(corpusOf(AHEAD, DONE));
    expect(events.map((e) => [e.date, e.future, e.quotes.map((q) => q.source.id)])).toEqual([
      ['2021-03-11', true, ['monday']],
      ['2021-03-11', false, ['friday']],
    ]);
    const text = formatTimelinePage(queryTimeline(events));
    expect(text).toContain(
      '• “The harbour authority will sign the dredging contract with Baltic Works on Thursday.” (expected at the time of writing)',
    );
    expect(text).not.toContain('2021-03-11  (expected');
    const json = timelineJson(queryTimeline(events)) as {
      events: Array<{ future: boolean; quotes: Array<Record<string, unknown>> }>;
    };
    expect(json.events.map((e) => e.future)).toEqual([true, false]);
    expect(json.events.flatMap((e) => e.quotes.map((q) => 'future' in q))).toEqual([false, false]);
    const discord = JSON.stringify(renderTimeline(queryTimeline(events), {}));
    expect(discord.match(/expected at the time of writing/g)).toHaveLength(1);
  });

  it('keeps a plan of the month apart from the day it was done ("expected to start in August")', () => {
    expect(
      entries(
        one(
          'april',
          '2021-04-10',
          'Work on the new quay is expected to start in August, the harbour board said.',
        ),
        one(
          'august',
          '2021-08-20',
          'Ground was broken on the new quay on 18 August, the harbour board said.',
        ),
      ),
    ).toEqual(['2021-08 future: april', '2021-08-18: august']);
  });

  it('still joins two plans, and two reports, of the same event', () => {
    const TUESDAY_PLAN = one(
      'tuesday',
      '2021-03-09',
      'The harbour authority is to sign the dredging contract with Baltic Works on Thursday.',
    );
    const SATURDAY_REPORT = one(
      'saturday',
      '2021-03-13',
      'Baltic Works and the harbour authority signed the dredging contract on Thursday, March 11.',
    );
    const MONTH_REPORT = one(
      'monthly',
      '2021-04-02',
      'In March 2021 the harbour authority signed the dredging contract with Baltic Works.',
    );
    expect(entries(AHEAD, TUESDAY_PLAN)).toEqual(['2021-03-11 future: monday, tuesday']);
    expect(entries(DONE, SATURDAY_REPORT, MONTH_REPORT)).toEqual([
      '2021-03-11: friday, saturday, monthly',
    ]);
  });

  it('never joins a yearless plan to a dated one: its year is counted from an unstated writing', () => {
    const YEARLESS_PLAN = one(
      'undated',
      null,
      'The harbour authority will sign the dredging contract with Baltic Works on March 11.',
    );
    expect(entries(DONE, YEARLESS_PLAN)).toEqual(['2021-03-11: friday', '--03-11 future: undated']);
    expect(entries(AHEAD, YEARLESS_PLAN)).toEqual([
      '2021-03-11 future: monday',
      '--03-11 future: undated',
    ]);
    const YEARLESS_NEITHER = one(
      'undated',
      null,
      'March 11: the harbour authority and Baltic Works sign the dredging contract.',
    );
    expect(entries(AHEAD, YEARLESS_NEITHER)).toEqual([
      '2021-03-11 future: monday',
      '--03-11: undated',
    ]);
    expect(entries(DONE, YEARLESS_NEITHER)).toEqual(['2021-03-11: friday, undated']);
  });
});

describe('future of a correction note', () => {
  it.each([
    'Correction: The harbour levy was set on June 21, 2021.',
    'Correction — the harbour levy was set on June 21, 2021.',
  ])('is never ahead by the publication day alone: the note is written later (%j)', (note) => {
    const events = buildTimeline(corpusOf(one('gazette', '2021-06-18', note)));
    expect(events.map((e) => [e.date, e.future])).toEqual([['2021-06-21', false]]);
  });

  it('keeps a plan in a note ahead by its tense', () => {
    const note = 'Correction: The harbour levy will be set on June 21, 2021.';
    const events = buildTimeline(corpusOf(one('gazette', '2021-06-18', note)));
    expect(events.map((e) => [e.date, e.future])).toEqual([['2021-06-21', true]]);
  });

  it('reads a comma after the word as a label only before a date or a capital', () => {
    const events = buildTimeline(
      corpusOf(
        one('gazette', '2021-06-18', 'Correction, officials said, will come on June 21, 2021.'),
      ),
    );
    expect(events.map((e) => [e.date, e.future])).toEqual([['2021-06-21', true]]);
  });
});
