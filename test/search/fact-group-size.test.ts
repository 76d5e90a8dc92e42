/**
 * A group's size told as an attributive "N-strong" before its noun and as "of N" after it counts
 * one thing: two such figures that cannot be the same, for one event, differ on the number; the
 * same figure, a denial, a plan, another group, another event or a report weeks later do not.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { mayDisagree } from '../../src/search/select/fact-may-disagree.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';

const published = ['2026-10-02', '2026-10-02'] as const;
const strong =
  'A 60-strong search team using two dogs and a drone found the two hikers in a gully at 5.30am, about nine hours after they were reported missing.';
const of =
  'Police said the hikers were found by a team of about 50 volunteers shortly before dawn.';

describe('the size of one group, "N-strong" and "of about N"', () => {
  it('differs on the number when the figures cannot be the same', () => {
    for (const [a, b] of [
      [strong, of],
      [of, strong],
    ] as const) {
      expect(classifyFacts(a, b, { published, asked: 'number' })).toMatchObject({
        kind: 'disagree',
        aspect: 'number',
      });
      expect(mayDisagree(analyseFact(a), analyseFact(b))).toBe(true);
    }
  });

  it('does not differ when "about" reaches the other figure', () => {
    expect(classifyFacts(strong, of.replace('50', '60'), { published }).kind).toBe(
      'different-fact',
    );
  });

  it('does not differ for a denial, a plan or a subsequent search', () => {
    for (const near of [
      of.replace('were found', 'were not found'),
      'A team of about 50 volunteers will search for the hikers at dawn.',
      of.replace('a team', 'a subsequent team'),
    ])
      expect(classifyFacts(strong, near, { published }).kind).toBe('different-fact');
  });

  it('does not differ for another group, another event or weeks apart', () => {
    const crowd = 'Police said the hikers were greeted by a crowd of about 50 people at the inn.';
    expect(classifyFacts(strong, crowd, { published }).kind).toBe('different-fact');
    const dog = 'A team of about 50 volunteers searched the hill on Monday for a missing dog.';
    expect(classifyFacts(strong, dog, { published }).kind).toBe('different-fact');
    expect(classifyFacts(strong, of, { published: ['2026-10-02', '2026-10-20'] }).kind).toBe(
      'different-fact',
    );
  });

  it('does not differ when one passage sizes two groups of the noun', () => {
    const two =
      'Police said the hikers were found by a team of about 50 volunteers and a team of 12 rangers.';
    expect(classifyFacts(strong, two, { published }).kind).toBe('different-fact');
  });
});
