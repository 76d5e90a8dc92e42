/**
 * `future` of an entry several sources date: ahead when some source put it ahead at its time of
 * writing and none reported it as past; when they differ, each quote says how its source saw it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { futureOfViews } from '../../src/timeline/merge.js';
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

describe('future of a merged entry', () => {
  it('is ahead when the only sources that say put it ahead', () => {
    const events = buildTimeline(corpusOf(AHEAD, UNSAID));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2021-03-11', future: true });
    expect(events[0]?.quotes.map((q) => q.future)).toEqual([undefined, undefined]);
  });

  it('is not ahead once a source reports it as done, and the quote that put it ahead says so', () => {
    const events = buildTimeline(corpusOf(AHEAD, DONE, UNSAID));
    expect(events).toHaveLength(1);
    expect(events[0]?.future).toBe(false);
    expect(events[0]?.quotes.map((q) => [q.source.id, q.future])).toEqual([
      ['monday', true],
      ['friday', false],
      ['explainer', false],
    ]);
    const text = formatTimelinePage(queryTimeline(events));
    expect(text).toContain('on Thursday.” (expected at the time of writing)');
    expect(text).not.toContain('2021-03-11  (expected');
    const json = timelineJson(queryTimeline(events)) as {
      events: Array<{ future: boolean; quotes: Array<{ future?: boolean }> }>;
    };
    expect(json.events[0]?.quotes.map((q) => q.future)).toEqual([true, false, false]);
    const discord = JSON.stringify(renderTimeline(queryTimeline(events), {}));
    expect(discord.match(/expected at the time of writing/g)).toHaveLength(1);
  });

  it('is not ahead when no source says either way', () => {
    expect(buildTimeline(corpusOf(UNSAID))[0]?.future).toBe(false);
  });

  it.each([
    [[{ f: true, p: false }], true, undefined],
    [
      [
        { f: true, p: false },
        { f: false, p: false },
      ],
      true,
      undefined,
    ],
    [
      [
        { f: true, p: false },
        { f: false, p: true },
      ],
      false,
      [true, false],
    ],
    [
      [
        { f: false, p: true },
        { f: false, p: false },
      ],
      false,
      undefined,
    ],
  ])('views %j → future %s, per quote %j', (views, future, perQuote) => {
    const quote = { quote: 'q', source: UNSAID_SOURCE, start: 0, end: 1 };
    const result = futureOfViews(views.map((v) => ({ quote, future: v.f, past: v.p })));
    expect(result.future).toBe(future);
    const flags = result.quotes.map((q) => q.future);
    expect(flags.every((f) => f === undefined) ? undefined : flags).toEqual(perQuote);
  });
});

const UNSAID_SOURCE = {
  id: 'x',
  title: 'x',
  outlet: null,
  published: null,
  url: null,
  author: null,
};

describe('future of a correction note', () => {
  it.each([
    'Correction / June 21, 2021: an earlier version of this article misstated the harbour levy.',
    'Correction, 21 June 2021: An earlier version of this article misstated the harbour levy.',
  ])('is never ahead: the note is written on its own date, after the article (%j)', (note) => {
    const events = buildTimeline(corpusOf(one('gazette', '2021-06-18', note)));
    expect(events.map((e) => [e.date, e.future])).toEqual([['2021-06-21', false]]);
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
