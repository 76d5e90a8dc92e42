/**
 * A dependent wh-interrogative clause names an open question, not its answer
 * (src/text/interrogative-complement.ts; Quirk et al. 1985, §15.5): "councillors agreed how the
 * money will be spent" tells a decision, not a way of spending, so it is never "also reported by"
 * a statement of how the money will be spent. Two reports of the decision stay one fact. A
 * relative "on which" and an exclamative "how pleased" open no question. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { stancesOf } from '../../src/search/select/fact-stance.js';

const published = ['2026-06-09', '2026-06-09'] as const;

describe('a dependent wh-interrogative clause', () => {
  it('leaves its content open', () => {
    for (const text of [
      'Kelby councillors have agreed how the money from the parking fee will be spent.',
      'The board decided which roads to close.',
      'It is unclear who will pay for the repairs.',
      'Talks on how the fee is set resumed on Monday.',
      'Officials are investigating why the wall collapsed.',
      'The committee decided when to reopen the pool.',
    ])
      expect(stancesOf(text).has('conditional'), text).toBe(true);
  });

  it('is no relative clause, exclamative or clause of time', () => {
    for (const text of [
      'The road on which the wall stood was closed.',
      'She said how pleased she was with the result.',
      'The council agreed the budget when it met on Tuesday.',
      'The money will be spent on roads.',
    ])
      expect(stancesOf(text).has('conditional'), text).toBe(false);
  });

  it('keeps a decision on how apart from a statement of how', () => {
    for (const [a, b] of [
      [
        'Kelby councillors have agreed how the money from the parking fee will be spent.',
        'Councillor Ann Roe said the money from the parking fee would be spent on roads in Kelby.',
      ],
      [
        'Kelby councillors have agreed how the money from the parking fee will be spent.',
        'The money from the parking fee will be spent on roads in Kelby.',
      ],
      [
        'Engineers are investigating why the Harl Road wall collapsed.',
        'The Harl Road wall collapsed because of a cracked weld.',
      ],
    ] as const) {
      expect(classifyFacts(a, b, { published }).kind, `${a} / ${b}`).toBe('different-fact');
      expect(classifyFacts(b, a, { published }).kind, `${b} / ${a}`).toBe('different-fact');
    }
  });

  it('leaves two reports of the decision one fact', () => {
    const a = 'Kelby councillors have agreed how the money from the parking fee will be spent.';
    const b = 'Kelby councillors agreed how the money from the parking fee will be spent.';
    expect(classifyFacts(a, b, { published })).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(b, a, { published })).toEqual({ kind: 'same-fact' });
  });
});
