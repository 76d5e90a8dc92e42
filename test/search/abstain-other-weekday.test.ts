/**
 * Abstention's gate on a weekday asked as a habit (src/search/abstain-other-weekday.ts): "is the
 * lido open on Sundays" is not answered by "The lido is open on Saturdays from 9am to 5pm".
 * Tiny invented corpora: a lido's opening hours, for Saturdays only, then for a span of days.
 */
import { describe, expect, it } from 'vitest';
import {
  askedWeekdayHeld,
  askedWeekdayOf,
  weekdaysNamed,
} from '../../src/search/abstain-other-weekday.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Saturday hours only. */
const SATURDAY_LIDO: SearchFixtureArticle = {
  id: 'lido-saturday',
  title: 'Brackmoor lido reopens',
  outlet: 'Lune Valley Echo',
  published: '2026-05-02',
  paragraphs: [
    ['The Brackmoor lido reopened after a £2m refurbishment of its pool and changing rooms.'],
    ['The lido is open on Saturdays from 9am to 5pm, the council said.'],
  ],
};

/** Hours for a span of days that runs through Sunday. */
const WEEKEND_LIDO: SearchFixtureArticle = {
  id: 'lido-weekend',
  title: 'Lido hours set',
  outlet: 'Lune Valley Echo',
  published: '2026-05-09',
  paragraphs: [['The lido will be open Friday to Sunday from 10am until dusk.']],
};

describe('the weekday a question asks as a habit', () => {
  it('is a weekday in the plural, after "every", or after "on" in a question not in the past', () => {
    expect(askedWeekdayOf('is the lido open on sundays')).toBe(0);
    expect(askedWeekdayOf('what time does the market open every Saturday')).toBe(6);
    expect(askedWeekdayOf('is the lido open on Sunday?')).toBe(0);
  });

  it('is none for a past event or a question naming no weekday', () => {
    expect(askedWeekdayOf('what did the mayor say on Sunday')).toBeNull();
    expect(askedWeekdayOf('who opened the lido on Sunday')).toBeNull();
    expect(askedWeekdayOf('is the lido open in May')).toBeNull();
  });
});

describe('the weekdays a passage names', () => {
  it('are its weekdays, the days of a span and those of a collective word', () => {
    expect(weekdaysNamed('open on Saturdays')).toEqual(new Set([6]));
    expect(weekdaysNamed('open Monday to Wednesday')).toEqual(new Set([1, 2, 3]));
    expect(weekdaysNamed('open Monday-Wednesday')).toEqual(new Set([1, 2, 3]));
    expect(weekdaysNamed('open Friday to Sunday')).toEqual(new Set([5, 6, 0]));
    expect(weekdaysNamed('open at weekends')).toEqual(new Set([6, 0]));
    expect(weekdaysNamed('open every day')).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    expect(weekdaysNamed('open from 9am')).toEqual(new Set());
  });
});

describe('a question asking what holds on a weekday', () => {
  it('is refused when the candidates give the asked thing only another weekday', () => {
    const { engine, index } = engineOver(SATURDAY_LIDO);
    const gate = (question: string) =>
      askedWeekdayHeld(index.abstentionInput(index.rank(question)));
    expect(gate('is the Brackmoor lido open on sundays')).toBe(false);
    expect(engine.ask('is the Brackmoor lido open on sundays').answered).toBe(false);
    expect(gate('is the Brackmoor lido open on saturdays')).not.toBe(false);
    expect(engine.ask('is the Brackmoor lido open on saturdays').answered).toBe(true);
  }, 60_000);

  it('is answered when a candidate names the day in a span of days', () => {
    const { engine, index } = engineOver(SATURDAY_LIDO, WEEKEND_LIDO);
    const gate = (question: string) =>
      askedWeekdayHeld(index.abstentionInput(index.rank(question)));
    expect(gate('is the Brackmoor lido open on sundays')).toBe(true);
    expect(engine.ask('is the Brackmoor lido open on sundays').answered).toBe(true);
  }, 60_000);
});
