/**
 * "Where was bird flu first confirmed?": a passage telling of "a second case" is of another
 * member of the series the question's ordinal picks out, and comes after a comparable passage of
 * the first (other-ordinal.ts; Quirk et al. 1985, §5.20). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { askedOrdinal, tellsOfOtherOrdinal } from '../../src/search/other-ordinal.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const FIRST: SearchFixtureArticle = {
  id: 'first',
  title: 'Culling under way at Oakleigh',
  outlet: 'Wexdale Gazette',
  published: '2026-01-10',
  paragraphs: [
    ['Bird flu has been confirmed at Oakleigh Farm near Brancaster, in the south of Wexdale.'],
    ['About 20,000 hens will be culled at Oakleigh Farm.'],
  ],
};

const SECOND: SearchFixtureArticle = {
  id: 'second',
  title: 'Another outbreak in Wexdale',
  outlet: 'Wexdale Radio',
  published: '2026-02-02',
  paragraphs: [
    ['A second case of bird flu in Wexdale has been confirmed at Hill Farm near Sedby.'],
    ['The farm keeps 6,000 ducks.'],
  ],
};

describe('an ordinal the passage contradicts', () => {
  it('reads the question ordinal, adverb or adjective, not a day of a month', () => {
    expect(askedOrdinal('where was bird flu first confirmed?')).toBe(1);
    expect(askedOrdinal('when was the 2nd ballot held')).toBe(2);
    expect(askedOrdinal('what happened on the first of March?')).toBeNull();
    expect(askedOrdinal('where was bird flu confirmed?')).toBeNull();
  });

  it('marks a passage whose own ordinal names another member', () => {
    expect(tellsOfOtherOrdinal('A second case was confirmed at Hill Farm.', 1)).toBe(true);
    expect(tellsOfOtherOrdinal('The first case and a second case were linked.', 1)).toBe(false);
    expect(tellsOfOtherOrdinal('The vote is on the second of May.', 1)).toBe(false);
    expect(tellsOfOtherOrdinal('Cases were confirmed at Hill Farm.', 1)).toBe(false);
  });

  it('ranks the passage of the first case above the second', () => {
    const { engine } = engineOver(FIRST, SECOND);
    const quotes = engine.ask('where was bird flu first confirmed in Wexdale?').passages;
    expect(quotes[0]?.quote).toContain('Oakleigh');
  }, 60_000);
});
