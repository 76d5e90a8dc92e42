/**
 * A question that names its source ("according to Vane's 1901 message") says where to look; it
 * is answered only when a passage of that source holds what its content words ask. The named
 * source puts its passages first and lifts them alike, however little of the question they hold,
 * so a passage of it lacking most of those words is no answer (abstain-named-source.ts).
 * Invented addresses, one a year, each by its own speaker, whose text never names him.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { namedSourceContentHeld } from '../../src/search/abstain-named-source.js';
import { annualAddress, engineOver } from './fixtures.js';

const ADDRESSES = [
  annualAddress(1901, 'Hollis Vane', [
    ['The canal question must wait for another year.'],
    ['The scandal in the customs house has been dealt with by the courts.'],
    ['The navy has added four cruisers to the fleet, and two more are on the stocks.'],
  ]),
  annualAddress(1902, 'Orrin Tabb', [['The harvest was the largest the country has known.']]),
  annualAddress(1903, 'Caleb Wroth', [
    ['The canal across the isthmus will cost forty million dollars, to be paid over ten years.'],
  ]),
  annualAddress(1904, 'Amos Pell', [
    ['The oil lease at Elk Hills was signed with the Brandt company.'],
  ]),
  annualAddress(1905, 'Jonas Kerr', [['The postal service now reaches every county.']]),
];

describe('a question naming its source', () => {
  // Building reads WordNet: slow on a busy machine, so once, before the timed tests.
  beforeAll(() => void engineOver(...ADDRESSES), 120_000);

  it('is answered from that source when it holds what is asked', () => {
    const { engine } = engineOver(...ADDRESSES);
    const answer = engine.ask('how many cruisers did Vane say the navy added in 1901?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('four cruisers');
  });

  it('is not answered by the named source when only another source holds what is asked', () => {
    const { engine } = engineOver(...ADDRESSES);
    const answer = engine.ask('what did Vane say about the Elk Hills oil lease scandal in 1901?');
    expect(answer.answered).toBe(false);
  });

  it('is judged so only when its best passage is from the source it names', () => {
    const { index } = engineOver(...ADDRESSES);
    const held = (question: string) =>
      namedSourceContentHeld(index.abstentionInput(index.rank(question)));
    expect(held('what did Vane say about the Elk Hills oil lease scandal in 1901?')).toBe(false);
    expect(held('how many cruisers did Vane say the navy added in 1901?')).toBe(true);
    expect(held('how much will the canal across the isthmus cost?')).toBeUndefined();
  });
});
