/**
 * An event and its cause or effect told in one clause share that clause's date: "Flooding on
 * Nov. 28 forced the closure of the plant, which …" is one entry of 28 November, its quote the
 * whole sentence, and the relative clause after the object, with no date of its own, adds no
 * entry and moves none (Quirk et al. 1985, 17.22 on non-restrictive relative clauses: a
 * comment on the noun, not a second time adjunct). A relative clause with a date of its own is
 * its own entry. Invented plant-closure sentences, published Monday 1 December 2025 (Friday is
 * 28 November).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const entriesOf = (sentence: string) =>
  buildTimeline(articleOf('2025-12-01', sentence)).map((e) => [e.date, e.future]);

describe('a cause and its effect in one clause', () => {
  it.each([
    'Flooding on Nov. 28 forced the closure of the plant, which employs 300 people.',
    'Flooding on Friday forced the closure of the plant, which supplies half the valley.',
    'The Nov. 28 flooding forced the closure of the plant, which employs 300 people.',
    'Flooding on Nov. 28 forced the plant to close, which left 300 people without work.',
    'Flooding on Nov. 28 forced the closure of the plant, leaving 300 people without work.',
    'Flooding on Nov. 28, which damaged the pumps, forced the closure of the plant.',
    'The plant was shut on Nov. 28 because of flooding, which also cut power to 2,000 homes.',
    'Flooding forced the closure of the plant on Nov. 28, which employs 300 people.',
  ])('is one entry of the clause\'s date: "%s"', (sentence) => {
    expect(entriesOf(sentence)).toEqual([['2025-11-28', false]]);
  });

  it('leaves a relative clause with a date of its own its own entry', () => {
    expect(
      entriesOf('Flooding on Nov. 28 forced the closure of the plant, which reopened on Monday.'),
    ).toEqual([
      ['2025-11-28', false],
      ['2025-12-01', false],
    ]);
  });
});
