/**
 * Two negated reports are one fact only when they deny one thing
 * (src/search/select/fact-negated-predicate.ts): "have not confirmed a link" denies a
 * confirmation, "no sign of a link" denies a sign. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { negatedTerm } from '../../src/search/select/fact-negated-predicate.js';
import { corpusSynonymTable } from '../../src/search/corpus-synonyms.js';
import { termsOf } from '../../src/text/terms.js';

/** Relates two reports of one day with the synonyms an index over them would hold. */
function relate(a: string, b: string) {
  const table = new Map(corpusSynonymTable(new Set([...termsOf(a), ...termsOf(b)])));
  return classifyFacts(a, b, {
    published: ['2026-05-12', '2026-05-12'],
    synonyms: (stem) => table.get(stem) ?? [],
  });
}

/** The word a passage's negation denies, as written. */
function denied(text: string): string | null {
  const fact = analyseFact(text);
  const term = negatedTerm(text, fact.terms);
  return term === null ? null : (text.slice(fact.terms.get(term)).split(/\W/)[0] ?? null);
}

describe('what a negation denies', () => {
  it('reads the word after the negation, past auxiliaries, determiners and "yet"', () => {
    expect(denied('The council has not yet approved the Harlow bypass.')).toBe('approved');
    expect(denied('Doctors found no sign of poisoning among the Corby pupils.')).toBe('sign');
    expect(denied("The ferry hasn't been repaired since the storm.")).toBe('repaired');
  });

  it('reads nothing for a negative pronoun or a sentence without negation', () => {
    expect(denied('No one was hurt when the Corby bus left the road.')).toBeNull();
    expect(denied('The council approved the Harlow bypass.')).toBeNull();
  });
});

describe('two denials', () => {
  it('keeps apart denials of different things on one topic', () => {
    expect(
      relate(
        'Health officials have not confirmed a link between the Corby pupils and the canteen.',
        'Doctors found no sign of a link between the Corby pupils and the canteen.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different things denied' });
    expect(
      relate(
        'Inspectors have not found a fault in the Harlow lift.',
        'Inspectors have not inspected the Harlow lift.',
      ).kind,
    ).toBe('different-fact');
  });

  it('still joins one denial told in other words', () => {
    expect(
      relate(
        'The regulator has not approved the sale of the Harlow depot to Marl Freight.',
        'The sale of the Harlow depot to Marl Freight has not been approved by the regulator.',
      ),
    ).toEqual({ kind: 'same-fact' });
    // "Hurt" and "injured" are WordNet synonyms: one thing denied.
    expect(
      relate(
        'The driver of the Corby school bus was not injured in the crash on the A43.',
        'The Corby school bus driver was not hurt in the crash on the A43.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });
});
