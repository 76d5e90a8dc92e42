/**
 * An inquiry's finding and the inquiry told as still under way are two facts, never "also
 * reported by" one another, nor a disagreement (src/search/select/fact-pending.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import {
  findingAgainstPending,
  tellsFinding,
  tellsInquiryOngoing,
} from '../../src/search/select/fact-pending.js';

const sameDay = { published: ['2026-09-02', '2026-09-02'] as const };
const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b, sameDay);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};
const apart = 'different-fact: a finding against an inquiry under way';

const found = 'Investigators found that a split hose caused the flooding of the Venby signal box.';

describe('a finding against an inquiry under way', () => {
  it('reads a finding as done, and one still ahead as none', () => {
    expect(tellsFinding(found)).toBe(true);
    expect(tellsFinding('The review concluded the hose was old.')).toBe(true);
    expect(tellsFinding('Engineers are trying to establish what happened.')).toBe(false);
    expect(tellsFinding('The inquiry has yet to determine a cause.')).toBe(false);
    expect(tellsFinding('The inquiry could not determine a cause.')).toBe(false);
  });

  it('reads an inquiry told as going on', () => {
    expect(tellsInquiryOngoing('The investigation into the flooding is continuing.')).toBe(true);
    expect(tellsInquiryOngoing('An inquiry into the flooding is under way.')).toBe(true);
    expect(tellsInquiryOngoing('The flooding is being investigated.')).toBe(true);
    expect(tellsInquiryOngoing('Engineers are still examining the hose.')).toBe(true);
    expect(tellsInquiryOngoing('The cause is not yet known.')).toBe(true);
    expect(tellsInquiryOngoing('The signal box flooded on Tuesday.')).toBe(false);
    expect(tellsInquiryOngoing('The investigation was closed in May.')).toBe(false);
  });

  it('keeps a finding apart from the inquiry still going on, both ways round', () => {
    const ongoing =
      'The investigation into the split hose and the flooding of the Venby signal box continues.';
    expect(relation(found, ongoing)).toBe(apart);
    expect(relation(ongoing, found)).toBe(apart);
    const examined =
      'The split hose that caused the flooding of the Venby signal box is being investigated.';
    expect(relation(found, examined)).toBe(apart);
    expect(findingAgainstPending(found, examined)).toBe(true);
  });

  it('leaves two findings, or two reports of the inquiry going on, to the other rules', () => {
    expect(
      relation(
        found,
        'A split hose caused the flooding of the Venby signal box, investigators found.',
      ),
    ).toBe('same-fact');
    expect(
      findingAgainstPending(
        'The investigation into the flooding is continuing.',
        'An inquiry into the flooding is under way.',
      ),
    ).toBe(false);
    // A finding that the inquiry goes on tells it going on too.
    expect(
      findingAgainstPending(
        'Police confirmed an investigation into the flooding is under way.',
        'An investigation into the flooding is under way.',
      ),
    ).toBe(false);
  });
});
