/**
 * A definite description stands for what its own article named with that head
 * (src/search/select/fact-described-place.ts): "the pier" of an article about Tolver Pier and
 * "the pier" of one about Kelby Pier are two piers. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import {
  describedHeads,
  describedPlacesApart,
  namesByHead,
  type PassageInArticle,
} from '../../src/search/select/fact-described-place.js';

const kiosk = 'A kiosk at the landward end of the pier was destroyed.';
/** The last sentence of an article of `sentences`, as a passage. */
const last = (...sentences: string[]): PassageInArticle => ({
  text: sentences.at(-1) as string,
  article: () => sentences,
  at: sentences.length - 1,
});

describe('describedPlacesApart', () => {
  it('sets apart one description in articles naming two piers', () => {
    expect(
      describedPlacesApart(
        last('Crews were called to Tolver Pier.', kiosk),
        last('Crews were called to Kelby Pier.', kiosk),
      ),
    ).toBe(true);
  });

  it('sets apart a description against the other pier named', () => {
    expect(
      describedPlacesApart(
        last('Crews were called to Tolver Pier.', kiosk),
        last('A kiosk at the landward end of Kelby Pier was destroyed.'),
      ),
    ).toBe(true);
  });

  it('reads the nearest name before the description', () => {
    const article = ['Kelby Pier burned in 1976.', 'Crews were called to Tolver Pier.', kiosk];
    expect(describedPlacesApart(last(...article), last('Crews went to Tolver Pier.', kiosk))).toBe(
      false,
    );
    expect(describedPlacesApart(last(...article), last('Crews went to Kelby Pier.', kiosk))).toBe(
      true,
    );
  });

  it('reads the only name after the description', () => {
    expect(
      describedPlacesApart(
        { text: kiosk, article: () => [kiosk, 'Tolver Pier reopened.'], at: 0 },
        last('Crews were called to Kelby Pier.', kiosk),
      ),
    ).toBe(true);
  });

  it('keeps together one pier, and a description its article does not resolve', () => {
    expect(
      describedPlacesApart(
        last('Crews were called to Tolver Pier.', kiosk),
        last('Crews were called to Tolver Pier.', kiosk),
      ),
    ).toBe(false);
    expect(
      describedPlacesApart(
        last('Crews were called to Tolver Pier.', kiosk),
        last('Crews were called to the seafront.', kiosk),
      ),
    ).toBe(false);
  });

  it('leaves two names written out to the rules where they stand', () => {
    expect(
      describedPlacesApart(last('Tolver Pier was closed.'), last('Kelby Pier was closed.')),
    ).toBe(false);
  });
});

describe('describedHeads and namesByHead', () => {
  it('reads "the N" alone, its possessive, not a modifier or a head with "of"', () => {
    expect([...describedHeads("The pier's decking burned at the end of the pier.")]).toEqual([
      'pier',
    ]);
    expect([...describedHeads('The pier trust met.')]).toEqual([]);
  });

  it('reads a name by its last word, an opening "The" set aside', () => {
    expect([...namesByHead('The Tolver Pier Trust met at Kelby Town Hall.')]).toEqual([
      ['trust', [['tolver', 'pier']]],
      ['hall', [['kelby', 'town']]],
    ]);
  });
});
