/**
 * The doer of a verb stands before its operator, a form of "have" or a modal ("its volunteers
 * had rescued"), as before the verb itself; not before "been", which makes it passive
 * (src/search/plan/answer-type.ts `hasDoerOf`). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { hasDoerOf } from '../../src/search/plan/answer-type.js';
import { stem } from '../../src/text/terms.js';

describe('a doer before the verb’s operator', () => {
  const rescue = stem('rescued');

  it('is the doer of a perfect or modal verb phrase', () => {
    expect(hasDoerOf('The trust said its volunteers had rescued 40 seabirds.', rescue)).toBe(true);
    expect(hasDoerOf('Coastguards will rescue anyone left on the sandbank.', rescue)).toBe(true);
    expect(hasDoerOf('Coastguards rescued two walkers.', rescue)).toBe(true);
  });

  it('is not the patient of a passive, nor a pronoun', () => {
    expect(hasDoerOf('Forty seabirds had been rescued from the slick.', rescue)).toBe(false);
    expect(hasDoerOf('Seabirds were rescued on Tuesday.', rescue)).toBe(false);
    expect(hasDoerOf('They had rescued 40 seabirds.', rescue)).toBe(false);
  });
});
