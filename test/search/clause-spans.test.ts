/**
 * A sentence's clauses (clause-spans.ts), which the asked-name gate reads a person's name in
 * (test/search/abstain-asked-name.test.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { clauseAt, clauseSpans } from '../../src/search/clause-spans.js';

const clauses = (text: string) => clauseSpans(text).map(([a, b]) => text.slice(a, b).trim());

describe('clauseSpans', () => {
  it('keeps a fronted adverbial in its clause', () => {
    expect(clauses('On March 14, the trust signed the lease.')).toEqual([
      'On March 14, the trust signed the lease.',
    ]);
  });

  it('cuts at a relative, a participle and a coordinated clause', () => {
    expect(clauses('The trust, which was founded in 1998, signed a lease.')).toEqual([
      'The trust',
      'which was founded in 1998',
      'signed a lease.',
    ]);
    expect(clauses('The pier opened in 1901, and the trust bought it in 2019.')).toEqual([
      'The pier opened in 1901',
      'and the trust bought it in 2019.',
    ]);
  });

  it('cuts at semicolons, dashes and brackets, never inside a number or a date', () => {
    expect(clauses('Fares rose to £2,400; the ferry ran (twice) on 9 May, 2025.')).toEqual([
      'Fares rose to £2,400',
      'the ferry ran',
      'twice',
      'on 9 May, 2025.',
    ]);
  });
});

describe('clauses joined by a comma alone', () => {
  it('cut where a subject with its verb follows a clause with a verb', () => {
    expect(clauses('The car park is still shut, the rescue teams have gone.')).toEqual([
      'The car park is still shut',
      'the rescue teams have gone.',
    ]);
  });

  it('not after a fronted adverbial, nor before an apposition', () => {
    expect(clauses('On Monday, the rescue teams were still searching.')).toHaveLength(1);
    expect(clauses('Ann Hale, the council leader, was re-elected.')).toHaveLength(1);
  });
});

describe('clauseAt', () => {
  it('is the clause holding an offset', () => {
    const text = 'The captain praised the crew, and Mayor Ellen Shaw thanked the coastguard.';
    const [start, end] = clauseAt(text, text.indexOf('captain'));
    expect(text.slice(start, end)).toBe('The captain praised the crew');
    const [start2, end2] = clauseAt(text, text.indexOf('Shaw'));
    expect(text.slice(start2, end2).trim()).toBe('and Mayor Ellen Shaw thanked the coastguard.');
  });
});
