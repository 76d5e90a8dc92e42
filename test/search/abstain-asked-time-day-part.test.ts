/**
 * A part of the publication day as the answer to "when" (timeline/publication-day-part.ts):
 * "councillors last night approved", "closed this morning" date the act relative to the
 * article's date, as "yesterday" does, so the time gate (src/search/abstain-asked-time.ts) and
 * the answer type (plan/answer-type.ts) take them as a date. Tiny invented corpora: a harbour
 * wall approved last night, a shelter closed this morning, and a wall whose approval is dated
 * only for another thing.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeScore, type AnswerType } from '../../src/search/plan/answer-type.js';
import { suiteEngine } from '../support/corpus-fixture.js';

/** The approval, dated only "last night". */
const APPROVAL = `Harbour wall plan backed

By Nell Farrow
Ostley Mercury | 12 May 2026

Ostley Town Council's harbour board last night approved a sea-wall scheme for the old quay after a four-hour debate.

The wall will run for 800 metres between the lifeboat slip and the ferry steps.
`;

/** The closing, dated only "this morning". */
const SHELTER = `Storm shelter shuts

By Nell Farrow
Ostley Mercury | 20 May 2026

The emergency shelter at the Ostley drill hall closed this morning after the last campers went home.

Volunteers served more than 900 meals during the week.
`;

/** The scheme named, a part of the day dating another act only. */
const OTHER_ACT = `Harbour wall plan criticised

By Nell Farrow
Ostley Mercury | 14 May 2026

Fishermen last night held a meeting about the sea-wall scheme for the old quay.
`;

const WHEN: AnswerType = { name: 'date' } as AnswerType;

describe('a part of the publication day read as a date', () => {
  it('is a relative date for "when", as "yesterday" is', () => {
    for (const text of [
      'The board last night approved the scheme.',
      'The shelter closed this morning.',
      'Tonight the ferry sails.',
      'Later today the council meets.',
    ])
      expect(answerTypeScore(text, WHEN)).toBe(0.5);
  });

  it('is no date as "the last night" of a series, or with no part of the day', () => {
    expect(answerTypeScore('On the last night of the festival the band played.', WHEN)).toBe(0);
    expect(answerTypeScore('The shelter closed after the campers went home.', WHEN)).toBe(0);
  });
});

describe('the time gate on an act dated by a part of the publication day', () => {
  const approval = suiteEngine({ 'approval.txt': APPROVAL });
  const shelter = suiteEngine({ 'shelter.txt': SHELTER });
  const other = suiteEngine({ 'other.txt': OTHER_ACT });

  it('answers "when was X approved" with "last night approved"', () => {
    const reply = approval.ask('when was the scheme approved');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('last night approved');
  });

  it('answers "when did X close" with "closed this morning"', () => {
    const reply = shelter.ask('when did the shelter close');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('closed this morning');
  });

  it('still refuses when the part of the day dates another act', () => {
    expect(other.ask('when was the scheme approved').answered).toBe(false);
  });
});
