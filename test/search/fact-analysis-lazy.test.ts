import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

/** Every part of an analysis, read in the order given, as plain values. */
function partsOf(text: string, order: readonly string[]): Record<string, unknown> {
  const fact = analyseFact(text) as unknown as Record<string, unknown>;
  const parts: Record<string, unknown> = {};
  for (const name of order) {
    const part = fact[name];
    parts[name] = typeof part === 'function' ? (part as () => unknown)() : part;
  }
  return parts;
}

const PARTS = [
  'text',
  'values',
  'terms',
  'stems',
  'units',
  'sequence',
  'claim',
  'claimTerms',
  'stances',
  'time',
  'restatesError',
  'anotherOccurrence',
  'sizesGroup',
  'holders',
  'events',
];

const TEXTS = [
  'Police said 200 protesters were detained in Minsk on Sunday, a day after the march.',
  'The ministry denied that any protesters were detained yesterday.',
  'Correction: Our article of 2 May said the crane was built in 1902.',
  'A 60-strong team of volunteers will again clear the beach next week.',
];

describe('a passage analysed part by part', () => {
  it('reads each part as a whole analysis would, whatever order the parts are asked in', () => {
    for (const text of TEXTS)
      expect(partsOf(text, [...PARTS].reverse()), text).toEqual(partsOf(text, PARTS));
  });

  it('gives a copy made by spreading every part, as values', () => {
    for (const text of TEXTS) {
      const fact = analyseFact(text);
      const copy = { ...fact };
      for (const name of PARTS.filter((part) => part !== 'holders' && part !== 'events'))
        expect(Object.getOwnPropertyDescriptor(copy, name)?.get, name).toBeUndefined();
      expect(copy.values).toEqual(analyseFact(text).values);
      expect(copy.terms).toEqual(analyseFact(text).terms);
      expect(copy.stances).toEqual(analyseFact(text).stances);
    }
  });
});

describe('a shared day of one event', () => {
  const published = { published: ['2026-04-08', '2026-04-08'] as const };

  it('is still found when both passages state one', () => {
    expect(
      classifyFacts(
        'The ballot closes on 12 October.',
        'The ballot will close on 12 October.',
        published,
      ).kind,
    ).toBe('same-fact');
  });

  it('is not needed, nor read, when one passage states no day at all', () => {
    const dated = 'Inspectors began their review of the Kelby bridge on Tuesday last week.';
    const undated = 'Inspectors began their review of the Kelby bridge.';
    expect(classifyFacts(dated, undated, published)).toEqual(
      classifyFacts(undated, dated, published),
    );
    expect(classifyFacts(undated, dated, published).kind).toBe('same-fact');
  });
});
