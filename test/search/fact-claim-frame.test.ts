/**
 * The report frame is no part of the fact (fact-attribution.ts `claimOf`, fact-relation.ts
 * `inClaims`): "X announced on Monday that …" reports its that-clause, and "…, the agency said,
 * adding that …" reports what stands before the frame, the participle's clause being the
 * speaker's further words.
 */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../src/search/select/fact-attribution.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const published = ['2026-03-10', '2026-03-10'] as const;
const kind = (a: string, b: string) => classifyFacts(a, b, { published }).kind;
const claim = (text: string) => claimOf(text).replace(/\s+/g, ' ').trim();

describe('a frame closing the claim, then a participle clause', () => {
  it('frames the claim before it, not the clause after it', () => {
    expect(
      claim(
        'The Dunmore pumping station was shut on Monday after a fuel leak, the company said, adding that no one had been hurt.',
      ),
    ).toBe('The Dunmore pumping station was shut on Monday after a fuel leak');
    expect(claim('Putin said the talks would resume.')).toBe('the talks would resume.');
  });

  it('leaves the claim the same fact as a report of it alone', () => {
    const shut = 'The Dunmore pumping station was shut on Monday after a fuel leak';
    expect(kind(`${shut}, the company said, adding that no one had been hurt.`, `${shut}.`)).toBe(
      'same-fact',
    );
    expect(
      kind(
        'Marl Water shut the Dunmore reservoir on Friday, the company said, adding that 2,000 homes would get bottled water.',
        'Marl Water shut the Dunmore reservoir on Friday.',
      ),
    ).toBe('same-fact');
  });

  it('does not make the further words the other fact', () => {
    expect(
      kind(
        'The Dunmore pumping station was shut on Monday after a fuel leak, the company said, adding that the leak had not reached the river.',
        'The fuel leak at the Dunmore pumping station reached the river on Monday.',
      ),
    ).toBe('different-fact');
  });
});

describe('a frame with a verb of saying, a day and "that"', () => {
  it('is set aside: the that-clause is the fact', () => {
    expect(
      kind(
        'The ministry stated on Monday that the Dunmore ferry would resume sailing in April.',
        'The Dunmore ferry will resume sailing in April.',
      ),
    ).toBe('same-fact');
    expect(
      kind(
        'Marl Water confirmed on Tuesday that the main under Dunmore High Street had burst.',
        'The main under Dunmore High Street has burst, Marl Water said on Tuesday.',
      ),
    ).toBe('same-fact');
  });

  it('keeps its day out of the fact, and a stance in it on the fact', () => {
    expect(
      kind(
        'The council announced on Monday that the Dunmore pool would close for repairs.',
        'The Dunmore pool closed for repairs on Monday.',
      ),
    ).toBe('different-fact');
    expect(
      kind(
        'The council has not said that the Dunmore pool will close for repairs in May.',
        'The Dunmore pool will close for repairs in May.',
      ),
    ).toBe('different-fact');
    expect(
      kind(
        'The ministry stated on Monday that the Dunmore ferry would resume sailing in April.',
        'The ministry denied on Monday that the Dunmore ferry would resume sailing in April.',
      ),
    ).toBe('different-fact');
  });

  it('never makes the same words of two speakers one fact', () => {
    expect(
      kind(
        'Councillor Ana Ruiz said on Monday that the mine would create 240 jobs in the valley.',
        'Tom Rowe said the mine would create 240 jobs in the valley.',
      ),
    ).toBe('different-fact');
  });
});
