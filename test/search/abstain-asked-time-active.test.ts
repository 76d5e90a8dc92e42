/**
 * The time gate on "when did X VERB" (src/search/abstain-asked-time.ts): a date answers only in a
 * sentence telling the act of X, as what opens, not when X's opener opens another thing; a
 * question with words after its verb (an object, a complement) is left alone. Tiny invented
 * corpora: a footbridge dated by other acts, then by its opening.
 */
import { describe, expect, it } from 'vitest';
import { askedActiveAct } from '../../src/search/abstain-asked-time.js';
import { suiteEngine } from '../support/corpus-fixture.js';

/** The footbridge is approved and painted on dates; its opening is never dated. */
const WORKS = `Footbridge nears completion

By Ada Pryce
Selby Echo | 4 June 2026

The Selby footbridge was approved by the council on 3 March 2025.

Mayor Hollis opened the new town library on Tuesday, beside the unfinished footbridge.
`;

/** The opening, dated. */
const OPENING = `Footbridge opens

By Ben Ashe
Selby Post | 6 June 2026

The Selby footbridge opened on Saturday to cheers from a crowd of two hundred.
`;

describe('the act a "when did" question asks of', () => {
  it('reads the verb that ends the question, after its subject', () => {
    expect(askedActiveAct('when did the Selby footbridge finally open?')).toEqual({
      act: 'open',
      subject: 'footbridge',
      subjectTerms: ['selbi', 'footbridg', 'final'],
    });
    expect(askedActiveAct('what year did the strike end')).toMatchObject({ act: 'end' });
    expect(askedActiveAct('when did the mayor of the town resign')).toMatchObject({
      act: 'resign',
    });
  });

  it('is none when words follow the verb, or the last word heads a noun phrase', () => {
    expect(askedActiveAct('when did Ada Pryce become editor')).toBeNull();
    expect(askedActiveAct('when did the council adopt the flood plan')).toBeNull();
    expect(askedActiveAct('when did the footbridge open to walkers')).toBeNull();
    expect(askedActiveAct('when did the mayor create the national guard')).toBeNull();
    expect(askedActiveAct('when did work start on the north bank')).toBeNull();
  });

  it('is none for a verb that frames the question or a light verb', () => {
    expect(askedActiveAct('when did the strike happen')).toBeNull();
    expect(askedActiveAct('when did the council do')).toBeNull();
  });
});

describe('the gate on a "when did" date of another act', () => {
  const works = suiteEngine({ 'works.txt': WORKS });
  const both = suiteEngine({ 'works.txt': WORKS, 'opening.txt': OPENING });

  it('refuses "when did X open" when the only opening dated is of another thing', () => {
    expect(works.ask('when did the Selby footbridge open').answered).toBe(false);
  });

  it('answers it with the sentence dating X opening', () => {
    const reply = both.ask('when did the Selby footbridge open');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('opened on Saturday');
  });
});

/** A storm dated only as the doer of its verb, with an object the question leaves out. */
const STORM = `Storm hits Dunmore show

By Cara Vance
Dunmore Courier | 9 August 2026

Visitors described scenes of panic as a storm hit Dunmore Showground on Saturday night.

Organisers said the beer tent had been taken down an hour earlier.
`;

/** The showground's gates are shut on a date, by someone else. */
const GATES = `Showground shut

By Cara Vance
Dunmore Courier | 11 August 2026

Stewards shut the gates of Dunmore Showground on Sunday morning.
`;

describe('the gate on a "when did X VERB" that leaves the object out', () => {
  const storm = suiteEngine({ 'storm.txt': STORM });
  const gates = suiteEngine({ 'gates.txt': GATES });

  it('answers when X is the subject of the dated verb, whatever it was done to', () => {
    const reply = storm.ask('when did the storm hit');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('on Saturday night');
  });

  it('still refuses when another doer does the act to another thing', () => {
    expect(gates.ask('when did the storm shut').answered).toBe(false);
  });
});
