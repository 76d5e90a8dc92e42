/**
 * A possibility ("could reopen in February", "may resume in February") or a condition ("If the
 * vote fails in February, …") is no event on its date, not even an expected one: left undated on
 * either side of publication. Invented harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { possibilityOf } from '../../src/timeline/possibility.js';
import { articleOf } from './fixtures.js';

const datesOf = (published: string, sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return { dated: events.map((e) => [e.date, e.future]), undated: undated.map((u) => u.text) };
};

/** Published before February: February lies ahead. */
const NOVEMBER = '2025-11-12';
/** Published after February: the nearer February has passed. */
const MARCH = '2026-03-10';

describe('a possibility or a condition', () => {
  it.each([
    'If the vote fails in February, the council could reopen the harbour consultation.',
    'The council could reopen the harbour consultation in February.',
    'In February, the harbour board could reopen the consultation.',
    'The harbour board talks may resume in February, officials said.',
    'The harbour board talks might resume in February.',
    'Work on the harbour wall could begin in early February, the council said.',
  ])('is not expected even when its date lies after publication: "%s"', (sentence) => {
    expect(datesOf(NOVEMBER, sentence)).toEqual({ dated: [], undated: ['February'] });
  });

  it.each([
    'If the vote fails in February, the council could reopen the harbour consultation.',
    'The council could reopen the harbour consultation in February.',
    'In February, the harbour board could reopen the consultation.',
    'The council might have approved the harbour plan in February.',
  ])('is left undated when its date does not lie after publication: "%s"', (sentence) => {
    expect(datesOf(MARCH, sentence)).toEqual({ dated: [], undated: ['February'] });
  });

  it('bounded by a deadline, estimates when: listed ahead, as a deadline', () => {
    // Published in March: the next June, not the one before, as "expects … by June" is.
    for (const sentence of [
      'Lead engineer Ana Roe said the harbour survey could be published by June.',
      'The harbour survey may be ready by June, officials said.',
    ]) {
      const { events } = buildTimelineDetailed(articleOf(MARCH, sentence));
      expect(
        events.map((e) => [e.date, e.future, e.deadline ?? false]),
        sentence,
      ).toEqual([['2026-06', true, true]]);
    }
    // A part of the month before it ("by the end of June") is still the modal's date, listed
    // ahead as the plain month is, not a thing it names ("the act of June 3").
    for (const sentence of [
      'Engineers said the harbour wall could reopen by the end of June.',
      'The harbour wall could reopen by the end of June if new stone can be cut in time.',
      'The harbour survey may be ready by the middle of June, officials said.',
    ]) {
      const { events } = buildTimelineDetailed(articleOf(MARCH, sentence));
      expect(
        events.map((e) => [e.date, e.future, e.deadline ?? false]),
        sentence,
      ).toEqual([['2026-06', true, true]]);
    }
    // With no deadline the act itself is in doubt; under a condition it is supposed.
    expect(datesOf(MARCH, 'The harbour survey could be published in June.').dated).toEqual([]);
    expect(
      datesOf(MARCH, 'If the harbour survey is published by June, the council will act.').dated,
    ).toEqual([]);
  });

  it('a plan beside it, in a clause of its own, stays expected', () => {
    expect(
      datesOf(
        NOVEMBER,
        'The harbour board will meet in January, and talks could resume in February.',
      ),
    ).toEqual({ dated: [['2026-01', true]], undated: ['February'] });
  });

  it('leaves the consequence of a condition undated too (condition-consequence.ts)', () => {
    expect(
      datesOf(NOVEMBER, 'If approved in February, the harbour scheme would start in May.'),
    ).toEqual({ dated: [], undated: ['February', 'May'] });
  });

  it('leaves a reported event beside it alone', () => {
    expect(
      datesOf(MARCH, 'The harbour board met in February and could vote again in May.').dated,
    ).toEqual([['2026-02', false]]);
    // "that" opens a clause of its own: the sinking is reported, not supposed.
    expect(
      datesOf(MARCH, 'Officials did not say if the ferry that sank on 3 February was insured.')
        .dated,
    ).toEqual([['2026-02-03', false]]);
  });

  it('is read from the words around the date', () => {
    const at = (sentence: string, date: string) => {
      const start = sentence.indexOf(date);
      return possibilityOf(sentence, start, start + date.length);
    };
    expect(at('If the vote fails in February, it could close.', 'February')).toBe('condition');
    expect(at('If approved in February, it would open.', 'February')).toBe('reduced-condition');
    expect(at('It would open in May if approved in February.', 'May')).toBe('consequence');
    expect(at('It looked as if the quay shut in May.', 'May')).toBeNull();
    expect(at('The quay could reopen in May.', 'May')).toBe('could');
    expect(at('The quay might have shut in May.', 'May')).toBe('perfect');
    expect(at('The quay, which could reopen soon, shut in May.', 'May')).toBeNull();
    expect(at('The quay shut in May.', 'May')).toBeNull();
  });
});
