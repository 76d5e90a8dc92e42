/**
 * Amounts of money as measures (fact-measures.ts): two reports of one cost or one price in other
 * words differ on the number when their amounts cannot be the same, and are never one fact.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { factValues } from '../../src/search/select/fact-values.js';

const days = (a: string, b: string): RelationContext => ({ published: [a, b] });
const sameDays = days('2026-03-09', '2026-03-10');
const relation = (a: string, b: string, context: RelationContext = sameDays) => {
  const r = classifyFacts(a, b, context);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

describe('reading amounts of money', () => {
  it('reads the currency from its sign or its word, and the scale word as a multiplier', () => {
    const money = (text: string) =>
      factValues(text).positioned.flatMap((v) =>
        'number' in v ? [[v.kind, v.number, v.currency]] : [],
      );
    expect(money('It cost £2.4m.')).toEqual([['money', '2400000', '£']]);
    expect(money('It cost 2.4 million pounds.')).toEqual([['money', '2400000', '£']]);
    expect(money('It cost 250,000 pounds sterling.')).toEqual([['money', '250000', '£']]);
    expect(money('It cost $5bn.')).toEqual([['money', '5000000000', '$']]);
    expect(money('It cost 40 million US dollars.')).toEqual([['money', '40000000', '$']]);
    expect(money('It cost €16.1m.')).toEqual([['money', '16100000', '€']]);
    expect(money('It cost 900 crowns.')).toEqual([['money', '900', 'crown']]);
    expect(money('It took 40 people.')).toEqual([['count', '40', null]]);
  });
});

describe('two amounts of one cost in other words', () => {
  it('differ on the number when they cannot be the same amount', () => {
    expect(relation('The repairs cost £2.4m.', 'The repairs cost about £4m.')).toBe('disagree');
    expect(relation('The repairs cost 2.4 million pounds.', 'The repairs cost about £4m.')).toBe(
      'disagree',
    );
    expect(
      relation(
        'The house was sold for £1.6m in May.',
        'The council said the house was sold for £1.8m.',
      ),
    ).toBe('disagree');
  });

  it('are compatible, never one fact nor a disagreement, when their ranges only meet', () => {
    // "£2.4m" is £2.35m–£2.45m; "about £2.5m" at least £2.45m–£2.55m: they meet.
    expect(relation('The repairs cost £2.4m.', 'The repairs cost about £2.5m.')).not.toMatch(
      /^(?:same-fact|disagree)$/,
    );
  });

  it('are one fact when one is the other rounded (session 30)', () => {
    // £2.43m, written to the nearest £0.1m, is "£2.4m": one amount read on two scales.
    expect(
      relation(
        'The repairs to the Tarn footbridge cost £2.4m, the council said.',
        'The repairs to the Tarn footbridge cost £2.43m, the council said.',
      ),
    ).toBe('same-fact');
  });

  it('differ when the closer figure would not round, half up, to the rounded one', () => {
    // News rounds half up: £6.5m is written "£7m", never "£6m"; £6.4m may be "£6m".
    const cost = (n: string) => `The trust said the extension would cost ${n}.`;
    expect(relation(cost('£6 million'), cost('£6.5 million'))).toBe('disagree');
    expect(relation(cost('£6m'), cost('£6,500,000'))).toBe('disagree');
    expect(relation(cost('£6 million'), cost('£6.4 million'))).toBe('same-fact');
    expect(relation(cost('£6 million'), cost('£5.5 million'))).toBe(
      'different-fact: a value within a bound',
    );
    // "About" widens the rounded range: nothing is claimed.
    expect(relation(cost('about £6 million'), cost('£6.5 million'))).not.toBe('disagree');
  });

  it('claims nothing when the amounts are of different things, currencies, days or acts', () => {
    const cost = 'The repairs cost £2.4m.';
    // Not said to be the same repairs: another school's, another hall's.
    expect(
      relation("The school's repairs cost £2.4m.", "The hall's repairs cost about £4m."),
    ).not.toBe('disagree');
    // One names the house, the other may mean another house.
    expect(
      relation('The house was sold for £1.6m.', 'The Harl Street house was sold for £1.8m.'),
    ).not.toBe('disagree');
    // Another currency, another act, nothing before the amount to say what it is of.
    expect(relation(cost, 'The repairs cost about $4m.')).not.toBe('disagree');
    expect(relation('The house was sold for £1.6m.', 'The house was bought for £1.8m.')).not.toBe(
      'disagree',
    );
    expect(relation('It cost £2.4m.', 'It cost about £4m.')).not.toBe('disagree');
    // What is said after them differs: two sales.
    expect(
      relation(
        'The house was sold for £1.6m to a developer.',
        'The house was sold for £1.8m to a housing trust.',
      ),
    ).not.toBe('disagree');
    // Weeks apart, or dates unknown: a price may have changed.
    expect(relation(cost, 'The repairs cost about £4m.', days('2026-01-09', '2026-03-10'))).toBe(
      'different-fact: another event',
    );
    expect(relation(cost, 'The repairs cost about £4m.', {})).toBe('different-fact: another event');
  });

  it('are never one fact in other words', () => {
    // One amount in two notations is one value (fact-values.ts `notationWordSpans`): told in the
    // same words otherwise, it is one fact as two copies of one sentence are.
    expect(relation('The repairs cost £2.4m.', 'The repairs cost 2.4 million pounds.')).toBe(
      relation('The repairs cost £2.4m.', 'The repairs cost £2.4m.'),
    );
    expect(
      relation(
        'The Tarn footbridge repairs, finished in March, cost £2.4m, the council said on Monday.',
        'The council said on Monday that the Tarn footbridge repairs had cost about £4m.',
      ),
    ).not.toBe('same-fact');
  });
});

describe('a sentence restating an error its article corrects', () => {
  it('is never the same fact as a report still stating the error, nor a disagreement', () => {
    const stillSays = 'The Tarn hall was built in 1881, the trust said.';
    for (const correction of [
      'Correction: Our article of 17 January said the Tarn hall was built in 1881.',
      'We wrongly reported that the Tarn hall was built in 1881.',
      'An earlier version of this article said the Tarn hall was built in 1881.',
    ])
      expect(relation(correction, stillSays)).toBe('different-fact: restates a corrected error');
    // The same words without a correction's are still one fact.
    expect(relation('The trust said the Tarn hall was built in 1881.', stillSays)).toBe(
      'same-fact',
    );
  });
});
