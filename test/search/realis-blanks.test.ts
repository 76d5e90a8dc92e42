/**
 * The irrealis values' spans as the index saves them (src/search/realis-blanks.ts): sparse
 * (sentence, start, end) triples, unpacked per sentence, checked against the corpus.
 */
import { describe, expect, it } from 'vitest';
import { packInts } from '../../src/search/packed.js';
import { packRealisBlanks, RealisBlanks } from '../../src/search/realis-blanks.js';

/** Three sentences of 40 characters each. */
const LENGTH = () => 40;

describe('saved irrealis spans', () => {
  it('gives back each sentence’s spans, and none for the others', () => {
    const saved = packRealisBlanks([[], [3, 7, 12, 20], [], [0, 4]]);
    const blanks = RealisBlanks.unpack(saved, 4, LENGTH);
    expect([...blanks.of(1)]).toEqual([3, 7, 12, 20]);
    expect([...blanks.of(3)]).toEqual([0, 4]);
    expect([...blanks.of(0)]).toEqual([]);
    expect([...blanks.of(2)]).toEqual([]);
  });

  it('refuses spans that are not pairs when packing', () => {
    expect(() => packRealisBlanks([[3]])).toThrow(/not pairs/);
  });

  it('refuses a saved form naming a sentence or an offset outside the corpus, or out of order', () => {
    expect(() => RealisBlanks.unpack(packInts([5, 0, 4]), 4, LENGTH)).toThrow(
      /out of order or range/,
    );
    expect(() => RealisBlanks.unpack(packInts([1, 0, 4, 0, 0, 4]), 4, LENGTH)).toThrow(
      /out of order or range/,
    );
    expect(() => RealisBlanks.unpack(packInts([1, 30, 41]), 4, LENGTH)).toThrow(/out of its text/);
    expect(() => RealisBlanks.unpack(packInts([1, 10, 14, 2, 6]), 4, LENGTH)).toThrow(/malformed/);
  });
});
