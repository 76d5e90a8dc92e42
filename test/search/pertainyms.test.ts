/**
 * WordNet's pertainyms ("\" pointers) link an adjective to the noun it pertains to ("Polish"
 * → "Poland"), written on the adjective's side only; the noun's side is the same relation, so a
 * question naming the country finds the coverage's adjective. Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { buildDerivedTable } from '../../src/search/synonyms.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

const key = (words: string) => termsOf(words).join(' ');

describe('pertainyms read from the noun', () => {
  it('link a country to its adjective, both ways', () => {
    const derived = new Map(buildDerivedTable(new Set([key('Polish'), key('Poland')])));
    expect(derived.get(key('Poland'))).toContain(key('Polish'));
    expect(derived.get(key('Polish'))).toContain(key('Poland'));
  });

  it('leave an adverb’s pertainym one way: "quick" is not read as "quickly"', () => {
    // An adverb's "\" names the adjective it is formed from (wninput(5WN)), not a thing it is of.
    const derived = new Map(buildDerivedTable(new Set([key('quickly'), key('quick')])));
    expect(derived.get(key('quickly'))).toContain(key('quick'));
    expect(derived.get(key('quick')) ?? []).not.toContain(key('quickly'));
  });

  it('let a question naming the country find the passage with its adjective', () => {
    const { engine } = engineOver({
      published: null,
      paragraphs: [
        ['The Polish government called the border pact a grave mistake.'],
        ['The harbour board called the new pier a success.'],
        ['A border pact was signed by two towns in May.'],
      ],
    });
    expect(engine.ask('What did Poland call the border pact?').passages[0]?.quote).toContain(
      'Polish government',
    );
  });
});
