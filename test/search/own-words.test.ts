import { describe, expect, it } from 'vitest';
import type { ScoredConcept } from '../../src/search/match.js';
import { SEARCH_OPTIONS } from '../../src/search/options.js';
import type { QueryPlan } from '../../src/search/plan/query-plan.js';
import { holdsOwnWord, ownWordIds } from '../../src/search/select/own-words.js';

const f = SEARCH_OPTIONS.plan.matchFactor;
// "Where did Lukashenka move in March?": term ids 1 lukashenka, 2 lukashenko (alias),
// 3 move, 4 march (synonym of move), 5 relocate (derived, invented), 6 march (the month).
const plan = {
  concepts: [
    { label: 'Lukashenka', alternatives: [{ terms: ['lukashenka'], kind: 'exact' }] },
    { label: 'move', alternatives: [{ terms: ['move'], kind: 'exact' }] },
    { label: 'March', alternatives: [{ terms: ['march'], kind: 'exact' }] },
  ],
} as unknown as QueryPlan;
const concepts: ScoredConcept[] = [
  {
    weight: 1,
    name: true,
    alternatives: [
      { ids: [1], factor: f.exact },
      { ids: [2], factor: f.alias },
    ],
  },
  {
    weight: 1,
    name: false,
    alternatives: [
      { ids: [3], factor: f.exact },
      { ids: [4], factor: f.synonym },
      { ids: [5], factor: f.derived },
    ],
  },
  { weight: 1, name: false, alternatives: [{ ids: [6], factor: f.exact }] },
];

describe('the question’s own words', () => {
  it('are its words and their aliases, not synonyms or derived forms', () => {
    expect([...ownWordIds(plan, concepts)].sort()).toEqual([1, 2, 3, 6]);
    expect(holdsOwnWord([4, 5], ownWordIds(plan, concepts))).toBe(false);
    expect(holdsOwnWord([4, 2], ownWordIds(plan, concepts))).toBe(true);
  });

  it('leave out a concept whose words are all ignored (a date named)', () => {
    expect([...ownWordIds(plan, concepts, new Set(['march']))].sort()).toEqual([1, 2, 3]);
  });
});
