import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { corpusOf } from './fixtures.js';

const one = (id: string, published: string | null, ...sentences: string[]) => ({
  id,
  published,
  paragraphs: sentences.map((s) => [s]),
});
/** The entries whose year no article states, as "date source". */
const yearless = (events: TimelineEvent[]) =>
  events.filter((e) => !e.yearStated).map((e) => `${e.date} ${e.quotes[0]?.source.id}`);
const SOCHI_DATED =
  'During the presidents’ Sept. 14 meeting in Sochi, an agreement was reached for the reserve of Russian security forces to be withdrawn.';
const SOCHI_YEARLESS =
  'In Sochi on September 14, the presidents agreed that the reserve of Russian security forces would be withdrawn from the border.';

describe('yearless quotes as corroborating sources', () => {
  it('joins a yearless quote to the one entry with its month and day that tells the same thing', () => {
    const events = buildTimeline(
      corpusOf(one('mt', '2020-12-18', SOCHI_DATED), one('rfe', null, SOCHI_YEARLESS)),
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.date).toBe('2020-09-14');
    expect(events[0]?.quotes.map((q) => q.source.id)).toEqual(['mt', 'rfe']);
  });

  it('joins a wire story whose dateline gives its day but no year, its quote marked as not stating it', () => {
    const corpus = corpusOf(
      one('star', '2026-07-17', 'The Kessel Moor wildfire was declared contained on 16 July 2026.'),
      one(
        'wire',
        null,
        'A wildfire on Kessel Moor was declared contained on July 16 after four days of work by fire crews.',
      ),
    );
    const wire = corpus.articles[1];
    if (wire) wire.meta = { ...wire.meta, publishedMonthDay: '--07-20' };
    const events = buildTimeline(corpus);
    // The heading's year is the star's, the source shown beside it; the wire's quote says none.
    expect(events).toMatchObject([{ date: '2026-07-16', yearStated: true }]);
    expect(events[0]?.quotes.map((q) => [q.source.id, q.yearStated ?? true])).toEqual([
      ['star', true],
      ['wire', false],
    ]);
  });

  it('never dates a yearless quote alone: it is shown with its year marked as not stated', () => {
    const detailed = buildTimelineDetailed(corpusOf(one('rfe', null, SOCHI_YEARLESS)));
    expect(detailed.events).toMatchObject([{ date: '--09-14', yearStated: false }]);
    expect(detailed.undated).toEqual([]);
  });

  it('keeps it apart, year not stated, when entries of two different years could be meant', () => {
    const detailed = buildTimelineDetailed(
      corpusOf(
        one('mt', '2020-12-18', SOCHI_DATED),
        one(
          'tass',
          '2019-12-01',
          'During the presidents’ Sept. 14 meeting in Sochi, an agreement was reached on the reserve of Russian security forces.',
        ),
        one('rfe', null, SOCHI_YEARLESS),
      ),
    );
    const dated = detailed.events.filter((e) => e.yearStated);
    expect(dated.flatMap((e) => e.quotes.map((q) => q.source.id)).sort()).toEqual(['mt', 'tass']);
    expect(yearless(detailed.events)).toEqual(['--09-14 rfe']);
  });

  it('keeps it apart, year not stated, when its article states a publication year: the date was left out for a reason', () => {
    const detailed = buildTimelineDetailed(
      corpusOf(one('mt', '2020-12-18', SOCHI_DATED), one('rfe', '2021', SOCHI_YEARLESS)),
    );
    expect(detailed.events[0]?.quotes).toHaveLength(1);
    expect(yearless(detailed.events)).toEqual(['--09-14 rfe']);
  });

  it('keeps it apart, year not stated, when the wording barely overlaps', () => {
    const detailed = buildTimelineDetailed(
      corpusOf(
        one('mt', '2020-12-18', SOCHI_DATED),
        one('rfe', null, 'On September 14, farmers in the south began the grape harvest early.'),
      ),
    );
    expect(detailed.events[0]?.quotes).toHaveLength(1);
    expect(yearless(detailed.events)).toEqual(['--09-14 rfe']);
  });
});
