/**
 * "Sign" and "conclude" with the noun of a compact ("a contract", "a cooperation agreement")
 * tell only that the compact was made: they are its support verbs (fact-support-verbs.ts
 * `COMPACT_VERBS`), and two of them supporting one noun in one place are one word. With another
 * object they keep their own sense ("signed the letter", "concluded its investigation": ended
 * it), and an act on the compact that is not its making ("cancelled", "terminated", "awarded")
 * is still another act. Invented sentences, articles published on one day.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { compactVerbObjects, supportedNoun } from '../../src/search/select/fact-support-verbs.js';

const DAY = '2026-03-10';

function relation(a: string, b: string): string {
  const r = classifyFacts(a, b, { published: [DAY, DAY] });
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
}

/** The relation both ways round, when it is the same. */
function both(a: string, b: string): string {
  const there = relation(a, b);
  expect(relation(b, a)).toBe(there);
  return there;
}

const signed = 'The Kelby port authority signed a dredging contract with Dunmore Marine on Monday.';
const withVerb = (verb: string) =>
  `The Kelby port authority ${verb} a dredging contract with Dunmore Marine on Monday.`;

describe('the verbs of a compact', () => {
  it('support the noun of a compact, and no other', () => {
    const noun = (text: string) => {
      const fact = analyseFact(text);
      const at = fact.sequence.findIndex((unit) => /^(?:sign|conclu)/.test(unit.keys[0] ?? ''));
      return supportedNoun(text, fact.sequence, at)?.keys ?? null;
    };
    expect(noun(signed)).toEqual(['contra']);
    expect(noun('Norway and Iceland concluded a fishing agreement.')).toEqual(['agreem']);
    expect(noun('The mayor signed a letter to the minister.')).toBeNull();
    expect(noun('Police concluded their investigation into the fire.')).toBeNull();
    const fact = analyseFact(signed);
    expect([...compactVerbObjects(signed, fact.sequence)]).toEqual([['sign', 'contra']]);
  });

  it('tell one compact made in two words as one fact', () => {
    expect(both(signed, withVerb('concluded'))).toBe('same-fact');
    expect(
      both(
        signed,
        'The Kelby port authority and Dunmore Marine concluded a dredging contract, the authority said.',
      ),
    ).toBe('same-fact');
  });

  it('keep their own sense with another object, and other acts on the compact apart', () => {
    expect(both(signed, withVerb('cancelled'))).toMatch(/^different-fact/);
    expect(both(signed, withVerb('terminated'))).toMatch(/^different-fact/);
    expect(both(signed, withVerb('awarded'))).toMatch(/^different-fact/);
    expect(
      both(
        'The mayor of Kelby signed a letter to the minister on Monday.',
        'The mayor of Kelby sent a letter to the minister on Monday.',
      ),
    ).toMatch(/^different-fact/);
    expect(
      both(
        'Kelby police concluded their investigation into the boathouse fire on Monday.',
        'Kelby police conducted an investigation into the boathouse fire on Monday.',
      ),
    ).toMatch(/^different-fact/);
  });

  it('read "inked" and "sealed" as verbs of a compact, with its worth before the noun', () => {
    expect(both(signed, withVerb('inked'))).toBe('same-fact');
    expect(both(withVerb('sealed'), withVerb('concluded'))).toBe('same-fact');
    const worth = (verb: string, sum: string) =>
      `Tarrow council ${verb} a ${sum} contract with Dunmore Marine on Monday.`;
    expect(both(worth('signed', '£4m'), worth('inked', '£4m'))).toBe('same-fact');
    // Another worth is a disagreement on the number, never one fact.
    expect(relation(worth('signed', '£4m'), worth('inked', '£5m'))).toBe('disagree');
    expect(both(worth('signed', '£4m'), worth('cancelled', '£4m'))).toMatch(/^different-fact/);
    expect(
      both(
        'The mayor of Kelby sealed the envelope on Monday.',
        'The mayor of Kelby signed the envelope on Monday.',
      ),
    ).toMatch(/^different-fact/);
  });
});
