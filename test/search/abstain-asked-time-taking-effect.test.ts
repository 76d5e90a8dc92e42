/**
 * The time gate on "when did X start" (src/search/abstain-asked-time.ts): a rule starts when it
 * takes effect, so "the levy came into force on 3 May" dates the levy's start
 * (src/text/taking-effect.ts), while a date of another act of the levy (its announcement) does
 * not. Tiny invented corpora: a harbour levy announced, then brought into force.
 */
import { describe, expect, it } from 'vitest';
import { takingEffectOffsets } from '../../src/text/taking-effect.js';
import { suiteEngine } from '../support/corpus-fixture.js';

/** The levy is announced on a date; when it begins to hold is never said. */
const ANNOUNCED = `Harbour levy announced

By Ada Pryce
Selby Echo | 4 March 2026

A mooring levy on visiting yachts at Selby harbour was announced by the port board on 2 March 2026.

Skippers said the levy would drive trade to Kellick.
`;

/** The levy takes effect, dated. */
const IN_FORCE = `Harbour levy bites

By Ben Ashe
Selby Post | 6 May 2026

The mooring levy on visiting yachts at Selby harbour came into force on 3 May 2026.

Harbour staff said bookings had fallen since.
`;

describe('the idioms of taking effect', () => {
  it('finds each by its verb in any inflection', () => {
    expect(takingEffectOffsets('The ban came into force on 16 November.')).toEqual([8]);
    expect(
      takingEffectOffsets('The rules took effect today and go into effect in full later.'),
    ).toEqual([10, 32]);
    expect(takingEffectOffsets('The treaty entered into force.')).toEqual([11]);
  });

  it('finds none in another use of the words', () => {
    expect(takingEffectOffsets('Police came into the harbour in force.')).toEqual([]);
    expect(takingEffectOffsets('The effect of the ban was plain.')).toEqual([]);
  });
});

describe('the gate on "when did X start" told by taking effect', () => {
  const announced = suiteEngine({ 'announced.txt': ANNOUNCED });
  const both = suiteEngine({ 'announced.txt': ANNOUNCED, 'in-force.txt': IN_FORCE });

  it('refuses when the only date is of another act of X', () => {
    expect(announced.ask('when did the mooring levy start').answered).toBe(false);
  });

  it('answers with the sentence dating X coming into force', () => {
    const reply = both.ask('when did the mooring levy start');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('came into force on 3 May 2026');
  });
});
