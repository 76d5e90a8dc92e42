/**
 * Where the name stands in an "of" phrase that is a close apposition (src/search/close-apposition.ts):
 * "director of the cycling charity Wheelwise" names Wheelwise as the director's owner. Invented
 * phrases.
 */
import { describe, expect, it } from 'vitest';
import { nameAfterOf } from '../../src/search/close-apposition.js';
import { tokenize } from '../../src/text/terms.js';

/** The word at the index `nameAfterOf` gives for the phrase after the first "of" of `text`. */
function wordAfterOf(text: string): string | undefined {
  const tokens = tokenize(text);
  const of = tokens.findIndex((t) => t.word === 'of');
  return tokens[nameAfterOf(text, tokens, of + 1)]?.word;
}

describe('nameAfterOf', () => {
  it('passes a classifying noun phrase to the name it stands in close apposition with', () => {
    expect(wordAfterOf('Tamsin Orrell, director of the walking charity Footfirst, said …')).toBe(
      'footfirst',
    );
    expect(wordAfterOf('chairman of pressure group Kerbwatch')).toBe('kerbwatch');
    expect(wordAfterOf('head of the road safety charity Slowlane Trust')).toBe('slowlane');
  });

  it('keeps the plain reading: the name right after "of (the)"', () => {
    expect(wordAfterOf('the chairman of Tarnwick')).toBe('tarnwick');
    expect(wordAfterOf('the chairman of the Tarnwick group')).toBe('tarnwick');
  });

  it('reads no classifiers when no name follows them, or a comma or function word intervenes', () => {
    expect(wordAfterOf('director of the cycling charity, Footfirst')).toBe('cycling');
    expect(wordAfterOf('director of the charity’s board Kerbwatch')).toBe('charity');
    expect(wordAfterOf('director of the charity at Kerbwatch')).toBe('charity');
    expect(wordAfterOf('director of the cycling charity')).toBe('cycling');
  });
});
