/**
 * A day counted from the narrative ("the same day", "that day", "the following day") takes the
 * nearest date already told whose side of the time of writing agrees with its sentence's tense:
 * a past verb is never dated after publication. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Wednesday 2026-10-14. */
const WEDNESDAY = '2026-10-14';
const RESULT = 'Members voted to walk out, the count declared on Tuesday showed.';
const PLAN = 'A stoppage is planned for 9 November.';

/** The dates the timeline gives the sentence `target` of an article, "future" marked. */
function datesOf(target: string, ...sentences: string[]): string[] {
  const { events } = buildTimelineDetailed(articleOf(WEDNESDAY, ...sentences));
  return events
    .filter((e) => e.quotes.some((q) => q.quote === target))
    .map((e) => `${e.date}${e.future ? ' future' : ''}`);
}

describe('a past day counted from the narrative after a plan', () => {
  it.each([
    'On the same day, campaigners handed in a petition.',
    'Later that day, campaigners handed in a petition.',
    'That day, campaigners handed in a petition.',
    'On the same date, campaigners handed in a petition.',
  ])('"%s" refers back past the plan to the told event', (sentence) => {
    expect(datesOf(sentence, RESULT, PLAN, sentence)).toEqual(['2026-10-13']);
  });

  it("takes the plan's day for a sentence ahead of writing", () => {
    const sentence = 'On the same day, campaigners will hold a rally.';
    expect(datesOf(sentence, RESULT, PLAN, sentence)).toEqual(['2026-11-09 future']);
  });

  it('counts "the following day" from the told event too', () => {
    const sentence = 'The following day, the firm issued a statement.';
    expect(datesOf(sentence, RESULT, PLAN, sentence)).toEqual(['2026-10-14']);
  });

  it('leaves the day undated when no earlier date agrees with the past verb', () => {
    const sentence = 'On the same day, campaigners handed in a petition.';
    const { events, undated } = buildTimelineDetailed(articleOf(WEDNESDAY, PLAN, sentence));
    expect(events.flatMap((e) => e.quotes.map((q) => q.quote))).not.toContain(sentence);
    expect(undated.find((u) => u.quote.quote === sentence)?.reason).toMatch(/past verb/);
  });

  it('keeps the latest date when it agrees with the tense', () => {
    const sentence = 'On the same day, the union met managers.';
    const told = 'The ballot closed on Friday 9 October.';
    expect(datesOf(sentence, RESULT, told, sentence)).toEqual(['2026-10-09']);
  });
});

describe('"that day" and "the same date" as times only', () => {
  it('reads no date in "that day" as the object of a verb', () => {
    const sentence = 'He still remembers that day with pride.';
    expect(datesOf(sentence, RESULT, sentence)).toEqual([]);
  });

  it('reads "the same date last year" as last year, not the narrative day', () => {
    const sentence = 'Sales on the same date last year were lower.';
    expect(datesOf(sentence, RESULT, sentence)).not.toContain('2026-10-13');
  });
});

describe('a day counted from the members of "every" or "each"', () => {
  const TOLD = 'The closure is expected to end on 9 November.';
  it.each([
    'The council said every report would be checked the same day by an engineer.',
    'Each complaint is answered on the same day, the firm said.',
  ])('"%s" is the day of each member, not the told date', (sentence) => {
    expect(datesOf(sentence, TOLD, sentence)).toEqual([]);
  });

  it('binds nothing in another clause of the sentence', () => {
    const sentence =
      'Each bidder will be told by letter, and on the same day the council will vote.';
    expect(datesOf(sentence, TOLD, sentence)).toEqual(['2026-11-09 future']);
  });
});
