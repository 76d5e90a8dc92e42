/**
 * One change told by its two ends in two ways (src/search/select/fact-change-ends.ts): "will
 * rise from £310 to £365" and "will cost £365, up from £310" state one rise of one price, so the
 * verbs are no two things reported, inside a reported clause too ("X confirmed last week that
 * …"). Another subject, another end, the other direction, a denial or another season stay apart.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { factKindsBothWays } from '../support/fact-kinds.js';

const CLOSE: RelationContext = { published: ['2026-03-08', '2026-03-09'] };
const bothWays = (a: string, b: string) => factKindsBothWays(a, b, CLOSE);

const RISE = 'Adult season tickets will rise from £310 to £365 next season.';
const UP_FROM = 'An adult season ticket will cost £365 next season, up from £310.';

describe('one change told by its two ends', () => {
  it('is one fact told with "rise from … to …" and ", up from …"', () => {
    expect(bothWays(RISE, UP_FROM)).toEqual(['same-fact', 'same-fact']);
  });

  it('is one fact inside a clause a frame of saying reports', () => {
    expect(
      bothWays(
        RISE,
        'In other news from the club, chief executive Mara Stott confirmed last week that an adult season ticket will cost £365 next season, up from £310.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('is one fact told with a fall, "down from"', () => {
    expect(
      bothWays(
        'Junior season tickets will fall from £120 to £95 next season.',
        'A junior season ticket will cost £95 next season, down from £120.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('near misses: another subject, end, direction, currency, a denial, another season', () => {
    for (const other of [
      'A junior season ticket will cost £365 next season, up from £310.',
      'Car parking permits will cost £365 next season, up from £310.',
      'Adult season tickets at Kelby Park will cost £365 next season, up from £310.',
      'An adult season ticket will cost £380 next season, up from £310.',
      'An adult season ticket will cost £310 next season, down from £365.',
      'An adult season ticket will cost €365 next season, up from €310.',
      'An adult season ticket will not cost £365 next season, up from £310.',
      'An adult season ticket cost £365 last season, up from £310.',
    ])
      expect(classifyFacts(RISE, other, CLOSE).kind, other).toBe('different-fact');
  });
});
