/**
 * A noun phrase set off by commas after a sentence's subject states what the subject is ("The
 * barrier, a line of eleven steel gates …, is intended to …"): a report that says so ("The
 * barrier is a line of eleven steel gates …") tells one fact with it; lists, phrases after a
 * preposition or an adverb, and appositives that say something else are not read so.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { appositiveClaim } from '../../src/search/select/fact-appositives.js';

const days = { published: ['2026-05-11', '2026-05-12'] as const };
const apposed =
  'The Tilby footbridge, a line of nine concrete piers spanning the mouth of the Wexley river, is intended to replace the ferry that sank in March 2024.';
const stated =
  'The Tilby footbridge is a line of nine concrete piers across the mouth of the river, each weighing about 90 tonnes.';

describe('appositiveClaim', () => {
  it('reads the subject and its appositive as a copular sentence', () => {
    expect(appositiveClaim(apposed)).toBe(
      'The Tilby footbridge is a line of nine concrete piers spanning the mouth of the Wexley river.',
    );
    expect(appositiveClaim('Ana Ruiz, the council leader, opened the footbridge.')).toBe(
      'Ana Ruiz is the council leader.',
    );
  });

  it('reads no appositive in a list, after a preposition, an adverb or a clause', () => {
    expect(appositiveClaim('The mayor, the council leader, and the engineer met.')).toBeNull();
    expect(appositiveClaim('The mayor, the council leader, have met.')).toBeNull();
    expect(appositiveClaim('In March, the council approved the plan, the mayor said.')).toBeNull();
    expect(appositiveClaim('Accordingly, a plan for the bridge was drawn up.')).toBeNull();
    expect(appositiveClaim('Talks with Wexley, a town on the river, ended.')).toBeNull();
    expect(appositiveClaim('The plan was approved, the mayor said, on Monday.')).toBeNull();
    expect(appositiveClaim('The footbridge, which cost £4m, opened on Monday.')).toBeNull();
    expect(appositiveClaim('Ana Ruiz, 54, opened the footbridge.')).toBeNull();
  });
});

describe('an appositive against a report of what the subject is', () => {
  it('is one fact, read both ways, whatever else the sentence says', () => {
    expect(classifyFacts(apposed, stated, days)).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(stated, apposed, days)).toEqual({ kind: 'same-fact' });
  });

  it('is not one fact when the appositive counts another thing', () => {
    const trestles = apposed.replace('concrete piers', 'timber trestles');
    expect(classifyFacts(trestles, stated, days).kind).toBe('different-fact');
  });

  it('is not one fact when the appositive says something else', () => {
    const other =
      'The Tilby footbridge, a timber deck resting on the old ferry piers, is intended to replace the ferry that sank in March 2024.';
    expect(classifyFacts(other, stated, days).kind).toBe('different-fact');
  });

  it('is not one fact with another subject', () => {
    const ferry =
      'The Tilby ferry is a line of nine concrete piers across the mouth of the river, each weighing about 90 tonnes.';
    expect(classifyFacts(apposed, ferry, days).kind).toBe('different-fact');
  });
});
