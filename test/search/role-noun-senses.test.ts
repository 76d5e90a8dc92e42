/**
 * "Who is the captain of the Kestrel Dawn?": the role noun's rarer person sense, WordNet's
 * {master, captain, sea captain, skipper} of a merchant ship, is read past the cap on senses,
 * since "who" asks for a person (plan/role-noun-senses.ts). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { rarerPersonSenseLemmas } from '../../src/search/plan/role-noun-senses.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const FERRY: SearchFixtureArticle = {
  id: 'ferry',
  title: 'Ferry runs aground',
  outlet: 'Bay Post',
  published: '2026-03-02',
  paragraphs: [
    ['The ferry Kestrel Dawn ran aground off Pellan Point on Monday.'],
    ['The 47-year-old master of the Kestrel Dawn, Tomas Ruel, was questioned by police.'],
    ['The Kestrel Dawn is a 9,000-tonne ferry registered in Cyprus.'],
  ],
};

const HARBOUR: SearchFixtureArticle = {
  id: 'harbour',
  title: 'Harbour repairs begin',
  outlet: 'Bay Post',
  published: '2026-03-05',
  paragraphs: [
    ['Repairs to the harbour wall at Pellan began on Thursday.'],
    ['The work will cost £2m.'],
  ],
};

describe('the rarer person senses of a role noun', () => {
  it('are the lemmas of its person senses past the first three', () => {
    const captain = rarerPersonSenseLemmas('captain');
    expect(captain).toContain('master');
    expect(captain).not.toContain('captain');
    expect(rarerPersonSenseLemmas('captains')).toContain('master');
    // A noun whose usual sense is no person has none: "table", "bank".
    expect(rarerPersonSenseLemmas('table')).toEqual([]);
    expect(rarerPersonSenseLemmas('bank')).toEqual([]);
  });

  it('answers "who is the captain" with the sentence naming the master', () => {
    const { engine } = engineOver(FERRY, HARBOUR);
    const result = engine.ask('who is the captain of the Kestrel Dawn?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.quote).toContain('Tomas Ruel');
  }, 60_000);
});
