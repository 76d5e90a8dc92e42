/**
 * A closing note's call to the reader may be any of its sentences, read from its first word:
 * "The Beck Valley Bugle is a volunteer-run newsletter. Subscribe to the Bugle from £1 a week."
 * (src/corpus/closing-note.ts isClosingNote). Invented publication.
 */
import { describe, expect, it } from 'vitest';
import { isClosingNote } from '../../src/corpus/closing-note.js';

const ABOUT = 'The Beck Valley Bugle is a volunteer-run community newsletter.';

describe('a closing note’s later sentence', () => {
  it('is a call to the reader as it would be alone', () => {
    expect(isClosingNote([`${ABOUT} Subscribe to the Bugle from £1 a week.`])).toBe(true);
    expect(
      isClosingNote([`${ABOUT} Sign up for the Bugle newsletter, delivered every Friday at 8am.`]),
    ).toBe(true);
  });

  it('that reports is no call', () => {
    expect(isClosingNote([`${ABOUT} The council meets again on 5 May.`])).toBe(false);
  });
});
