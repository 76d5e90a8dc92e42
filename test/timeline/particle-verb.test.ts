/**
 * A multi-word verb ("hand in", "call off") is its own lexical unit (Quirk et al. 1985,
 * §16.2–16.4): no synonym of its bare verb tells its act, and WordNet's senses of the unit, when
 * it lists one, do. Two synonyms acting on two objects are two acts. One act told by two outlets
 * as a month and a day of it is still one entry. Invented Kelbrook allotment and show articles.
 */
import { describe, expect, it } from 'vitest';
import { lexicalActionOf } from '../../src/timeline/action.js';
import { synonymousActs } from '../../src/timeline/synonymous-acts.js';
import { entrySources, one } from './fixtures.js';

// Tuesday 14 April 2026; the next one a day later.
const MONTH =
  'Allotment holders in Kelbrook must hand in their renewal forms for the plots next month.';
const at = (id: string, sentence: string) => one(id, '2026-04-14', sentence);
const next = (id: string, sentence: string) => one(id, '2026-04-15', sentence);

describe('the lexical unit of an action', () => {
  const units = (s: string, date: string) =>
    lexicalActionOf(s, s.indexOf(date), s.indexOf(date) + date.length);

  it('reads a verb with the particle after it as one verb', () => {
    expect(units(MONTH, 'next month')).toEqual(['hand in']);
    expect(units('The club gave up its lease of the plots in May.', 'May')).toEqual(['gave up']);
  });

  it("does not read the date's own preposition as a particle", () => {
    expect(units('The Kelbrook show was cancelled on Friday.', 'Friday')).toEqual(['cancelled']);
    expect(units('On Friday organisers cancelled the show.', 'Friday')).toEqual(['cancelled']);
  });

  it("takes a multi-word verb's senses from WordNet, never its bare verb's", () => {
    expect(synonymousActs(['handed'], ['gave'])).toBe(true);
    expect(synonymousActs(['handed in'], ['gave'])).toBe(false);
    expect(synonymousActs(['called off'], ['cancelled'])).toBe(true);
  });
});

describe('merging a month and a day of it', () => {
  it('keeps "hand in" apart from "give" on another object', () => {
    const sources = entrySources(
      [
        at('a', MONTH),
        next('b', 'From 3 May allotment holders in Kelbrook can give their views on the plots.'),
      ],
      true,
    );
    expect(sources).toEqual(['2026-05 future: a', '2026-05-03 future: b']);
  });

  it('keeps two synonyms apart when their objects differ', () => {
    const sources = entrySources(
      [
        at(
          'a',
          'Allotment holders in Kelbrook must pass their renewal forms to the council next month.',
        ),
        next('b', 'Allotment holders in Kelbrook will give their views on the plots on 3 May.'),
      ],
      true,
    );
    expect(sources).toEqual(['2026-05 future: a', '2026-05-03 future: b']);
  });

  it('joins one act told as "next month" and "on 3 May" by two outlets', () => {
    const sources = entrySources(
      [
        at('a', MONTH),
        next('b', 'Allotment holders in Kelbrook must hand in their renewal forms on 3 May.'),
      ],
      true,
    );
    expect(sources).toEqual(['2026-05-03 future: a, b']);
  });

  it('joins one calling-off told by the multi-word verb and its WordNet synonym', () => {
    const sources = entrySources([
      at('a', 'The Kelbrook show was called off on Friday because of flooding.'),
      next('b', 'The Kelbrook show was cancelled on Friday because of flooding.'),
    ]);
    expect(sources).toEqual(['2026-04-10: a, b']);
  });
});
