/**
 * One event on both sides, or no claim: a verb of deciding with two complements tells two
 * decisions (src/search/select/fact-complements.ts); "also reported by" needs every figure of
 * the clause of a figure both state, and "sources differ" one figure told two ways, not every
 * figure different (fact-figures.ts). Each rule with near-misses that must not be linked and true
 * pairs that must still be. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { complementsOf } from '../../src/search/select/fact-complements.js';

const sameDay = { published: ['2025-03-13', '2025-03-13'] as const };
const both = (a: string, b: string) => [
  classifyFacts(a, b, sameDay).kind,
  classifyFacts(b, a, sameDay).kind,
];

describe('the complement of a verb of deciding', () => {
  it('reads a to-infinitive and a phrase after "for", "against", "in favour of"', () => {
    expect(complementsOf('Staff have voted to accept a pay deal.')).toEqual([
      { verb: 'vote', polarity: '+', keys: ['accept'] },
    ]);
    expect(complementsOf('Staff voted 81% in favour of strike action.')).toEqual([
      { verb: 'vote', polarity: '+', keys: ['strike', 'action'] },
    ]);
    expect(complementsOf('Staff voted against the offer.')).toEqual([
      { verb: 'vote', polarity: '-', keys: ['offer'] },
    ]);
    // A tally's "to" is no infinitive: "by nine votes to four to sell".
    expect(complementsOf('The board voted by nine votes to four to sell the slipway.')).toEqual([
      { verb: 'vote', polarity: '+', keys: ['sell'] },
    ]);
    expect(complementsOf('The board voted to the surprise of many.')).toEqual([]);
  });

  it('keeps two decisions of one verb apart', () => {
    const accept =
      'Workers at the Pellam Wire factory have voted to accept a pay deal, bringing the dispute to an end.';
    for (const other of [
      'Workers at the Pellam Wire factory have voted to walk out next week.',
      'Workers at the Pellam Wire factory have voted to reject a pay deal.',
      'Workers at the Pellam Wire factory have voted against a pay deal.',
    ])
      expect(both(accept, other)).toEqual(['different-fact', 'different-fact']);
    expect(
      both(
        'Members at the Pellam Wire factory voted for strike action.',
        'Members at the Pellam Wire factory voted for the pay deal.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });

  it('still links one decision told alike, or as its noun', () => {
    expect(
      both(
        'Workers at the Pellam Wire factory have voted to accept a pay deal.',
        'Workers at the Pellam Wire factory have voted to accept the pay deal, the union said.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
    expect(
      both(
        'Staff at the Pellam Wire factory have voted to strike over pay.',
        'Staff at the Pellam Wire factory have voted for strike action over pay.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });
});

describe('the figures of one fact', () => {
  const ballot = 'Union members voted 81% in favour of strike action on a turnout of 74%.';

  it('does not confirm a figure the other leaves out of its clause', () => {
    expect(both(ballot, 'Union members voted 81% in favour of strike action.')).toEqual([
      'different-fact',
      'different-fact',
    ]);
  });

  it('reads a phrase set off by a comma that opens with a preposition as of the clause', () => {
    expect(
      both(
        'Union members voted 81% in favour of strike action, on a turnout of 74%.',
        'Union members voted 81% in favour of strike action.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });

  it('still links a figure both state beside another fact the other leaves out', () => {
    const list =
      'Under the deal, Norway will keep 30 percent of the haul, Iceland 15 percent, and the institute the rest.';
    expect(both(list, 'Iceland will receive 15 per cent of the haul.')).toEqual([
      'same-fact',
      'same-fact',
    ]);
  });

  it('still links every figure stated alike', () => {
    expect(
      both(
        ballot,
        'Union members voted 81% in favour of strike action on a turnout of 74%, the union said.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('sets one figure told two ways against each other', () => {
    const turnout = classifyFacts(
      ballot,
      'Union members voted 81% in favour of strike action on a turnout of 71%.',
      sameDay,
    );
    expect(turnout).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('never sets two votes, every figure different, against each other', () => {
    expect(
      both(
        'Some 81% of members voted in favour, on a turnout of 74%.',
        'Some 88% of members voted in favour, on a turnout of 79%.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });
});
