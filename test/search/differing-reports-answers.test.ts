/**
 * Two outlets reporting one thing differently, each pair a tiny invented corpus of two articles
 * (with unrelated ones beside them): a cost, a count bounded by "nearly", a crowd, a place, and
 * an error one outlet has corrected that the other still states. None is ever "also reported
 * by"; where the two say different values of one thing, the answer says the sources differ.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { differingSources, enginesOf, twoOutlets as outletsOf } from '../support/two-outlets.js';

/** Two articles, from Tarn Echo and Gull Radio a day apart, with `echo` and `radio` as their bodies. */
function twoOutlets(topic: string, echo: string, radio: string): Record<string, string> {
  return outletsOf(
    [`${topic} (Echo)`, `${topic} (Radio)`],
    [echo, radio],
    ['2026-03-04', '2026-03-05'],
  );
}

const engineOf = enginesOf(() => ({
  cost: twoOutlets(
    'Footbridge reopens',
    'The Kell footbridge reopened to walkers on Monday.\n\nThe repairs cost £2.4m, the council said.',
    'Walkers are back on the Kell footbridge.\n\nThe repairs cost about £4m.',
  ),
  nearly: twoOutlets(
    'Festival tickets',
    'The Orwick Sounds festival returns in July.\n\nNearly 10,000 tickets had been sold by Tuesday, the promoter said.',
    'The Orwick Sounds festival is back this summer.\n\nThe promoter said 6,000 tickets had been sold by Tuesday.',
  ),
  crowd: twoOutlets(
    'Vigil for lifeboat crew',
    'About 500 people attended the vigil for the Kell lifeboat crew on Sunday.\n\nCandles were lit on the quay.',
    'About 300 people attended the vigil for the Kell lifeboat crew on Sunday.\n\nA minute of silence was held.',
  ),
  place: twoOutlets(
    'Stolen painting recovered',
    'The stolen Ashby portrait was found in a lock-up garage in Durnford, police said.\n\nTwo men have been arrested.',
    'The stolen Ashby portrait was found in Kelby, police said.\n\nIt is said to be undamaged.',
  ),
  namedBefore: twoOutlets(
    'Stolen painting recovered',
    'The stolen Ashby portrait was found in a Durnford garage on Tuesday.\n\nTwo men have been arrested.',
    'The stolen Ashby portrait was found in a garage in Kelby on Tuesday.\n\nIt is said to be undamaged.',
  ),
  correction: twoOutlets(
    'Tarn hall reopens',
    'The Tarn hall reopens on Saturday after its restoration.\n\nCorrection: Our article of 17 January said the Tarn hall was built in 1881. It was completed in 1878.',
    'The Tarn hall was built in 1881, the trust said.\n\nIt reopens on Saturday.',
  ),
}));

/** The outlets of every "also reported by" in an answer. */
const alsoReported = (engine: Engine, question: string) =>
  engine.ask(question).passages.flatMap((p) => p.alsoReportedBy.map((q) => q.source.id));

describe('two outlets reporting one thing differently', () => {
  it('a cost: "£2.4m" / "about £4m" differ on the number', () => {
    const question = 'How much did the footbridge repairs cost?';
    expect(alsoReported(engineOf('cost'), question)).toEqual([]);
    expect(differingSources(engineOf('cost'), question)).toEqual([['number', 'echo radio']]);
  });

  it('a count: "nearly 10,000" / "6,000" differ on the number', () => {
    const question = 'How many tickets had been sold for the festival?';
    expect(alsoReported(engineOf('nearly'), question)).toEqual([]);
    expect(differingSources(engineOf('nearly'), question)).toEqual([['number', 'echo radio']]);
  });

  it('a crowd: "about 500" / "about 300" people differ on the number', () => {
    const question = 'How many people attended the vigil?';
    expect(alsoReported(engineOf('crowd'), question)).toEqual([]);
    expect(differingSources(engineOf('crowd'), question)).toEqual([['number', 'echo radio']]);
  });

  it('a place: "in a garage in Durnford" / "in Kelby" are not one fact', () => {
    const question = 'Where was the stolen Ashby portrait found?';
    expect(alsoReported(engineOf('place'), question)).toEqual([]);
    expect(differingSources(engineOf('place'), question)).toEqual([['place', 'echo radio']]);
  });

  it('a place: "in a Durnford garage" / "in a garage in Kelby" are not one fact', () => {
    const question = 'Where was the stolen Ashby portrait found?';
    expect(alsoReported(engineOf('namedBefore'), question)).toEqual([]);
    expect(
      engineOf('namedBefore')
        .ask(question)
        .passages.map((p) => p.source.id)
        .sort(),
    ).toEqual(['echo', 'radio']);
  });

  it('a corrected error: the correction never confirms the report that still states it', () => {
    for (const question of ['When was the Tarn hall built?', 'Tarn hall built 1881']) {
      expect(alsoReported(engineOf('correction'), question)).toEqual([]);
      const quotes = engineOf('correction')
        .ask(question)
        .passages.map((p) => p.quote);
      expect(quotes.some((q) => q.startsWith('Correction'))).toBe(true);
      // The correction is quoted with what it corrects to, never alone.
      for (const quote of quotes.filter((q) => q.startsWith('Correction')))
        expect(quote).toContain('It was completed in 1878.');
    }
  });
});
