/**
 * A support-verb construction tells its noun's act ("reached an agreement" is to agree, "lodged
 * an appeal" is to appeal): the same act in other words is one fact; the verb's own sense ("a van
 * struck a cyclist"), a denial, a plan, another day and another act on the noun are not.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { FactRelation } from '../../src/search/select/fact-relation-types.js';
import { supportedNoun } from '../../src/search/select/fact-support-verbs.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { corpusSynonymTable } from '../../src/search/corpus-synonyms.js';
import { termsOf } from '../../src/text/terms.js';

/** The synonym table an index over the fixtures' words would hold, built once (WordNet is slow to read). */
const VOCABULARY = [
  "The Kelby dockers' union reached an agreement agreed a new pay deal with Harrow Port on Friday",
  'An agreement was reached between end the overtime ban lodged an appeal appealed against the ruling',
  'A van struck a cyclist on Kelby High Street was killed by signed denied it had hopes to agree Monday',
  "settled the pay dispute reached a settlement of did not reach the pilots' association",
];
const table = new Map(corpusSynonymTable(new Set(VOCABULARY.flatMap((text) => termsOf(text)))));

/** Two reports of one day, with that synonym table. */
function relate(a: string, b: string): FactRelation {
  return classifyFacts(a, b, {
    published: ['2026-05-15', '2026-05-15'],
    synonyms: (stem) => table.get(stem) ?? [],
  });
}

/** The relation both ways round, when it is the same. */
function both(a: string, b: string): FactRelation {
  const there = relate(a, b);
  expect(relate(b, a).kind).toBe(there.kind);
  return there;
}

const reached = "The Kelby dockers' union reached an agreement with Harrow Port on Friday.";

describe('a support verb tells its noun’s act', () => {
  it('reads the object noun, the head of its words, or the passive’s subject', () => {
    const noun = (text: string) => {
      const fact = analyseFact(text);
      return fact.sequence
        .map((_, i) => supportedNoun(fact.text, fact.sequence, i)?.keys.join(' '))
        .find((key) => key !== undefined);
    };
    expect(noun('The union reached a new cooperation agreement.')).toBe('agreem');
    expect(noun('An agreement was reached on Friday.')).toBe('agreem');
    expect(noun('Police carried out a search of the warehouse.')).toBe('search');
    // A name is no act; a verb of full meaning is no support verb.
    expect(noun('The union reached Harrow Port on Friday.')).toBeUndefined();
    expect(noun('The union signed a letter.')).toBeUndefined();
  });

  it('the same act in other words is one fact, both ways round', () => {
    expect(
      both(reached, "The Kelby dockers' union agreed a new pay deal with Harrow Port on Friday."),
    ).toEqual({ kind: 'same-fact' });
    expect(
      both(
        "An agreement was reached between the Kelby dockers' union and Harrow Port on Friday.",
        "The Kelby dockers' union and Harrow Port agreed on Friday to end the overtime ban.",
      ),
    ).toEqual({ kind: 'same-fact' });
    expect(
      both(
        'The Kelby dockers’ union lodged an appeal against the ruling on Friday.',
        'The Kelby dockers’ union appealed against the ruling on Friday.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('the verb’s own sense, another act, a denial, a plan and another day are not the act', () => {
    // "struck" is no support verb here: a cyclist is no act, and striking is not killing.
    expect(
      both(
        'A van struck a cyclist on Kelby High Street on Friday.',
        'On Friday a cyclist on Kelby High Street was killed by a van.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different acts' });
    for (const other of [
      "The Kelby dockers' union signed an agreement with Harrow Port on Friday.",
      "The Kelby dockers' union denied it had agreed with Harrow Port on Friday.",
      "The Kelby dockers' union hopes to agree with Harrow Port on Friday.",
      "The Kelby dockers' union agreed with Harrow Port on Monday.",
    ])
      expect(both(reached, other).kind).toBe('different-fact');
  });

  it('reads "settled" and "reached a settlement" as one act, its support verb no word of its own', () => {
    const settled = "Harrow Port and the dockers' union settled the pay dispute on Friday.";
    const settlement =
      "Harrow Port and the dockers' union reached a settlement of the pay dispute on Friday.";
    expect(both(settled, settlement)).toEqual({ kind: 'same-fact' });
    for (const other of [
      // A denial or a plan before the noun governs the act told by it.
      "Harrow Port and the dockers' union did not reach a settlement of the pay dispute on Friday.",
      "Harrow Port and the dockers' union hope to reach a settlement of the pay dispute on Friday.",
      // Other parties in that place, another day.
      "Harrow Port and the pilots' association reached a settlement of the pay dispute on Friday.",
      "Harrow Port and the dockers' union reached a settlement of the pay dispute on Monday.",
    ])
      expect(both(settled, other).kind).toBe('different-fact');
  });

  it('reads a denial before an agreement as denying the agreeing', () => {
    expect(
      both(
        "The Kelby dockers' union agreed with Harrow Port on Friday.",
        "The Kelby dockers' union did not reach an agreement with Harrow Port on Friday.",
      ),
    ).toEqual({ kind: 'different-fact', reason: 'polarity' });
  });
});
