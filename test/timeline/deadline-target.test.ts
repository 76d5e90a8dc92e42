/**
 * A target date ahead of publication ("by 2030", "by next spring") is a deadline still to come,
 * expected at the time of writing, never "happened by this date": an act reported done lies
 * before the time of writing (Reichenbach 1947), and a plan's or an aim's complement is an act
 * wanted, not done (Quirk et al. 1985, 17.26). Invented harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** The one entry of a one-sentence article, as its date and flags. */
function entryOf(published: string | null, sentence: string) {
  const events = buildTimeline(articleOf(published, sentence));
  expect(events).toHaveLength(1);
  const [e] = events;
  return {
    date: e!.date,
    future: e!.future,
    deadline: e!.deadline === true,
    doneBy: e!.doneBy === true,
    dates: e!.quotes[0]!.dates ?? null,
  };
}

describe('a target date ahead of publication', () => {
  it('after "by next" and a season is a deadline, expected', () => {
    expect(entryOf('2026-03-04', 'The quay should be rebuilt by next summer.')).toEqual({
      date: '2026-06',
      future: true,
      deadline: true,
      doneBy: false,
      dates: null,
    });
  });

  it("after a verb wanting it done is the wanted act's deadline, not a date of the noun", () => {
    expect(
      entryOf('2026-03-04', 'The council wants the new ferry terminal finished by next spring.'),
    ).toEqual({ date: '2027-03', future: true, deadline: true, doneBy: false, dates: null });
  });

  it('under a past verb is the deadline of what the act set out, never done by it', () => {
    for (const sentence of [
      'Ministers announced a ban on diesel ferries by 2030.',
      'The council approved a plan for net zero by 2030.',
      'The board adopted a target of net zero emissions by 2030.',
    ])
      expect(entryOf('2026-03-04', sentence)).toEqual({
        date: '2030',
        future: true,
        deadline: true,
        doneBy: false,
        dates: null,
      });
  });

  it('after a noun of a plan is a deadline even with no publication date', () => {
    expect(entryOf(null, 'The board approved plans for a new quay by 2030.')).toMatchObject({
      date: '2030',
      deadline: true,
      doneBy: false,
    });
  });

  it('leaves an act reported done by a date before publication done by it', () => {
    expect(
      entryOf('2026-03-04', 'Crews had restored power to most homes by Monday evening.'),
    ).toEqual({ date: '2026-03-02', future: false, deadline: false, doneBy: true, dates: null });
  });
});
