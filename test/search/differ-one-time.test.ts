/**
 * Figures told in the present are as of their article's writing (search/select/fact-measures.ts
 * `figuresOfOneTime`): the same sentence with another figure, six weeks later, tells a later
 * moment, not a dispute, however alike the wording. Within a few days, or dated alike, it is a
 * dispute; a finished act's figure is one whenever told. Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { toldInPresent } from '../../src/search/select/fact-state-window.js';

const SIX_WEEKS = ['2026-01-05', '2026-02-16'] as const;
const NEXT_DAY = ['2026-01-05', '2026-01-06'] as const;
/** How two passages relate, read both ways round (a relation must not depend on the order). */
const kinds = (a: string, b: string, days: readonly [string, string]) => [
  classifyFacts(a, b, { published: days }).kind,
  classifyFacts(b, a, { published: [days[1], days[0]] }).kind,
];
const DISAGREE = ['disagree', 'disagree'];

describe('figures told in the present, weeks apart', () => {
  it('reads a figure as of writing only when a present verb of state tells it', () => {
    const at48 = (text: string) => toldInPresent(text, text.indexOf('48'));
    expect(at48('Harwick county has 48 cases of the fever.')).toBe(true);
    expect(at48('Harwick county had 48 cases of the fever.')).toBe(false);
    expect(at48('The mayor said the ward had lost 48 beds.')).toBe(false);
  });

  it('are two moments, never "sources differ"', () => {
    const a = 'Harwick county has 48 cases of the fever.';
    const b = 'Harwick county has 112 cases of the fever.';
    expect(kinds(a, b, SIX_WEEKS)).not.toContain('disagree');
    expect(kinds(a, b, NEXT_DAY)).toEqual(DISAGREE);
  });

  it('differ when both date the figure alike, or when it is a finished act’s', () => {
    const dated = 'On 2 January Harwick county has 48 cases of the fever.';
    expect(kinds(dated, dated.replace('48', '112'), SIX_WEEKS)).toEqual(DISAGREE);
    const past = 'The mayor said the trust had closed a ward of about 40 beds.';
    expect(kinds(past, past.replace('40', '60'), SIX_WEEKS)).toEqual(DISAGREE);
  });
});
