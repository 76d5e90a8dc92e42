/**
 * One figure of two things ("nine timber trestles" / "nine concrete piers") is never one fact,
 * however much else two reports share; one thing counted in other words ("four boats from the
 * coastguard" / "four coastguard boats", "12 new homes" / "12 homes") still may be.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact, classifyFacts } from '../../src/search/select/fact-relation.js';
import { countedNounsApart } from '../../src/search/select/fact-measures.js';

const days = { published: ['2026-05-11', '2026-05-12'] as const };
const never = () => false;

describe('countedNounsApart', () => {
  it('holds for one figure of nouns that share no word', () => {
    const trestles = analyseFact('The footbridge is a line of nine timber trestles.');
    const piers = analyseFact('The footbridge is a line of nine concrete piers.');
    expect(countedNounsApart(trestles, piers, never)).toBe(true);
  });

  it('does not hold for one noun told before or after a modifier, nor for two figures', () => {
    const from = analyseFact('Four boats from the coastguard joined the search.');
    const coastguard = analyseFact('Four coastguard boats joined the search.');
    expect(countedNounsApart(from, coastguard, never)).toBe(false);
    const newHomes = analyseFact('The council built 12 new homes in Kelby.');
    const homes = analyseFact('The council built 12 homes in Kelby.');
    expect(countedNounsApart(newHomes, homes, never)).toBe(false);
    const nine = analyseFact('The footbridge is a line of nine timber trestles.');
    const ten = analyseFact('The footbridge is a line of ten concrete piers.');
    expect(countedNounsApart(nine, ten, never)).toBe(false);
  });
});

describe('one figure of two things in otherwise shared wording', () => {
  it('is not one fact', () => {
    const trestles =
      'The Tilby footbridge is a line of nine timber trestles spanning the mouth of the Wexley river.';
    const piers =
      'The Tilby footbridge is a line of nine concrete piers across the mouth of the river, each weighing about 90 tonnes.';
    expect(classifyFacts(trestles, piers, days)).toEqual({
      kind: 'different-fact',
      reason: 'one figure of two things',
    });
  });
});
