/**
 * Two tallies of one vote whose motion no proper name identifies ("the tax") are one
 * division told twice when both name the motion by a definite noun phrase with one head
 * (src/search/select/fact-motion.ts, fact-tallies.ts `oneMotion`): equal, they are one fact;
 * differing in one side, the sources differ on the number. Near misses stay apart: another head,
 * an indefinite phrase, two counts that differ in both sides, two names of places, another month,
 * articles far apart, a vote still to come. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { motionOf } from '../../src/search/select/fact-motion.js';

const on = (a: string | null, b: string | null): RelationContext => ({ published: [a, b] });
const DAY = '2026-03-03';
const BY_VOTES = 'Aldermen approved the tax by 19 votes to 11 on 2 March 2026.';
const both = (a: string, b: string, context: RelationContext) => [
  classifyFacts(a, b, context).kind,
  classifyFacts(b, a, {
    published: [...(context.published ?? [null, null])].reverse() as [string | null, string | null],
  }).kind,
];

describe('the motion of a vote', () => {
  it('is the head of the definite phrase the verb of deciding takes', () => {
    expect(motionOf(BY_VOTES)).toBe('tax');
    expect(motionOf('The parking charge was backed by 19 aldermen, with 12 voting against.')).toBe(
      'charg',
    );
    expect(motionOf('On the day the parking charge was passed, traders met.')).toBe('charg');
    expect(motionOf("Aldermen voted to approve the spending plan for the charge's proceeds.")).toBe(
      'plan',
    );
  });

  it('is none for an indefinite phrase, a name, or a clause between', () => {
    expect(motionOf('A parking charge was backed by 19 aldermen.')).toBeNull();
    expect(motionOf('Aldermen approved the Kelby Bypass by 19 votes to 11.')).toBeNull();
    expect(motionOf('The charge, which was backed by 19 aldermen, starts in May.')).toBeNull();
  });
});

describe('two tallies of one motion named alike', () => {
  it('differ on the number when one side differs', () => {
    expect(
      both(BY_VOTES, 'The tax was backed by 19 aldermen, with 12 voting against.', on(DAY, DAY)),
    ).toEqual(['disagree', 'disagree']);
  });

  it('are one fact when equal, a day within the month the other names', () => {
    expect(
      both(
        BY_VOTES,
        'The tax was approved by the full council in March by 19 votes to 11.',
        on(DAY, '2026-05-10'),
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('stay apart with another head, an indefinite phrase, or both sides different', () => {
    for (const other of [
      'The toll was backed by 19 aldermen, with 12 voting against.',
      'A tax was backed by 19 aldermen, with 12 voting against.',
      'The tax was backed by 17 aldermen, with 12 voting against.',
    ])
      expect(both(BY_VOTES, other, on(DAY, DAY))).not.toContain('disagree');
  });

  it('stay apart when each names a place the other does not', () => {
    expect(
      both(
        "Aldermen approved Kelby's tax by 19 votes to 11.",
        "Dunmore's tax was backed by 19 aldermen, with 12 voting against.",
        on(DAY, DAY),
      ),
    ).not.toContain('disagree');
  });

  it('stay apart in another month, in articles far apart, or for a vote to come', () => {
    expect(
      both(
        BY_VOTES,
        'The tax was approved by the full council in April by 19 votes to 11.',
        on(DAY, '2026-05-10'),
      ),
    ).not.toContain('same-fact');
    expect(
      both(
        BY_VOTES,
        'The tax was backed by 19 aldermen, with 12 voting against.',
        on(DAY, '2026-06-10'),
      ),
    ).not.toContain('disagree');
    expect(
      both(
        BY_VOTES,
        'The tax will be backed by 19 aldermen, with 12 voting against, on Thursday.',
        on(DAY, DAY),
      ),
    ).not.toContain('disagree');
  });
});
