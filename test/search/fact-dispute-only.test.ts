/**
 * A relation read for a disagreement only (src/search/select/fact-relation.ts
 * `RelationContext.disputeOnly`, as select.ts `findDisagreements` reads it): a pair that is one
 * fact only by its clauses is left as written, and every disagreement is found as a full reading
 * finds it. Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const published = ['2026-03-11', '2026-03-10'] as const;
const serviced = 'The Tarnbury pump station failed at 2am on Monday, two days after a service.';
const stormy = 'The station, run by Marl Water, failed at about 2am on Monday in a heavy storm.';

describe('a relation read for a disagreement only', () => {
  it('leaves a pair that is one fact only by its own clauses as written', () => {
    expect(classifyFacts(serviced, stormy, { published }).kind).toBe('same-fact');
    expect(classifyFacts(serviced, stormy, { published, disputeOnly: true }).kind).toBe(
      'different-fact',
    );
  });

  it('finds a disagreement as the full reading does', () => {
    const fourteen = 'Fourteen people were injured when the Kelby ferry ran aground on Monday.';
    const seventeen = 'Seventeen people were injured when the Kelby ferry ran aground on Monday.';
    const full = classifyFacts(fourteen, seventeen, { published, asked: 'number' });
    expect(full.kind).toBe('disagree');
    expect(
      classifyFacts(fourteen, seventeen, { published, asked: 'number', disputeOnly: true }),
    ).toEqual(full);
  });

  it('gives a same fact told alike as the full reading does', () => {
    const other = 'The Tarnbury pump station failed at 2am on Monday, two days after a service.';
    const full = classifyFacts(serviced, other, { published });
    expect(full.kind).toBe('same-fact');
    expect(classifyFacts(serviced, other, { published, disputeOnly: true })).toEqual(full);
  });
});
