/**
 * One named party's share of one whole, given alone or in a list whose verb and whole are
 * written once ("Norway will keep 30 percent of the haul, Iceland 15 percent"), is one fact when
 * the other report gives the same party the same share of the same whole; another figure, party,
 * whole or side of a payment, a denial, a possibility, an approximate share or a report weeks
 * later is not.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const published = ['2026-08-12', '2026-08-13'] as const;
const list =
  'Under the expedition agreement, Norway will keep 30 percent of the haul, Iceland 15 percent, and the institute the rest.';
const alone = 'Iceland will receive 15 per cent of the haul.';

describe("one party's share of one whole", () => {
  it('is one fact when a list gives the party the share the other report gives it', () => {
    expect(classifyFacts(list, alone, { published })).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(alone, list, { published: ['2026-08-13', '2026-08-12'] })).toEqual({
      kind: 'same-fact',
    });
  });

  it('is one fact for the party that heads the list', () => {
    const norway = 'Norway is to receive 30% of the haul.';
    expect(classifyFacts(list, norway, { published })).toEqual({ kind: 'same-fact' });
  });

  it('is not one fact for another figure, party or whole', () => {
    for (const near of [
      alone.replace('15', '25'),
      alone.replace('Iceland', 'Greenland'),
      alone.replace('haul', 'profits'),
      'Norway will receive 15 per cent of the haul.',
    ])
      expect(classifyFacts(list, near, { published }).kind).toBe('different-fact');
  });

  it('is not one fact for the other side of a payment', () => {
    const pays = 'Norway will keep 30 percent of the cost, Iceland 15 percent.';
    const paying = 'Iceland will pay 15 per cent of the cost.';
    expect(classifyFacts(pays, paying, { published }).kind).toBe('different-fact');
  });

  it('is not one fact for a denial, a possibility, an approximate share or weeks apart', () => {
    for (const near of [
      alone.replace('will receive', 'will not receive'),
      alone.replace('will receive', 'could receive'),
      alone.replace('15', 'about 15'),
    ])
      expect(classifyFacts(list, near, { published }).kind).toBe('different-fact');
    expect(classifyFacts(list, alone, { published: ['2026-08-12', '2026-09-30'] }).kind).toBe(
      'different-fact',
    );
  });
});
