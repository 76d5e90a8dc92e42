/**
 * select/differ-referent.ts: which passages tell of another referent than the one a question
 * qualifies by a proper word. Spelling stubbed: the corpus writes common nouns in lower case and
 * names only capitalised.
 */
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/text/terms.js';
import { passageWordsOf } from '../../src/search/plan/asked-words.js';
import {
  otherReferentTest,
  type ReferentSpelling,
} from '../../src/search/select/differ-referent.js';

const NAMES = new Set(
  ['Harrick', 'Dunlow', 'Spanish', 'Spain', 'Portuguese'].map((name) => stem(name.toLowerCase())),
);
const spelling: ReferentSpelling = {
  writtenInLowerCase: (term) => !NAMES.has(term),
  hasTerm: () => true,
};

describe('otherReferentTest', () => {
  const harrick = otherReferentTest('How many turbines will the Harrick array have?', spelling);

  it('reads another proper qualifier before the asked head as another referent', () => {
    expect(harrick?.('The Dunlow array will comprise 76 turbines.')).toBe(true);
  });

  it('keeps the asked referent, its second reference and passages without the head', () => {
    expect(harrick?.('The Harrick array would have 30 turbines.')).toBe(false);
    expect(harrick?.('The array would have 30 turbines, the company said.')).toBe(false);
    expect(harrick?.('Selwyn Marine said it would build 30 turbines.')).toBe(false);
    expect(harrick?.('The Dunlow array lies north of Harrick.')).toBe(false);
  });

  it('reads the words kept for a text as it reads the text', () => {
    for (const text of [
      'The Dunlow array will comprise 76 turbines.',
      'The Dunlow array lies north of Harrick.',
      'The Harrick array would have 30 turbines.',
      'Selwyn Marine said it would build 30 turbines.',
    ])
      expect(harrick?.(text, passageWordsOf(text))).toBe(harrick?.(text));
  });

  it('reads a question typed in lower case', () => {
    const lower = otherReferentTest('how many turbines will the harrick array have', spelling);
    expect(lower?.('The Dunlow array will comprise 76 turbines.')).toBe(true);
  });

  it('reads no question without a proper qualifier', () => {
    expect(otherReferentTest('How many turbines will the array have?', spelling)).toBeNull();
  });

  it('takes any form linked to the asked qualifier as the asked one', () => {
    const question = 'How many digs has the Spanish culture ministry funded?';
    const linked = otherReferentTest(question, {
      ...spelling,
      formsOf: (term) => new Set(term === stem('spanish') ? [term, stem('spain')] : [term]),
    });
    expect(linked?.('The Spain culture ministry will fund 12 digs.')).toBe(false);
    expect(linked?.('The Portuguese culture ministry will fund 20 digs.')).toBe(true);
  });
});
