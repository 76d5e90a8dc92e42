/**
 * Abstention's gate on a question for a time (src/search/abstain-asked-time.ts): "what time did
 * the press conference start" is answered only by a passage with a clock time, and "when was the
 * club founded" only by one that dates the founding, not another act. Tiny invented corpora: a
 * field club's dig told with no hour and no founding date, then with both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { askedAct, asksClockTime } from '../../src/search/abstain-asked-time.js';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

/** A press conference dated to a day, a club with no founding date. */
const DIG = `Dig volunteers sought

By Tom Reyes
Tarnby Echo | 9 June 2026

The Tarnby Field Club will run a public dig at Hollin Barrow this summer, its chairman, Ed Lowe, said at a press conference in Tarnby on Tuesday.

Lowe said volunteers from the Field Club would sieve the spoil heaps.

The press conference was held in the library.
`;

/** The hour and the founding, stated. */
const HISTORY = `Field club at 100

By Jo Marsh
Tarnby Post | 11 June 2026

The Tarnby Field Club was founded in 1926 by three schoolteachers.

The press conference at the library started at 10.30am on Tuesday.
`;

describe('the act a "when was X VERBed" question asks the date of', () => {
  it('is the last participle after the subject', () => {
    expect(askedAct('when was the Tarnby Field Club founded')).toBe('founded');
    expect(askedAct('When was the disputed election held?')).toBe('held');
    expect(askedAct('when was the bridge built')).toBe('built');
  });

  it('is none for a plan framed by "to", a question with no participle, or another form', () => {
    expect(askedAct('when was the ferry supposed to sail')).toBeNull();
    expect(askedAct('when was the election')).toBeNull();
    expect(askedAct('when did the club hold its first dig')).toBeNull();
  });
});

describe('a question for a time of day', () => {
  const asks = (question: string) => asksClockTime(question, answerTypeOf(question));
  it('is "what time", not "what time of year" nor "when"', () => {
    expect(asks('what time did the press conference start')).toBe(true);
    expect(asks('what time of year does the ferry stop')).toBe(false);
    expect(asks('when did the press conference start')).toBe(false);
  });
});

describe('the gate', () => {
  let dig: Engine;
  let both: Engine;
  const cleanups: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    const built = await Promise.all([
      plainCorpusEngine({ 'dig.txt': DIG }),
      plainCorpusEngine({ 'dig.txt': DIG, 'history.txt': HISTORY }),
    ]);
    [dig, both] = built.map((b) => b.engine) as [Engine, Engine];
    cleanups.push(...built.map((b) => b.cleanup));
    // Two index builds: on a busy machine they take longer than one.
  }, 120_000);
  afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

  it('refuses "what time" when the passages give a day and no hour', () => {
    expect(dig.ask('what time did the press conference start').answered).toBe(false);
    // "When" asks for the day, which the passage gives.
    expect(dig.ask('when was the press conference').answered).toBe(true);
  });

  it('refuses "when was X founded" when the only date is of another act', () => {
    expect(dig.ask('when was the Tarnby Field Club founded').answered).toBe(false);
  });

  it('answers both with the passages that give the hour and the founding date', () => {
    const time = both.ask('what time did the press conference start');
    expect(time.answered).toBe(true);
    expect(time.passages[0]?.quote).toContain('10.30am');
    const founded = both.ask('when was the Tarnby Field Club founded');
    expect(founded.answered).toBe(true);
    expect(founded.passages[0]?.quote).toContain('founded in 1926');
  });
});
