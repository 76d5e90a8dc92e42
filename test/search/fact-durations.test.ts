/**
 * One span of one activity told with "spend" and with "last" ("spent three weeks in talks" /
 * "the talks lasted three weeks"): one fact when the spans are alike, a disagreement on the
 * number when they cannot be the same; never when the activity, the unit or the names differ.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { durationOf } from '../../src/search/select/fact-durations.js';

const days = { published: ['2026-03-04', '2026-03-05'] as const };
const spent = 'Negotiators spent 11 days in talks over the Kelby bridge.';
const lasted = 'The talks over the Kelby bridge lasted 11 days.';

describe('durationOf', () => {
  it('reads the activity after "spend" and the subject of "last"', () => {
    expect(durationOf(analyseFact(spent))).toMatchObject({ verb: 'spend', unit: 'day' });
    expect([...(durationOf(analyseFact(spent))?.activity ?? [])]).toEqual(['talk']);
    expect(durationOf(analyseFact(lasted))).toMatchObject({ verb: 'last', unit: 'day' });
    const negotiating = 'The unions spent three weeks negotiating with the port.';
    // A length of time is read in days, whatever unit it is told in (fact-lengths.ts).
    expect(durationOf(analyseFact(negotiating))).toMatchObject({ verb: 'spend', unit: 'day' });
  });

  it('reads no span under another verb, nor "the last" as an adjective', () => {
    expect(durationOf(analyseFact('The talks over the Kelby bridge took 11 days.'))).toBeNull();
    expect(durationOf(analyseFact('Negotiators spent £11m on the Kelby bridge.'))).toBeNull();
    expect(durationOf(analyseFact('The talks were held in the last 11 days.'))).toBeNull();
  });
});

describe('one span told with "spent" and "lasted"', () => {
  it('is one fact when the spans are the same, read both ways', () => {
    expect(classifyFacts(spent, lasted, days)).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(lasted, spent, days)).toEqual({ kind: 'same-fact' });
    const unions = 'The two unions spent three weeks in talks with the port operator.';
    const talks = 'Talks between the two unions and the port operator lasted three weeks.';
    expect(classifyFacts(unions, talks, days)).toEqual({ kind: 'same-fact' });
  });

  it('differs on the number when the spans cannot be the same', () => {
    expect(classifyFacts(spent, lasted.replace('11', '14'), days)).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    const unions = 'The two unions spent three weeks in talks with the port operator.';
    const talks = 'Talks between the two unions and the port operator lasted four weeks.';
    expect(classifyFacts(talks, unions, days)).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
  });

  it('is neither from articles published weeks apart', () => {
    const weeks = { published: ['2026-03-04', '2026-04-04'] as const };
    expect(classifyFacts(spent, lasted.replace('11', '14'), weeks).kind).toBe('different-fact');
  });

  it('is neither for another activity, another unit or another named place', () => {
    const strike = 'The strike over the Kelby bridge lasted 11 days.';
    expect(classifyFacts(spent, strike, days).kind).toBe('different-fact');
    expect(classifyFacts(spent, strike.replace('11', '14'), days).kind).toBe('different-fact');
    const hours = 'The talks over the Kelby bridge lasted 11 hours.';
    expect(classifyFacts(spent, hours, days).kind).toBe('different-fact');
    const harwick = 'The talks over the Harwick bridge lasted 14 days.';
    expect(classifyFacts(spent, harwick, days).kind).toBe('different-fact');
  });

  it('is neither when one side plans or denies the span', () => {
    const will = 'The talks over the Kelby bridge will last 11 days.';
    expect(classifyFacts(spent, will, days).kind).toBe('different-fact');
    const not = 'The talks over the Kelby bridge did not last 11 days.';
    expect(classifyFacts(spent, not, days).kind).toBe('different-fact');
  });
});

describe('one span told with two verbs of lasting ("lasted" / "ran for")', () => {
  const lastedNine = 'Talks at the Kelby Conciliation Service lasted nine hours on Monday.';
  const ranNine = "Monday's talks at the Kelby Conciliation Service ran for 9 hours.";

  it('reads "ran for" before a span as lasting, the head of its subject the activity', () => {
    expect(durationOf(analyseFact(ranNine))).toMatchObject({ verb: 'last', unit: 'hour' });
    expect([...(durationOf(analyseFact(ranNine))?.head ?? [])]).toEqual(['talk']);
    // "ran" before a distance is no lasting.
    expect(durationOf(analyseFact('The Kelby ferry ran 9 miles on Monday.'))).toBeNull();
  });

  it('is one fact when the spans are the same, read both ways', () => {
    expect(classifyFacts(lastedNine, ranNine, days)).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(ranNine, lastedNine, days)).toEqual({ kind: 'same-fact' });
  });

  it('is never one fact for another span, activity, day or stance', () => {
    for (const other of [
      'Talks at the Kelby Conciliation Service ran for 11 hours on Monday.',
      'The strike at the Kelby Conciliation Service ran for nine hours on Monday.',
      'Talks at the Kelby Conciliation Service ran for nine hours on Tuesday.',
      'Talks at the Kelby Conciliation Service are expected to run for nine hours on Monday.',
      'Talks at the Kelby Conciliation Service did not run for nine hours on Monday.',
    ]) {
      expect(classifyFacts(lastedNine, other, days).kind).not.toBe('same-fact');
      expect(classifyFacts(other, lastedNine, days).kind).not.toBe('same-fact');
    }
  });
});
