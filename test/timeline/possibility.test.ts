/**
 * A possibility ("could reopen in February", "may resume in February") or a condition ("If the
 * vote fails in February, …") is no event on its date: listed only as expected when the date lies
 * after publication, as a plan is, and left undated otherwise. Invented harbour sentences.
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
  ])('is expected when its date lies after publication: "%s"', (sentence) => {
    expect(datesOf(NOVEMBER, sentence)).toEqual({ dated: [['2026-02', true]], undated: [] });
  });

  it.each([
    'If the vote fails in February, the council could reopen the harbour consultation.',
    'The council could reopen the harbour consultation in February.',
    'In February, the harbour board could reopen the consultation.',
    'The council might have approved the harbour plan in February.',
  ])('is left undated when its date does not lie after publication: "%s"', (sentence) => {
    expect(datesOf(MARCH, sentence)).toEqual({ dated: [], undated: ['February'] });
  });

  it('looks ahead with "may" whatever the saying verb after it', () => {
    // Not the February before publication that "said" alone would give.
    expect(
      datesOf(MARCH, 'The harbour board talks may resume in February, officials said.'),
    ).toEqual({ dated: [['2027-02', true]], undated: [] });
  });

  it('reads a participle after "if" as no past: the consequence keeps its year', () => {
    expect(
      datesOf(NOVEMBER, 'If approved in February, the harbour scheme would start in May.').dated,
    ).toEqual([
      ['2026-02', true],
      ['2026-05', true],
    ]);
  });

  it('leaves a reported event beside it alone', () => {
    expect(
      datesOf(MARCH, 'The harbour board met in February and could vote again in May.').dated,
    ).toEqual([
      ['2026-02', false],
      ['2026-05', true],
    ]);
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
    expect(at('It would open in May if approved in February.', 'May')).toBeNull();
    expect(at('It looked as if the quay shut in May.', 'May')).toBeNull();
    expect(at('The quay could reopen in May.', 'May')).toBe('could');
    expect(at('The quay might have shut in May.', 'May')).toBe('perfect');
    expect(at('The quay, which could reopen soon, shut in May.', 'May')).toBeNull();
    expect(at('The quay shut in May.', 'May')).toBeNull();
  });
});
