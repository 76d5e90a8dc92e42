/**
 * A measure joined to its unit before a noun ("a 5km exclusion zone") is that noun's, not a value
 * of the words before it: two reports giving the same lengths, one as premodifiers and one after
 * "of", never differ on the number (fact-premodifying-measure.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { premodifiesNoun } from '../../src/search/select/fact-premodifying-measure.js';

describe('a measure before its noun', () => {
  it('the same lengths in digits with a symbol and in words with a name do not differ', () => {
    const digits =
      'The council has set up a 2km exclusion zone and a 6km buffer zone around the quarry.';
    const words =
      'An exclusion zone of two kilometres and a wider six-kilometre buffer zone have been put in place around the quarry.';
    expect(classifyFacts(digits, words).kind).not.toBe('disagree');
    expect(classifyFacts(words, digits).kind).not.toBe('disagree');
  });

  it('lengths that do differ still differ', () => {
    const one = 'An exclusion zone of two kilometres was marked out around the quarry.';
    const other = 'An exclusion zone of four kilometres was marked out around the quarry.';
    expect(classifyFacts(one, other)).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('reads which figures premodify a noun', () => {
    const text = 'a 3km protection zone, a ten-kilometre ring, 3km long, 10km from the coast';
    expect(premodifiesNoun(text, text.indexOf('3km'))).toBe(true);
    expect(premodifiesNoun(text, text.indexOf('ten-'))).toBe(true);
    expect(premodifiesNoun(text, text.indexOf('3km long'))).toBe(false);
    expect(premodifiesNoun(text, text.indexOf('10km'))).toBe(false);
    expect(premodifiesNoun('twenty-five hens', 0)).toBe(false);
    expect(premodifiesNoun('a £2.4m contract', 3)).toBe(false);
  });
});
