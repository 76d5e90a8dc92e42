import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/text/terms.js';

// Invented questions: a contracted negative is an auxiliary and "not" (Quirk et al. 1985, §3.23),
// function words both, however it is typed.
describe('negative auxiliaries are function words', () => {
  it('drops "didn\'t", "didn’t" and chat\'s "didnt" as it drops "did not"', () => {
    expect(termsOf("who didn't approve the plan")).toEqual(termsOf('who did not approve the plan'));
    expect(termsOf('who didn’t approve the plan')).toEqual(['approv', 'plan']);
    expect(termsOf('who didnt approve the plan')).toEqual(['approv', 'plan']);
  });

  it("drops the other primaries' and the modals' negative forms", () => {
    expect(termsOf("the ferry isn't running and won't sail, they haven't said")).toEqual(
      termsOf('the ferry is not running and will not sail, they have not said'),
    );
  });
});
