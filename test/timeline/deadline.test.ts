/**
 * A deadline ("no later than 31 March", "by 1 May", "before the end of June", "has until Friday
 * to reply") is listed under its date marked as a deadline: what the sentence tells falls on or
 * before that date, not on it. Invented viaduct and council sentences.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/types/timeline.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { isDeadline } from '../../src/timeline/deadline.js';
import { renderTimeline } from '../../src/framework/render/timeline.js';
import { formatTimelinePage, timelineJson } from '../../src/cli/timeline.js';
import { dateLabel as chartDateLabel } from '../../src/chart/timeline-svg.js';
import { articleOf, corpusOf } from './fixtures.js';

const entriesOf = (published: string | null, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map((e) => [e.date, e.future, e.deadline ?? false]);

const at = (sentence: string, date: string) => {
  const start = sentence.indexOf(date);
  return isDeadline(sentence, start, start + date.length);
};

// Tuesday 11 March 2025.
const TUESDAY = '2025-03-11';

describe('a deadline', () => {
  it.each([
    ['The council will ask the trust to reopen the viaduct no later than 31 March.', '31 March'],
    ['The work must be done by 1 May.', '1 May'],
    ['The repairs must be finished before the end of June.', 'June'],
    ['The bridge will reopen by mid-April.', 'April'],
    ['The trust has until 31 March to reply.', '31 March'],
    ['The council was given until March to pay the contractors.', 'March'],
    ['Bids must arrive on or before 3 March.', '3 March'],
  ])('is read in "%s"', (sentence, date) => {
    expect(at(sentence, date)).toBe(true);
  });

  it.each([
    // A day of its own, counted from another.
    ['Two days before 31 March the viaduct closed.', '31 March'],
    // The end of a state: the road does open on Friday.
    ['The road is closed until Friday.', 'Friday'],
    // A possessive names the occasion.
    ['Campaigners gathered before Friday’s vote.', 'Friday’s'],
    ['The viaduct reopened on 23 March.', '23 March'],
  ])('is not read in "%s"', (sentence, date) => {
    expect(at(sentence, date)).toBe(false);
  });

  it('is an entry of its date, marked as a deadline', () => {
    expect(
      entriesOf(
        TUESDAY,
        'The council will ask the trust to reopen the viaduct no later than 31 March.',
      ),
    ).toEqual([['2025-03-31', true, true]]);
    expect(entriesOf(TUESDAY, 'The trust was told to finish the repairs by 3 March.')).toEqual([
      ['2025-03-03', false, true],
    ]);
    expect(entriesOf(TUESDAY, 'The viaduct reopened on 3 March.')).toEqual([
      ['2025-03-03', false, false],
    ]);
  });

  it('a date opening its clause takes the tense of its verb, a deadline too', () => {
    // "had been breached": the latest Sunday before publication, not the next one; a breach
    // reported done by then, no deadline (accomplished-by.test.ts).
    expect(entriesOf(TUESDAY, 'By Sunday, the barrier had been breached.')).toEqual([
      ['2025-03-09', false, false],
    ]);
    expect(entriesOf(TUESDAY, 'By Friday the works will be done.')).toEqual([
      ['2025-03-14', true, true],
    ]);
  });

  it('never joins the entry of an event of that day, nor an estimate of it', () => {
    const events = buildTimeline(
      corpusOf(
        {
          published: '2025-02-12',
          paragraphs: [
            ['The council will ask the trust to reopen the viaduct no later than 31 March.'],
          ],
        },
        {
          published: '2025-02-10',
          paragraphs: [['The trust expects the viaduct to reopen on 31 March, engineers said.']],
        },
      ),
    );
    const entries = events.map((e) => [e.date, e.deadline ?? false, e.quotes.length]);
    expect(entries).toHaveLength(2);
    expect(entries).toEqual(
      expect.arrayContaining([
        ['2025-03-31', true, 1],
        ['2025-03-31', false, 1],
      ]),
    );
  });

  it('a deadline without a year is one too', () => {
    expect(entriesOf(null, 'The trust must reopen the viaduct by March 31 at the latest.')).toEqual(
      [['--03-31', true, true]],
    );
  });
});

describe('a deadline as the front ends show it', () => {
  const source = {
    id: 'a',
    title: 'Council backs repairs',
    outlet: 'Gazette',
    published: '2025-02-12',
    url: null,
    author: null,
  };
  const entry = (quote: string, extra: Partial<TimelineEvent>): TimelineEvent => ({
    date: '2025-03-31',
    precision: 'day',
    yearStated: true,
    future: true,
    quotes: [{ quote, source, start: 0, end: quote.length }],
    ...extra,
  });
  const deadline = entry('The trust must reopen the viaduct no later than 31 March.', {
    deadline: true,
  });
  const estimate = entry('The trust expects the viaduct to reopen on 31 March.', {});
  const page = (events: TimelineEvent[]) => ({
    events,
    total: events.length,
    offset: 0,
    limit: 10,
  });

  it('says so with its heading when every entry of the date is one', () => {
    const text = formatTimelinePage(page([deadline]));
    expect(text).toContain(
      '2025-03-31  (expected at the time of writing; deadline: by this date, not on it)',
    );
    const field = renderTimeline(page([deadline]), {}).embeds?.[0]?.fields?.[0];
    expect(field?.name).toContain('deadline: by this date, not on it');
  });

  it('says so of the one entry only when the date has others', () => {
    const text = formatTimelinePage(page([deadline, estimate]));
    expect(text).toContain('2025-03-31  (expected at the time of writing)\n');
    expect(text).toContain('no later than 31 March.” (deadline: by this date, not on it)');
    expect(text).not.toContain('on 31 March.” (deadline');
    const value = renderTimeline(page([deadline, estimate]), {}).embeds?.[0]?.fields?.[0]?.value;
    expect(value).toContain('• (deadline: by this date, not on it) ');
  });

  it('is in the JSON and on the chart', () => {
    const json = timelineJson(page([deadline, estimate])) as { events: Array<{ deadline?: true }> };
    expect(json.events.map((e) => e.deadline)).toEqual([true, undefined]);
    expect(chartDateLabel(deadline)).toBe('by 2025-03-31');
    expect(chartDateLabel(estimate)).toBe('2025-03-31');
  });
});
