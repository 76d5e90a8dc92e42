/**
 * Approximate figures (fact-qualifiers.ts `statedRange`): "about", "some", "around", "roughly"
 * widen a figure to half a unit of its last significant digit, at most 5% of it, the reading
 * of round numbers as approximate (Krifka 2007, "Approximate interpretation of number words":
 * the rounder the number, the coarser the scale it is read on). Two figures of one count whose
 * ranges do not meet differ; "about 3,000" and "3,000" meet. A number used as a modifier ("a
 * 12-day notice") is the figure "12 days".
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const published = ['2026-03-10', '2026-03-10'] as const;
const kind = (a: string, b: string) => classifyFacts(a, b, { published }).kind;

describe('approximate figures of one count', () => {
  const about = 'About 3,000 homes in Fenby lost power on Monday night.';

  it('differ when their ranges do not meet, whichever word approximates them', () => {
    for (const other of [
      'Some 3,600 homes in Fenby lost power on Monday night.',
      'Roughly 3,600 homes in Fenby lost power on Monday night.',
      'Around 3,600 homes in Fenby lost power in the storm on Monday night, the supplier said.',
    ])
      expect(classifyFacts(about, other, { published })).toMatchObject({
        kind: 'disagree',
        aspect: 'number',
      });
    expect(
      kind(
        'Nearly 3,000 homes in Fenby lost power on Monday night.',
        'More than 3,600 homes in Fenby lost power on Monday night.',
      ),
    ).toBe('disagree');
  });

  it('are the same figure as the round number they approximate', () => {
    expect(kind(about, 'In Fenby, 3,000 homes lost power on Monday night.')).toBe('same-fact');
  });

  it('do not differ from a figure inside their range, nor from another count', () => {
    expect(kind(about, 'Some 3,050 homes in Fenby lost power on Monday night.')).not.toBe(
      'disagree',
    );
    expect(kind(about, 'Some 3,600 homes in Fenby lost their phone lines on Monday night.')).toBe(
      'different-fact',
    );
    expect(kind(about, 'Power was restored to some 3,600 homes in Fenby on Tuesday.')).toBe(
      'different-fact',
    );
  });
});

describe('a number used as a modifier', () => {
  it('is the figure it modifies: "a 12-day notice" is 12 days', () => {
    expect(
      kind(
        'Tenants of the Fenby flats were given 11 days to leave.',
        'Tenants of the Fenby flats were given a 12-day notice to leave.',
      ),
    ).toBe('disagree');
    expect(
      kind(
        'Tenants of the Fenby flats were given 12 days to leave.',
        'Tenants of the Fenby flats were given a 12-day notice to leave.',
      ),
    ).toBe('same-fact');
  });

  it('of another thing is another count', () => {
    expect(
      kind(
        'Tenants of the Fenby flats were given 11 days to leave.',
        'Tenants of the Fenby flats were given a 12-day extension to their leases.',
      ),
    ).toBe('different-fact');
  });
});
