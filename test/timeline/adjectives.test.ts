import { describe, expect, it } from 'vitest';
import { lexiconTags } from '../../src/text/lexicon-tags.js';
import { adjectives, isAdjective } from '../../src/timeline/adjectives.js';

describe('the adjectives the premodifier rule reads', () => {
  it("are the lexicon's words whose most frequent reading is an adjective, in any case", () => {
    expect(isAdjective('elderly')).toBe(true);
    expect(isAdjective('Hot')).toBe(true);
    // A noun first ("residents"), a verb first ("deliver"), or no entry at all.
    expect(isAdjective('residents')).toBe(false);
    expect(isAdjective('deliver')).toBe(false);
    expect(isAdjective('xqzv')).toBe(false);
    for (const word of adjectives()) expect(lexiconTags(word)?.[0]).toBe('JJ');
  });
});
