import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { factValues } from '../../src/search/select/fact-values.js';
import {
  degreeConflict,
  orderConflict,
  quantifiersConflict,
  statedRange,
} from '../../src/search/select/fact-qualifiers.js';

/** The range the first number of `text` states; null when it states none or a vague one. */
const range = (text: string) => {
  const [x] = factValues(text).positioned.flatMap((v) => ('number' in v ? [v] : []));
  return x === undefined ? null : statedRange(x);
};

const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

describe('small words that make alike reports two facts', () => {
  it('reads bounds on numbers', () => {
    const bounds = (text: string) =>
      factValues(text).positioned.flatMap((v) => ('number' in v ? [v.bound] : []));
    expect(
      bounds('More than 600 homes and fewer than 20 shops; nearly $5 million; 40 boats.'),
    ).toEqual(['lower', 'upper', 'below', null]);
    expect(
      bounds('Just under 600 homes, almost 20 shops, just over 9 boats, at least 4 cars, up to 7.'),
    ).toEqual(['below', 'below', 'above', 'lower', 'upper']);
  });

  it('keeps a lower bound apart from an upper bound on the same number', () => {
    expect(
      relation(
        'More than 600 homes in the Tarn valley were flooded by the storm surge.',
        'Fewer than 600 homes in the Tarn valley were flooded by the storm surge.',
      ),
    ).toBe('different-fact: different bounds');
    expect(
      relation(
        'About 600 homes in the Tarn valley were flooded by the storm surge.',
        'Some 600 homes in the Tarn valley were flooded by the storm surge.',
      ),
    ).toBe('same-fact');
  });

  it('never sets a value against a bound it lies within, but does against one it breaks', () => {
    // "Well over 7,000" states a range; 9,800 is inside it: compatible, not a disagreement.
    expect(
      relation(
        'The promoter said the Orwick festival had sold well over 7,000 tickets.',
        'The promoter said the Orwick festival had sold 9,800 tickets.',
      ),
    ).toBe('different-fact: a value within a bound');
    expect(
      relation(
        'Nearly 900 runners finished the Tarn valley marathon.',
        '850 runners finished the Tarn valley marathon.',
      ),
    ).toBe('different-fact: a value within a bound');
    // Look-alikes: a value outside the bound still disagrees; an exact pair still disagrees.
    expect(
      relation(
        'The promoter said the Orwick festival had sold more than 9,000 tickets.',
        'The promoter said the Orwick festival had sold 8,000 tickets.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'Nearly 900 runners finished the Tarn valley marathon.',
        '950 runners finished the Tarn valley marathon.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'The promoter said the Orwick festival had sold 7,000 tickets.',
        'The promoter said the Orwick festival had sold 9,800 tickets.',
      ),
    ).toBe('disagree');
  });

  it('sets approximate figures against each other like exact ones', () => {
    expect(
      relation(
        'Around 200 passengers were evacuated from the Kessock ferry terminal.',
        'About 250 passengers were evacuated from the Kessock ferry terminal.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'Around 9,400 tickets for the Orwick festival had been sold.',
        '9,800 tickets for the Orwick festival had been sold.',
      ),
    ).toBe('disagree');
  });

  it('reads an approximate figure as a range: half a unit of its last digit, at most 5% of it', () => {
    expect(range('About 9,400 tickets were sold.')).toEqual([9350, 9450]);
    expect(range('Debts of about £2.3m remain.')).toEqual([2_250_000, 2_350_000]);
    expect(range('Around 40 homes flooded.')).toEqual([38, 42]);
    expect(range('Some 200 boats sailed.')).toEqual([190, 210]);
    expect(range('An estimated 12.5 percent voted.')).toEqual([12.45, 12.55]);
    expect(range('Exactly 40 homes flooded.')).toEqual([40, 40]);
    expect(range('Dozens of homes flooded.')).toBeNull();
  });

  it('reads "nearly N" as a little below N: not N itself, nor far below', () => {
    for (const words of ['Nearly', 'Almost', 'Just under', 'Just short of']) {
      const [low, high] = range(`${words} 10,000 tickets were sold.`) ?? [0, 0];
      expect(low).toBe(9_000);
      expect(high).toBeLessThan(10_000);
      expect(high).toBeGreaterThan(9_999.99);
    }
    const [low, high] = range('Just over 600 homes flooded.') ?? [0, 0];
    expect(low).toBeGreaterThan(600);
    expect(high).toBeCloseTo(660);
    // "More than", "over", "at least" stay open above; "under", "up to" below.
    expect(range('At least 600 homes flooded.')).toEqual([600, Infinity]);
    expect(range('Over 600 homes flooded.')).toEqual([600, Infinity]);
    expect(range('Under 600 homes flooded.')).toEqual([-Infinity, 600]);
  });

  it('reads a figure written with a scale word as rounded to its last digit', () => {
    expect(range('The repairs cost £2.4m.')).toEqual([2_350_000, 2_450_000]);
    expect(range('The repairs cost 2.4 million pounds.')).toEqual([2_350_000, 2_450_000]);
    expect(range('The repairs cost about £4m.')).toEqual([3_500_000, 4_500_000]);
    expect(range('The repairs cost £250,000.')).toEqual([250_000, 250_000]);
    expect(range('Two dozen boats sailed.')).toEqual([24, 24]);
    // "Half a million" is 500,000, not a million.
    expect(range('Half a million people signed.')).toEqual([450_000, 550_000]);
  });

  it('sets "nearly N" against a figure far below it, never against one just below', () => {
    const sold = (n: string) => `The Orwick festival promoter said ${n} tickets had been sold.`;
    expect(relation(sold('nearly 10,000'), sold('9,800'))).toBe(
      'different-fact: a value within a bound',
    );
    expect(relation(sold('almost 10,000'), sold('6,000'))).toBe('disagree');
    expect(relation(sold('just under 10,000'), sold('6,000'))).toBe('disagree');
    expect(relation(sold('nearly 10,000'), sold('10,000'))).not.toBe('same-fact');
    expect(relation(sold('just over 600'), sold('900'))).toBe('disagree');
  });

  it('finds a figure inside an approximation one fact, one outside it a disagreement', () => {
    const impounded = (n: string) =>
      `The Tarnby port authority said ${n} trawlers were impounded in Grimsvik on Monday.`;
    // 248 read on a scale of tens is "about 250" (Krifka 2007): one figure, one fact.
    expect(relation(impounded('about 250'), impounded('248'))).toBe('same-fact');
    expect(relation(impounded('about 3,000'), impounded('some 3,050'))).toBe('same-fact');
    // The ranges only meet: 255 is not within "around 250" (245–255, its top left open).
    expect(relation(impounded('around 250'), impounded('255'))).toBe(
      'different-fact: a value within a bound',
    );
    expect(relation(impounded('around 250'), impounded('about 255'))).toBe(
      'different-fact: a value within a bound',
    );
    expect(relation(impounded('about 40'), impounded('37'))).toBe('disagree');
    expect(relation(impounded('about 250'), impounded('about 250'))).toBe('same-fact');
  });

  it('keeps "before" apart from "after"', () => {
    expect(
      relation(
        'The Tarn ferry landing was finished before the storm, the operator said.',
        'The Tarn ferry landing was finished after the storm, the operator said.',
      ),
    ).toBe('different-fact: different order in time');
  });

  it('keeps "during" apart from "before" and "after", but not from itself', () => {
    const visited = (when: string) =>
      `The minister visited the Tarn ferry landing ${when} the storm, the operator said.`;
    expect(relation(visited('before'), visited('during'))).toBe(
      'different-fact: different order in time',
    );
    expect(relation(visited('during'), visited('after'))).toBe(
      'different-fact: different order in time',
    );
    expect(relation(visited('during'), visited('during'))).toBe('same-fact');
  });

  it('keeps "without" a shared thing apart from its presence, reading only the word it governs', () => {
    expect(
      relation(
        'The Tarn contractor won the ferry landing contract after a tender.',
        'The Tarn contractor won the ferry landing contract without a tender.',
      ),
    ).toBe('different-fact: with or without');
    expect(
      relation(
        'Riot police detained 40 protesters near the Grimsvik town hall without warning on Monday.',
        'Riot police detained 40 protesters near the Grimsvik town hall on Monday.',
      ),
    ).toBe('same-fact');
  });

  it('keeps opposite comparisons and opposite sides apart', () => {
    expect(
      relation(
        'The Tarn ferry landing repairs cost more than expected.',
        'The Tarn ferry landing repairs cost less than expected.',
      ),
    ).toBe('different-fact: different extent');
    expect(
      relation(
        'Tarn fishermen protested against the ferry landing at the harbour.',
        'Tarn fishermen protested in favour of the ferry landing at the harbour.',
      ),
    ).toBe('different-fact: different extent');
    expect(
      relation(
        'The Tarn ferry landing repairs cost more than the original estimate, the operator said.',
        'The operator said the Tarn ferry landing repairs cost more than the original estimate.',
      ),
    ).toBe('same-fact');
  });

  it('keeps a deputy or former holder apart from the holder, but not a modified word the other never names', () => {
    expect(
      relation(
        'The mayor of Tarn resigned on Friday after the harbour audit.',
        'The deputy mayor of Tarn resigned on Friday after the harbour audit.',
      ),
    ).toBe('different-fact: different role');
    expect(
      relation(
        'Tens of thousands of fishers marched in Tarn, a former Hanseatic port, to demand the mayor’s resignation.',
        'Tens of thousands of fishers marched in Tarn to demand the mayor’s resignation.',
      ),
    ).toBe('same-fact');
  });

  it('keeps different extents apart: how much of something, and how far a state is reached', () => {
    expect(
      relation(
        'Only four of the eleven Tarn gates were closed during the storm.',
        'All eleven Tarn gates were closed during the storm.',
      ),
    ).toBe('different-fact: different extent');
    expect(
      relation(
        'The Tarn regional authority agreed to pay for most of the barrier.',
        'The Tarn regional authority agreed to pay for part of the barrier.',
      ),
    ).toBe('different-fact: different extent');
    expect(
      relation(
        'The Tarn barrier is almost complete, the builder said.',
        'The Tarn barrier is complete, the builder said.',
      ),
    ).toBe('different-fact: different extent');
  });

  it('keeps values swapped between two places apart, and names swapped with the speaker', () => {
    expect(
      relation(
        'The cost of the Tarn barrier rose to $241 million, up from $212 million.',
        'The cost of the Tarn barrier rose to $212 million, up from $241 million.',
      ),
    ).toBe('different-fact: different values in one place');
    expect(
      relation(
        'The Tarn regional authority agreed to pay for the barrier, the council said.',
        'The Tarn council agreed to pay for the barrier, the regional authority said.',
      ),
    ).toBe('different-fact: different words in one place');
  });

  it('keeps a purpose apart from what happens', () => {
    expect(
      relation(
        'The Tarn barrier protects about 9,000 properties in the Saltmarsh district.',
        'The Tarn barrier is designed to protect about 9,000 properties in the Saltmarsh district.',
      ),
    ).toBe('different-fact: modality');
  });

  it('counts a qualifier only when it qualifies something both passages name', () => {
    const shared = new Set(['storm', 'gate', 'comple']);
    expect(orderConflict('finished before the storm', 'finished after the storm', shared)).toBe(
      true,
    );
    expect(
      orderConflict('approved after an all-night debate', 'approved before the storm', shared),
    ).toBe(false);
    expect(quantifiersConflict('only four gates shut', 'all gates shut', shared)).toBe(true);
    expect(quantifiersConflict('most of them fled; gates shut', 'all gates shut', shared)).toBe(
      false,
    );
    expect(degreeConflict('almost complete', 'complete', shared)).toBe(true);
    expect(degreeConflict('largely rebuilt, and complete', 'complete', shared)).toBe(false);
  });
});
