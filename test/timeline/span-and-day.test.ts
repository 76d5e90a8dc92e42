/**
 * A sentence naming a span and a day inside it, or the two weekdays bounding one span, is
 * listed once, under the span (TimeML: a range is one interval, its two ends its points;
 * span-and-day.ts). Days of other kinds, and days outside the span, stay entries of their own.
 * Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Tuesday 2026-03-10. */
const TUESDAY = '2026-03-10';
/** Published Thursday 2026-03-12. */
const THURSDAY = '2026-03-12';
const entries = (published: string, ...sentences: string[]) =>
  buildTimeline(articleOf(published, ...sentences)).map(
    (e) => `${e.date}${e.end ? `..${e.end}` : ''}${e.future ? ' future' : ''}`,
  );

describe('one sentence, one entry for a span and the days inside it', () => {
  it('joins two weekdays that bound one span', () => {
    expect(
      entries(
        TUESDAY,
        'More than 80 millimetres of rain fell on the moor between Thursday and Monday.',
      ),
    ).toEqual(['2026-03-05..2026-03-09']);
  });

  it('lists a day inside a span the same sentence gives under the span alone', () => {
    expect(
      entries(
        THURSDAY,
        'Rain is forecast to ease over the weekend, although showers are expected on Sunday.',
      ),
    ).toEqual(['2026-03-14..2026-03-15 future']);
  });

  it('keeps a day outside the span, and a span told in another sentence', () => {
    expect(
      entries(THURSDAY, 'The ferry will run from 16 March to 20 March and again on 25 March.'),
    ).toEqual(['2026-03-16..2026-03-20 future', '2026-03-25 future']);
    expect(
      entries(
        THURSDAY,
        'The ferry will run from 16 March to 20 March.',
        'Its crew will train on 18 March.',
      ),
    ).toEqual(['2026-03-16..2026-03-20 future', '2026-03-18 future']);
  });
});
