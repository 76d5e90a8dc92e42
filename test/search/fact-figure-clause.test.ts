/**
 * The fact a figure states is its own clause (its measure and the act it is said of), not the
 * whole sentence (src/search/select/fact-value-slots.ts `slotBearsOnFigure`, fact-clauses.ts
 * `ownClauseSpan`, fact-measures.ts `actOf`); a figure counting a part of the one before it
 * ("four of them badly") is no rival to another report's count (fact-partitive.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { ownClauseSpan } from '../../src/search/select/fact-clauses.js';

const close = { published: ['2026-03-10', '2026-03-09'] as const };
const kinds = (a: string, b: string, context: { published: readonly [string, string] } = close) => [
  classifyFacts(a, b, context).kind,
  classifyFacts(b, a, { published: [context.published[1], context.published[0]] }).kind,
];

describe("a figure's own clause", () => {
  it('ends at a word opening a clause of time, and at a clause break', () => {
    const text = 'The duty engineer had been at work for 17 hours when the plant failed.';
    const span = ownClauseSpan(text, text.indexOf('17'));
    expect(text.slice(span.start, span.end)).toBe(
      'The duty engineer had been at work for 17 hours ',
    );
    const listed = 'Crews worked for 9,800 hours, the council said.';
    const own = ownClauseSpan(listed, listed.indexOf('9,800'));
    expect(listed.slice(own.start, own.end)).toBe('Crews worked for 9,800 hours');
  });

  it('differs on the number when one word differs in the clause of time beside it', () => {
    expect(
      kinds(
        'The duty engineer had been at work for 17 hours when the plant failed.',
        'The duty engineer had been at work for 13 hours when the station failed.',
      ),
    ).toEqual(['disagree', 'disagree']);
  });

  it('claims nothing when the clause of time tells another moment, or the figures agree', () => {
    for (const other of [
      'The duty engineer had been at work for 13 hours when the pumps were restarted.',
      'The duty engineer had been at work for 13 hours when the alarm finally sounded.',
    ])
      expect(
        kinds('The duty engineer had been at work for 17 hours when the plant failed.', other),
      ).toEqual(['different-fact', 'different-fact']);
    expect(
      kinds(
        'The duty engineer had been at work for 17 hours when the plant failed.',
        'The duty engineer had been at work for 17 hours when the station failed.',
      ),
    ).not.toContain('disagree');
  });
});

describe('a part of a figure', () => {
  const parted = 'In all, 35 homes were flooded, four of them badly.';

  it('is no rival: the counts of one thing differ', () => {
    expect(kinds(parted, 'Twenty-two homes were flooded.')).toEqual(['disagree', 'disagree']);
  });

  it('is a part only after a comma, with "of" and a pronoun pointing back', () => {
    expect(
      kinds('In all, 35 homes were flooded and four shops.', 'Twenty-two homes were flooded.'),
    ).toEqual(['different-fact', 'different-fact']);
  });

  it('leaves counts weeks apart, or of another act, apart', () => {
    expect(
      kinds(parted, 'Twenty-two homes were flooded.', {
        published: ['2026-04-20', '2026-03-09'],
      }),
    ).toEqual(['different-fact', 'different-fact']);
    expect(kinds(parted, 'Twenty-two homes were evacuated.')).toEqual([
      'different-fact',
      'different-fact',
    ]);
  });
});
