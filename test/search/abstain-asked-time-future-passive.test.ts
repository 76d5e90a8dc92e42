/**
 * Abstention's gate on "when will X be VERBed" and "when is X to be VERBed"
 * (src/search/abstain-asked-time.ts): a future or modal passive asks the date of the act its
 * participle names, done to X, as "when was X VERBed" does. Tiny invented corpora: a pumping
 * station that failed in a storm and is only named, then its replacement dated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { askedPassive } from '../../src/search/abstain-asked-time.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

/** The station named in a dated account of the storm, its replacement told of nowhere. */
const STORM = `Storm floods Wenlow

By Ada Corrin
Wenlow Echo | 9 February 2026

About 2,000 homes were flooded on Sunday after the storm knocked out the Brackley Fen pumping station.

Engineers worked through the night to pump water from the lower streets.
`;

/** The station's replacement dated. */
const PLAN = `Pumping station plan

By Ada Corrin
Wenlow Echo | 20 February 2026

The Brackley Fen pumping station will be replaced in September 2027, the drainage board said.
`;

describe('the act a future or modal passive question of when asks the date of', () => {
  it('is the participle after "be", done to the subject between the auxiliary and "be"', () => {
    expect(askedPassive('when will the Brackley Fen pumping station be replaced')).toEqual({
      act: 'replaced',
      subject: 'station',
      subjectTerms: ['brackley', 'fen', 'pump', 'station'],
    });
    expect(askedPassive('when could the old pier be rebuilt')?.act).toBe('rebuilt');
    expect(askedPassive('what year will the pier be rebuilt')?.act).toBe('rebuilt');
  });

  it('is the participle after "to be" when "be to" makes the future ("when is X to be VERBed")', () => {
    expect(askedPassive('when is the pumping station to be replaced')).toMatchObject({
      act: 'replaced',
      subject: 'station',
    });
  });

  it("is none when a participle or an adjective frames a plan's date, or no participle follows", () => {
    expect(askedPassive('when is the line supposed to be hooked up')).toBeNull();
    expect(askedPassive('when is the line going to be hooked up')).toBeNull();
    expect(askedPassive('when is the bridge due to be opened')).toBeNull();
    expect(askedPassive('when will trains be back to normal')).toBeNull();
    expect(askedPassive('when will the first homes be lived in')).toBeNull();
  });
});

describe('the gate', () => {
  let storm: Engine;
  let plan: Engine;
  const cleanups: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    const built = await Promise.all([
      plainCorpusEngine({ 'storm.txt': STORM }),
      plainCorpusEngine({ 'storm.txt': STORM, 'plan.txt': PLAN }),
    ]);
    [storm, plan] = built.map((b) => b.engine) as [Engine, Engine];
    cleanups.push(...built.map((b) => b.cleanup));
    // Two index builds: on a busy machine they take longer than one.
  }, 180_000);
  afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

  it('refuses when the subject is only named in a dated sentence of another act', () => {
    expect(storm.ask('when will the brackley fen pumping station be replaced').answered).toBe(
      false,
    );
    expect(storm.ask('when is the brackley fen pumping station to be replaced').answered).toBe(
      false,
    );
  });

  it('answers with the passage dating the act told of the subject', () => {
    for (const question of [
      'when will the brackley fen pumping station be replaced',
      'when is the brackley fen pumping station to be replaced',
    ]) {
      const answer = plan.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.passages[0]?.quote).toContain('September 2027');
    }
  });
});
