/**
 * A count of things is no measure: "six short piers" says how many piers, not how far short
 * they were (plan/counted-things.ts). A question asking a measure in a dimension ("how far",
 * "how heavy") reads such a count as no hint of its answer, and a figure with a unit of measure
 * ranks above it. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { withoutThingCounts } from '../../src/search/plan/counted-things.js';
import { suiteEngine } from '../support/corpus-fixture.js';

describe('withoutThingCounts', () => {
  it('blanks a cardinal before the plural noun it counts, premodified or partitive', () => {
    expect(withoutThingCounts('The six short piers will be repaired.')).not.toMatch(/six/);
    expect(withoutThingCounts('Four steel gates were lifted.')).not.toMatch(/Four/);
    expect(withoutThingCounts('two of the concrete piers moved')).not.toMatch(/two/);
    expect(withoutThingCounts('more than 2,300 responses')).not.toMatch(/\d/);
  });

  it('keeps a number before a unit of measure, or before no noun', () => {
    for (const text of [
      'The piers stopped 14 centimetres short.',
      'The span is twelve miles long.',
      'Each gate weighs 310 tonnes.',
      'weighing 310 each',
      'The level rose to 40 on Friday.',
    ])
      expect(withoutThingCounts(text)).toBe(text);
  });
});

describe('a measure question', () => {
  const howFar = answerTypeOf('how far short were the piers?')!;
  const howHeavy = answerTypeOf('how heavy are the gates?')!;

  it('reads a count of things as no hint, a figure in its dimension as its answer', () => {
    expect(answerTypeScore('The six short piers will be repaired.', howFar)).toBe(0);
    expect(answerTypeScore('Six piers stopped 14 centimetres short.', howFar)).toBe(1);
    expect(answerTypeScore('Crews lifted four gates into place.', howHeavy)).toBe(0);
  });

  it('still reads a bare figure as a hint', () => {
    expect(answerTypeScore('Each gate weighs 310, the engineers said.', howHeavy)).toBe(0.5);
  });
});

const POST = `Dam inspection finds faults

By Nell Ash
Harwick Post | 3 March 2026

Inspectors examined the piers of the Harwick dam on Friday.

The six short piers will be repaired by driving steel anchors beside them.

- 6 piers stopped between 10 and 14 centimetres short of the design level
`;

describe('ranking for "how far short"', () => {
  const engine = suiteEngine({ 'post.txt': POST });

  it('ranks the measure above a sentence that only counts the things', () => {
    expect(engine.ask('how far short were the piers?').passages[0]?.quote).toBe(
      '- 6 piers stopped between 10 and 14 centimetres short of the design level',
    );
  });
});
