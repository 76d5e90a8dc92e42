/**
 * An act reported done "by" or "before" a date ("Crews had restored power to most homes by
 * Wednesday evening") happened no later than that date, on it or before ("by" of time: "not
 * later than", Quirk et al. 1985, 9.40). It is no deadline: nobody set the date, the sentence
 * reports the act done. A deadline needs the act still to be done: a future, a modal or a word of
 * obligation ("must … by", "will … by", "is due by", "was told to finish … by", "had to … by").
 * Invented power-cut and harbour sentences, published Thursday 13 March 2025.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/types/timeline.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { renderTimeline } from '../../src/framework/render/timeline.js';
import { formatTimelinePage, timelineJson } from '../../src/cli/timeline.js';
import { dateLabel as chartDateLabel } from '../../src/chart/timeline-svg.js';
import { articleOf, corpusOf } from './fixtures.js';

const THURSDAY = '2025-03-13';

/** Each entry as [date, future, deadline, doneBy]. */
const entriesOf = (sentence: string, published = THURSDAY) =>
  buildTimeline(articleOf(published, sentence)).map((e: TimelineEvent) => [
    e.date,
    e.future,
    e.deadline ?? false,
    e.doneBy ?? false,
  ]);

describe('an act reported done by a date', () => {
  it.each([
    ['Crews had restored power to most homes by Wednesday evening.', '2025-03-12'],
    ['Crews restored power to most homes by Wednesday.', '2025-03-12'],
    ['By Sunday, the barrier had been breached.', '2025-03-09'],
    ['The last of the evacuees returned home by 9 March.', '2025-03-09'],
    ['Residents were evacuated before Sunday.', '2025-03-09'],
    ['Officials said 300 homes had been reconnected by Sunday.', '2025-03-09'],
    // A time of day before the date's "on" is part of the bound.
    ['The fire was out by noon on Tuesday.', '2025-03-11'],
    ['Crews had restored power by 6pm on Tuesday.', '2025-03-11'],
  ])('"%s" happened by %s, no deadline', (sentence, date) => {
    expect(entriesOf(sentence)).toEqual([[date, false, false, true]]);
  });

  it('is read at any precision', () => {
    expect(entriesOf('The council had spent its budget by March.')).toEqual([
      ['2025-03', false, false, true],
    ]);
    expect(entriesOf('By 2020 the town had lost half its shops.')).toEqual([
      ['2020', false, false, true],
    ]);
  });
});

describe('a deadline stays a deadline', () => {
  it.each([
    // Ahead: a future, a modal, "due".
    ['Crews will restore power to most homes by Friday.', '2025-03-14', true],
    ['Crews must restore power to most homes by Friday.', '2025-03-14', true],
    ['The report is due by Friday.', '2025-03-14', true],
    ['The fire will be out by noon on Tuesday.', '2025-03-18', true],
    // In the past, an act still to be done: an infinitive of obligation or agreement.
    ['The trust was told to finish the repairs by 3 March.', '2025-03-03', false],
    ['Crews had to restore power by Sunday.', '2025-03-09', false],
    ['The work had been due to finish by 3 March.', '2025-03-03', false],
    ['The works were supposed to be finished by Tuesday.', '2025-03-11', false],
    ['By Tuesday, crews had to restore power.', '2025-03-11', false],
    // A verb of volition or direction: its object is an act wanted, not done.
    ['The inspector ordered the site cleared by Tuesday.', '2025-03-11', false],
    ['The union demanded payment by Tuesday.', '2025-03-11', false],
    ['The council requested a reply by 3 March.', '2025-03-03', false],
    ['By Tuesday, the council wanted the bridge reopened.', '2025-03-11', false],
    // Time granted.
    ['The council was given until March to pay the contractors.', '2025-03', false],
  ])('"%s" is a deadline of %s', (sentence, date, future) => {
    expect(entriesOf(sentence)).toEqual([[date, future, true, false]]);
  });

  it('a number after "by" is an amount, not a time of day', () => {
    expect(entriesOf('Shares rose by 3.50 on Tuesday.')).toEqual([
      ['2025-03-11', false, false, false],
    ]);
  });

  it('"agreed to reopen … by 3 March" sets a deadline after the agreeing (committed-act.ts)', () => {
    expect(entriesOf('The council agreed to reopen the viaduct by 3 March.', '2025-01-20')).toEqual(
      [['2025-03-03', true, true, false]],
    );
  });
});

describe('shown as happened by the date', () => {
  const sentence = 'Crews had restored power to most homes by Wednesday evening.';
  const events = buildTimeline(articleOf(THURSDAY, sentence));

  it('says so in every front end, never "deadline" nor "expected"', () => {
    const page = { events, total: events.length, offset: 0, limit: 10 };
    const discord = JSON.stringify(renderTimeline(page, {}));
    expect(discord).toContain('happened by this date: on it or before');
    expect(discord).not.toContain('deadline');
    expect(discord).not.toContain('expected');
    const text = formatTimelinePage(page);
    expect(text).toContain('happened by this date: on it or before');
    expect(text).not.toContain('deadline');
    expect(timelineJson(page)).toMatchObject({ events: [{ date: '2025-03-12', doneBy: true }] });
    expect(chartDateLabel(events[0]!)).toBe('by 2025-03-12');
  });

  it('joins no report of the act on that day, nor a deadline of it', () => {
    const joined = buildTimeline(
      corpusOf(
        { id: 'a', published: THURSDAY, paragraphs: [[sentence]] },
        {
          id: 'b',
          published: THURSDAY,
          paragraphs: [['Crews restored power to most homes on Wednesday evening.']],
        },
      ),
    );
    expect(
      joined.map((e) => [e.date, e.doneBy ?? false, e.quotes.map((q) => q.source.id)]),
    ).toEqual(
      expect.arrayContaining([
        ['2025-03-12', true, ['a']],
        ['2025-03-12', false, ['b']],
      ]),
    );
  });
});
