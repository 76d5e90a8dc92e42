/**
 * One act over different patients is two events (src/search/select/fact-patients.ts): "The fire
 * destroyed the Tolver Arcade …" / "A boathouse … was destroyed" share the act and a place phrase,
 * not what was destroyed. The same patient told in the active and in the passive, or persons told
 * by other descriptions, stay one fact.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { patientsApart } from '../../src/search/select/fact-patients.js';

const published = ['2025-03-12', '2025-03-12'] as const;
const relate = (a: string, b: string) => classifyFacts(a, b, { published }).kind;

describe('patients of one act', () => {
  it('keeps one act over two different things apart (active / passive)', () => {
    expect(
      relate(
        'The fire destroyed the Tolver Arcade and the Marine Ballroom at the landward end of the jetty.',
        'A wooden boathouse at the landward end of the jetty was destroyed, and a fence was scorched.',
      ),
    ).toBe('different-fact');
  });

  it('keeps them apart in the passive on both sides', () => {
    expect(
      relate(
        'The Tolver Arcade at the landward end of the jetty was destroyed in the blaze.',
        'A wooden boathouse at the landward end of the jetty was destroyed in the blaze.',
      ),
    ).toBe('different-fact');
  });

  it('reads a compound WordNet holds as one head: a fishing boat restates no ferry', () => {
    expect(
      relate(
        'Tugs towed the Kelby Star ferry back to harbour on Wednesday.',
        'Tugs towed a fishing boat back to harbour on Wednesday.',
      ),
    ).toBe('different-fact');
    // The compound's own class restates it: "the boat" may be the fishing boat.
    expect(
      relate(
        'Tugs towed a fishing boat back to harbour on Wednesday.',
        'Tugs towed the boat back to harbour on Wednesday.',
      ),
    ).toBe('same-fact');
  });

  it('keeps one act told with its patient on each side as one fact', () => {
    expect(
      relate(
        'The fire destroyed the Tolver Arcade at the landward end of the jetty.',
        'The Tolver Arcade at the landward end of the jetty was destroyed by the fire.',
      ),
    ).toBe('same-fact');
    expect(
      relate(
        'The fire destroyed the arcade and the ballroom at the landward end of the jetty.',
        'The ballroom and the arcade at the landward end of the jetty were destroyed by the fire.',
      ),
    ).toBe('same-fact');
  });

  it('keeps persons told in the active and the passive as one fact', () => {
    expect(
      relate(
        'Police arrested the teenagers at the Kelby jetty on Tuesday.',
        'The teenagers were arrested at the Kelby jetty on Tuesday.',
      ),
    ).toBe('same-fact');
  });

  it('reads no patients apart when both name persons', () => {
    const a = analyseFact('Police arrested the teenagers at the Kelby jetty.');
    const b = analyseFact('The boys were arrested at the Kelby jetty.');
    const at = (fact: typeof a, key: string) =>
      fact.sequence.find((u) => u.keys.includes(key))!.start;
    expect(patientsApart(a, at(a, 'arrest'), b, at(b, 'arrest'), () => false)).toBe(false);
    const c = analyseFact('The kiosk was destroyed at the Kelby jetty.');
    const d = analyseFact('The fire destroyed the arcade at the Kelby jetty.');
    expect(patientsApart(c, at(c, 'destro'), d, at(d, 'destro'), () => false)).toBe(true);
  });
});
