/**
 * A build's worker hands the taggings of the sentences it dated to the build's thread (wink.ts
 * `keptTaggings`, `keepTaggings`), which then reads them without tagging them again.
 */
import { describe, expect, it } from 'vitest';
import {
  keepTaggings,
  keptTaggings,
  taggedWords,
  tagWords,
  type TaggedWord,
} from '../../src/timeline/wink.js';

describe('keptTaggings and keepTaggings', () => {
  it('hand over only the taggings held, and the ones kept are read as they were given', () => {
    const tagged = 'The ferry will sail on 3 March from the north quay.';
    const words = taggedWords(tagged);
    expect(keptTaggings([tagged, 'A sentence never tagged here, on 4 April.'])).toEqual([
      [tagged, words],
    ]);
    // Kept as given: the next reading of the text is that very array, no tagging made.
    const given: TaggedWord[] = [{ value: 'Harbour', tag: 'PROPN', start: 0, end: 7 }];
    keepTaggings([['Harbour works began on 2 May.', given]]);
    expect(taggedWords('Harbour works began on 2 May.')).toBe(given);
    expect(tagWords(tagged)).toEqual(words);
  });
});
