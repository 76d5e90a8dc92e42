/**
 * A month counted from publication ("last October") against the same month with its year ("in
 * October 2025"): one time, as the timeline resolves both (fact-resolved-time.ts
 * `sameCalendarPeriods`). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const published = ['2026-03-06', '2026-09-16'] as const;
const relative = 'Residents reported a gas leak at Marram Court to the council last October.';

describe('a month counted from publication against a calendar month', () => {
  it('is one time when both resolve to one month', () => {
    const dated = 'Residents reported a gas leak at Marram Court to the council in October 2025.';
    expect(classifyFacts(relative, dated, { published })).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(dated, relative, { published: [published[1], published[0]] })).toEqual({
      kind: 'same-fact',
    });
  });

  it('is no one fact for another year or month, nor with no publication date', () => {
    const year = 'Residents reported a gas leak at Marram Court to the council in October 2024.';
    expect(classifyFacts(relative, year, { published }).kind).not.toBe('same-fact');
    const month = 'Residents reported a gas leak at Marram Court to the council in November 2025.';
    expect(classifyFacts(relative, month, { published }).kind).not.toBe('same-fact');
    const dated = 'Residents reported a gas leak at Marram Court to the council in October 2025.';
    expect(classifyFacts(relative, dated, { published: [null, published[1]] }).kind).not.toBe(
      'same-fact',
    );
  });
});
