/**
 * fact-content-terms.ts `readTerms`: a run of capitalised words is one unit only while nothing
 * but spaces or a possessive's apostrophe stands between them, and words inside the spans it
 * reads as values (a time counted from publication, a plan's marker, an age) are no terms.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '../../src/search/select/fact-content-terms.js';

describe('readTerms', () => {
  it('joins capitalised words into one name only when they adjoin', () => {
    const { units, sequence } = readTerms("Orrel Valley's Regional Authority, Tarn Fishers met.");
    expect(units).toEqual([['orrel', 'valley', 'region', 'author'], ['tarn', 'fisher'], ['met']]);
    expect(sequence.map((o) => [o.keys.length, o.name])).toEqual([
      [4, true],
      [2, true],
      [1, false],
    ]);
  });

  it('reads no term of a time span, a plan marker or an age', () => {
    const text = 'The ferry, aged 34, is due to sail last night from Kelbury.';
    const at = text.indexOf('last night');
    const { terms } = readTerms(text, [{ start: at, end: at + 'last night'.length }]);
    expect([...terms.keys()]).toEqual(['ferri', 'sail', 'kelbur']);
  });
});
