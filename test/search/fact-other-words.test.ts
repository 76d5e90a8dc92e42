/**
 * The same fact told by two articles in other words: what one sentence adds (a phrase of route, a
 * comparison after a figure, the body's name told in full) does not make it another fact when
 * what both state agrees; a denial, a plan, another day, another body or another figure still
 * keep the two apart.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

// 12 August 2026 is a Wednesday: its "on Tuesday" is 11 August.
const published = ['2026-08-12', '2026-08-13'] as const;

describe('one act on one day, a phrase of route added on one side', () => {
  const route = 'The probe arrived back in Tromsø on Tuesday after a voyage from the Mohns Ridge.';
  const dated = 'The probe arrived back in Tromsø on Tuesday, 11 August.';

  it('is one fact when the weekday of one is the dated day of the other', () => {
    expect(classifyFacts(route, dated, { published })).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(dated, route, { published: ['2026-08-13', '2026-08-12'] })).toEqual({
      kind: 'same-fact',
    });
  });

  it('is one fact when both weekdays resolve to the same day', () => {
    const bare = 'The probe arrived back in Tromsø on Tuesday.';
    expect(classifyFacts(route, bare, { published })).toEqual({ kind: 'same-fact' });
  });

  it('is not one fact on another day, or with the day unknown', () => {
    // A week later, its "on Tuesday" is 18 August.
    expect(classifyFacts(route, dated, { published: ['2026-08-19', '2026-08-13'] }).kind).toBe(
      'different-fact',
    );
    expect(classifyFacts(route, dated.replace('11 August', '4 August'), { published }).kind).toBe(
      'different-fact',
    );
    expect(classifyFacts(route, dated, { published: [null, '2026-08-13'] }).kind).toBe(
      'different-fact',
    );
    const bare = 'The probe arrived back in Tromsø on Tuesday.';
    expect(classifyFacts(route, bare, { published: ['2026-08-12', '2026-08-20'] }).kind).toBe(
      'different-fact',
    );
  });

  it('is not one fact for a denial, a possibility, another arrival or another act', () => {
    for (const near of [
      route.replace('arrived', 'did not arrive'),
      route.replace('arrived back', 'could arrive back'),
      route.replace('arrived back', 'arrived back again'),
      route.replace('arrived back in', 'left'),
    ])
      expect(classifyFacts(near, dated, { published }).kind).toBe('different-fact');
  });

  it('is not one fact for another vessel', () => {
    const ferry = 'The ferry arrived in Tromsø on Tuesday after a voyage from Bodø.';
    const probe = 'The probe arrived in Tromsø on Tuesday, 11 August.';
    expect(classifyFacts(ferry, probe, { published }).kind).toBe('different-fact');
  });
});

describe('one figure by the same verb, the body named in other words, comparisons after it', () => {
  const full =
    "Scientists at the Halden Marine Institute weighed the haul at 7.4 kilograms, slightly more than the expedition's estimate earlier this week.";
  const short =
    "The institute in Halden weighed the haul on Tuesday at 7.4 kilograms, more than twice the expedition's minimum target.";

  it('is one fact when the figures are the same', () => {
    expect(classifyFacts(full, short, { published })).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(short, full, { published: ['2026-08-13', '2026-08-12'] })).toEqual({
      kind: 'same-fact',
    });
  });

  it('differs on the number when the figures differ', () => {
    expect(
      classifyFacts(full, short.replace('7.4', '7.9'), { published, asked: 'number' }),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('is neither for another institute, a denial, a second weighing or a plan', () => {
    expect(classifyFacts(full.replace('Halden', 'Bergen'), short, { published }).kind).toBe(
      'different-fact',
    );
    for (const near of [
      short.replace('weighed', 'did not weigh'),
      short.replace('weighed the haul', 'weighed the haul again'),
      short.replace(
        'weighed the haul on Tuesday at 7.4 kilograms',
        'will weigh the haul on Thursday',
      ),
    ])
      expect(classifyFacts(full, near, { published }).kind).toBe('different-fact');
  });
});

describe('modifiers one report alone writes before a noun the other names bare', () => {
  const published = ['2025-11-03', '2025-11-05'] as const;
  const egm = 'Members will vote on the merger at an extraordinary general meeting on 14 January.';
  const meet = 'Members will meet on January 21 to vote on the merger.';

  it('do not keep one vote on two dates from differing on the date', () => {
    expect(classifyFacts(egm, meet, { published, asked: 'date' })).toMatchObject({
      kind: 'disagree',
      aspect: 'date',
    });
    expect(classifyFacts(meet, egm, { published: ['2025-11-05', '2025-11-03'] })).toMatchObject({
      kind: 'disagree',
      aspect: 'date',
    });
  });

  it('do not keep one vote on one date from being one fact', () => {
    expect(classifyFacts(egm, meet.replace('21', '14'), { published })).toEqual({
      kind: 'same-fact',
    });
  });

  it('still leave a denial, a possibility, another motion or a subsequent meeting apart', () => {
    for (const near of [
      meet.replace('will meet', 'will not meet'),
      meet.replace('will meet', 'could meet'),
      meet.replace('merger', 'takeover'),
    ])
      expect(classifyFacts(egm, near, { published }).kind).toBe('different-fact');
    const later = 'Members will vote on the merger at a subsequent meeting on 21 January.';
    expect(classifyFacts(egm, later, { published }).kind).toBe('different-fact');
  });

  it('are read only where the other report writes the noun bare', () => {
    // Both write a modifier of their own before "meeting": which meeting each means may differ.
    const special = 'Members will vote on the merger at a special meeting on 21 January.';
    expect(classifyFacts(egm, special, { published }).kind).toBe('different-fact');
  });
});
