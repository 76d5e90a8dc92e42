/**
 * Conflicting values of one measured quantity are never "also reported by"
 * (src/search/select/fact-quantities.ts), on the ask's selection path (fact-relation.ts) as on
 * the date question's (engine/about-fallback.ts, tested there).
 */
import { describe, expect, it } from 'vitest';
import { quantitiesConflict } from '../../src/search/select/fact-quantities.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { factValues } from '../../src/search/select/fact-values.js';

const conflict = (a: string, b: string) => quantitiesConflict(factValues(a), factValues(b));

describe('conflicting values of one measured quantity', () => {
  it('finds counts of the same unit whose stated ranges do not meet', () => {
    expect(
      conflict('About 12,000 tonnes of rock fell.', 'Around 15,000 tonnes of material fell.'),
    ).toBe(true);
    expect(conflict('A 30mph limit applies.', 'A 40mph limit will apply.')).toBe(true);
    expect(conflict('Four people were hurt.', 'Six people were hurt.')).toBe(true);
  });

  it('finds money, shares and tallies of different values', () => {
    expect(conflict('The work cost £2.4m.', 'The work cost £2.9m.')).toBe(true);
    expect(conflict('Turnout was 61%.', 'Turnout was 58 per cent.')).toBe(true);
    expect(conflict('The council voted 8-5.', 'The council voted 9-4.')).toBe(true);
    // A tally in words, joined by "to" or "votes to", is a tally too; "one" is its side.
    expect(
      conflict(
        'Councillors approved the quarry by eight votes to three.',
        'The committee voted seven to four in favour of the quarry.',
      ),
    ).toBe(true);
    expect(
      conflict(
        'The board ratified the pay deal by six votes to one.',
        'The board ratified the pay deal by five votes to two.',
      ),
    ).toBe(true);
  });

  it('leaves values that can be the same, and different measures, alone', () => {
    // Approximate figures that meet, a figure inside a bound, a value agreeing among others.
    expect(conflict('About 250 people left.', '248 people left.')).toBe(false);
    expect(conflict('More than 600 people came.', '650 people came.')).toBe(false);
    expect(conflict('It cost £2.4m.', 'It cost £2.4m, and £0.5m more for buses.')).toBe(false);
    // Different units, or a count of one thing against money, are not one measure.
    expect(conflict('About 12,000 tonnes of rock fell.', 'Rock fell for 15,000 metres.')).toBe(
      false,
    );
    expect(conflict('Four people were hurt.', 'The repairs cost £4m.')).toBe(false);
    // A vague count is not known to differ.
    expect(conflict('Dozens of people came.', '650 people came.')).toBe(false);
    expect(conflict('The council voted 8-5.', 'The council voted 5-8.')).toBe(false);
  });
});

describe('the same fact', () => {
  const published = { published: ['2026-03-05', '2026-03-05'] as const };

  it('is never claimed across conflicting amounts, wherever in the sentences they stand', () => {
    const paid = 'The 3 councils paid £2.4m for the steel netting at Harl Bridge in 2025.';
    const cost = 'In 2025 the steel netting at Harl Bridge cost the 3 councils £2.9m.';
    // The sums differ and no other sum agrees: the number differs (fact-value-conflicts.ts
    // `sumsConflict`), whatever other figure ("3 councils", 2025) both state alike.
    expect(classifyFacts(paid, cost, published)).toEqual({
      kind: 'different-fact',
      reason: 'different number',
    });
    // The same words with the same amount are still one fact.
    expect(classifyFacts(paid, cost.replace('£2.9m', '£2.4m'), published).kind).toBe('same-fact');
  });

  it('is never claimed across two tallies of one vote: the rest the same, they disagree', () => {
    const six = 'The Dunmore school board ratified the pay deal by six votes to one on Tuesday.';
    const five = 'The Dunmore school board ratified the pay deal by five votes to two on Tuesday.';
    expect(classifyFacts(six, five, published)).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(
      classifyFacts(
        six,
        'The Dunmore school board voted six to one on Tuesday to ratify the pay deal.',
        published,
      ).kind,
    ).toBe('same-fact');
  });
});
