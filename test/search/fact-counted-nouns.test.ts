/**
 * One figure of two kinds of thing ("nine timber trestles" / "nine concrete piers") is never one
 * fact; one figure of one kind told with a synonym, a more general or more specific noun, or a
 * near kind ("steel gates" / "barriers", "300 residents" / "300 people", "ships" / "boats")
 * still may be (src/search/select/fact-counted-nouns.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact, classifyFacts } from '../../src/search/select/fact-relation.js';
import {
  countedHead,
  countedNounsApart,
  headsRelated,
} from '../../src/search/select/fact-counted-nouns.js';

const days = { published: ['2026-05-11', '2026-05-12'] as const };
const never = () => false;
const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b, days);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

describe('countedHead', () => {
  it('reads the head noun of the phrase a figure counts, its modifiers left out', () => {
    const text = 'The footbridge is a line of nine timber trestles spanning the river.';
    expect(countedHead(text, text.indexOf('nine'))).toBe('trestles');
    expect(countedHead('12 new homes in Kelby', 0)).toBe('homes');
    expect(countedHead('Four coastguard boats joined', 0)).toBe('boats');
    expect(countedHead('three hundred and fifty homes', 0)).toBe('homes');
    expect(countedHead('1,200 people.', 0)).toBe('people');
  });

  it('stops at a word that is no noun after the head, and reads a unit joined to its figure', () => {
    expect(countedHead('14 people hurt', 0)).toBe('people');
    expect(countedHead('a 12-day notice', 2)).toBe('day');
  });

  it('is null when no noun follows the figure', () => {
    expect(countedHead('The fire injured nine.', 'The fire injured '.length)).toBe(null);
    expect(countedHead('$46 million in damage', 0)).toBe(null);
  });
});

describe('headsRelated', () => {
  it('holds for one word, synonyms, a more general noun and near kinds', () => {
    expect(headsRelated('gates', 'gate', never)).toBe(true);
    expect(headsRelated('gates', 'barriers', never)).toBe(true);
    expect(headsRelated('cars', 'vehicles', never)).toBe(true);
    expect(headsRelated('residents', 'people', never)).toBe(true);
    expect(headsRelated('ships', 'boats', never)).toBe(true);
    expect(headsRelated('trawlers', 'boats', never)).toBe(true);
  });

  it('does not hold for two kinds of thing', () => {
    expect(headsRelated('trestles', 'piers', never)).toBe(false);
    expect(headsRelated('people', 'homes', never)).toBe(false);
    expect(headsRelated('firefighters', 'vehicles', never)).toBe(false);
  });

  it('holds for two terms the synonym table pairs', () => {
    expect(headsRelated('trestles', 'piers', (x, y) => x === 'trestl' && y === 'pier')).toBe(true);
  });
});

describe('countedNounsApart', () => {
  it('holds for one figure of two kinds of thing', () => {
    const trestles = analyseFact('The footbridge is a line of nine timber trestles.');
    const piers = analyseFact('The footbridge is a line of nine concrete piers.');
    expect(countedNounsApart(trestles, piers, never)).toBe(true);
  });

  it('does not hold for one head with other modifiers, a near kind, or two figures', () => {
    const from = analyseFact('Four boats from the coastguard joined the search.');
    const coastguard = analyseFact('Four coastguard boats joined the search.');
    expect(countedNounsApart(from, coastguard, never)).toBe(false);
    const timber = analyseFact('The footbridge is a line of nine timber trestles.');
    const steel = analyseFact('The footbridge is a line of nine steel trestles.');
    expect(countedNounsApart(timber, steel, never)).toBe(false);
    const gates = analyseFact('The barrier is a line of eleven steel gates.');
    const barriers = analyseFact('The barrier is a line of eleven steel barriers.');
    expect(countedNounsApart(gates, barriers, never)).toBe(false);
    const ten = analyseFact('The footbridge is a line of ten concrete piers.');
    expect(countedNounsApart(timber, ten, never)).toBe(false);
  });

  it('matches a figure stated twice on a side by any of its heads', () => {
    const twice = analyseFact('Nine piers and nine trestles hold the Kelby footbridge.');
    const piers = analyseFact('The Kelby footbridge stands on nine concrete piers.');
    expect(countedNounsApart(twice, piers, never)).toBe(false);
  });
});

describe('one figure of two things in otherwise shared wording', () => {
  it('is not one fact', () => {
    expect(
      relation(
        'The Tilby footbridge is a line of nine timber trestles spanning the mouth of the Wexley river.',
        'The Tilby footbridge is a line of nine concrete piers across the mouth of the river, each weighing about 90 tonnes.',
      ),
    ).toBe('different-fact: one figure of two things');
  });

  it('is still one fact when the heads are one word', () => {
    expect(
      relation(
        'The Tilby footbridge is a line of nine concrete piers spanning the mouth of the Wexley river.',
        'The Tilby footbridge is a line of nine concrete piers across the mouth of the river, each weighing about 90 tonnes.',
      ),
    ).toBe('same-fact');
  });
});
