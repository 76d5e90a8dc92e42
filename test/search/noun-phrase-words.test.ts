/**
 * A word's class in a noun phrase read once (noun-phrase-words.ts `nounPhraseClass`): the
 * premodifier rank and head reading the two rules gave apart, for words the lexicon tags as
 * nouns, adjectives, participles and verbs, plural nouns read as verbs, words only WordNet lists
 * as nouns, and words neither knows.
 */
import { describe, expect, it } from 'vitest';
import {
  mayHeadNounPhrase,
  nounPhraseClass,
  premodifierRank,
} from '../../src/search/noun-phrase-words.js';

/** Word → [premodifier rank, may head], as the base's premodifierRank and mayHeadNounPhrase read them. */
const EXPECTED: Record<string, [0 | 1 | 2, boolean]> = {
  officer: [2, true],
  chief: [1, false],
  armed: [1, false],
  operating: [1, false],
  urged: [0, false],
  predicted: [0, false],
  freezes: [0, true],
  bans: [2, true],
  absolutely: [0, false],
  authentication: [2, true],
  chancellor: [2, true],
  postcode: [2, true],
  cyber: [1, false],
  tidal: [1, false],
  outweigh: [1, false],
  zqxv: [1, false],
};

describe('nounPhraseClass', () => {
  it('reads a word by its usual class, and a word the lexicon lacks by WordNet', () => {
    for (const [word, [premodifier, head]] of Object.entries(EXPECTED)) {
      expect(nounPhraseClass(word), word).toEqual({ premodifier, head });
      expect(premodifierRank(word), word).toBe(premodifier);
      expect(mayHeadNounPhrase(word), word).toBe(head);
    }
  });
});
