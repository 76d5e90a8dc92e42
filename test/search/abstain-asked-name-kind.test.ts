/**
 * The asked-name gate (src/search/abstain-asked-name.ts) for a thing a coverage names under a
 * kind of it: "the search dogs" are named as "two springer spaniels …, named Pip and Moss"
 * (a hyponym restating the asked noun, src/search/plan/kind-of.ts; a comma-set participle
 * naming the whole noun phrase, Quirk et al. 1985 §17.97). A tiny invented corpus: a moorland
 * search whose dogs are praised by their general noun in one sentence and named under their
 * breed in another.
 */
import { describe, expect, it } from 'vitest';
import { askedNameHeld } from '../../src/search/abstain-asked-name.js';
import { kindOfTest } from '../../src/search/plan/kind-of.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const SEARCH: SearchFixtureArticle = {
  id: 'moor-search',
  title: 'Boy found safe on Hallow Moor',
  outlet: 'Moorside Gazette',
  published: '2025-01-12',
  paragraphs: [
    [
      'Two springer spaniels from the Dunmere Search and Rescue team, named Pip and Moss, found the boy near the quarry.',
    ],
    ['His mother said she would never forget the search dogs.'],
    ['The boy was taken home at dusk on Saturday.'],
  ],
};

const LATER: SearchFixtureArticle = {
  id: 'moor-later',
  title: 'Rescue team thanks volunteers',
  outlet: 'Moorside Gazette',
  published: '2025-01-15',
  paragraphs: [['The search dogs were given a week off, the team said.']],
};

describe('a thing named under a kind of it', () => {
  it('reads a kind of the asked thing by WordNet hypernyms, one way', () => {
    const dogs = kindOfTest('dogs');
    expect(dogs?.('spaniels')).toBe(true);
    expect(dogs?.('team')).toBe(false);
    expect(kindOfTest('spaniels')?.('dogs')).toBe(false);
  });

  it('answers with the name given beside the kind, not refusing', () => {
    const { index, engine } = engineOver(SEARCH, LATER);
    const question = 'what were the search dogs called';
    expect(askedNameHeld(index.abstentionInput(index.rank(question)))).toBe(true);
    const reply = engine.ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.passages.some((p) => p.quote.includes('named Pip and Moss'))).toBe(true);
  }, 60_000);

  it('still refuses when no sentence names them', () => {
    const { index } = engineOver(LATER);
    const input = index.abstentionInput(index.rank('what were the search dogs called'));
    expect(askedNameHeld(input)).toBe(false);
  }, 60_000);
});
