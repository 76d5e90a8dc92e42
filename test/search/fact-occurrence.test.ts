/**
 * A verb of occurrence ("took place", "happened", "occurred") says only that the event its
 * subject names came about (Levin 1993, §48.3): its words are no content, and a stance marked
 * right before it ("did not take place", "will take place") bears on the whole report
 * (src/search/select/fact-occurrence.ts). Invented sentences, articles published on one day.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import {
  occurrenceVerbSpans,
  withOccurrenceStances,
} from '../../src/search/select/fact-occurrence.js';
import { stancesOf } from '../../src/search/select/fact-stance.js';

const DAY = '2026-05-04';

function relation(a: string, b: string): string {
  const r = classifyFacts(a, b, { published: [DAY, DAY] });
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
}

const demolished = 'The Kelby mill was demolished on Wednesday.';
const tookPlace = (verb: string, day = 'Wednesday') =>
  `Demolition of the Kelby mill ${verb} on ${day}.`;

describe('a verb of occurrence', () => {
  it('is found in every form, and a stance right before it governs the whole report', () => {
    const text = 'The vote did not take place; nothing happened; it occurred.';
    expect(occurrenceVerbSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'take place',
      'happened',
      'occurred',
    ]);
    const report = tookPlace('did not take place');
    expect(withOccurrenceStances(report, stancesOf(report)).get('negated')).toBe(0);
    // A marker far from the verb keeps its place.
    const other = 'The mill will be sold, and the demolition took place on Monday.';
    expect(withOccurrenceStances(other, stancesOf(other)).get('future')).toBe(
      other.indexOf('will'),
    );
  });

  it('tells its subject’s event, one fact with the event told by its verb', () => {
    expect(relation(demolished, tookPlace('took place'))).toBe('same-fact');
    expect(
      relation(
        'The Kelby council vote took place on Wednesday.',
        'The Kelby council voted on Wednesday.',
      ),
    ).toBe('same-fact');
  });

  it('keeps a denial, a plan, another day and another event apart', () => {
    expect(relation(demolished, tookPlace('did not take place'))).toBe('different-fact: polarity');
    expect(relation(demolished, tookPlace('will take place'))).toBe(
      'different-fact: plan or outcome',
    );
    expect(relation(demolished, tookPlace('took place', 'Tuesday'))).toMatch(/^different-fact/);
    expect(relation(demolished, 'A protest took place at the Kelby mill on Wednesday.')).toMatch(
      /^different-fact/,
    );
  });
});
