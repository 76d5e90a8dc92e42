/**
 * Abstention's attribute gate (src/search/abstain-asked-attribute.ts) on a question that names
 * the unit its value is asked in ("what radius does the zone have in km?"): a measured
 * attribute, answered by a figure in that unit, not by a word WordNet lists for it. Invented
 * articles: a buffer zone around a depot.
 */
import { describe, expect, it } from 'vitest';
import { askedAttributeHeld, askedAttributeOf } from '../../src/search/abstain-asked-attribute.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const ZONE: SearchFixtureArticle = {
  id: 'zone',
  title: 'Sheep disease found at Kelby depot',
  outlet: 'Kelby Herald',
  published: '2026-03-02',
  paragraphs: [
    [
      'An exclusion zone of two kilometres and a wider six-kilometre buffer zone have been set up around the depot.',
    ],
    ['Farmers inside the buffer zone must not move their animals.'],
  ],
};

describe('an attribute asked in a unit', () => {
  it('is a measured attribute, left to the gates of measures', () => {
    expect(askedAttributeOf('What radius does the buffer zone have in km?')).toBeNull();
    expect(askedAttributeOf('What radius does the buffer zone have in metres?')).toBeNull();
    // No unit: still the attribute, and "in" before a place is no unit.
    expect(askedAttributeOf('What radius does the buffer zone have?')?.noun).toBe('radius');
    expect(askedAttributeOf('what colour was the van in Kelby?')?.noun).toBe('color');
  });

  it('is not refused for want of a word naming its value', () => {
    const { index } = engineOver(ZONE);
    const question = 'What radius does the buffer zone have in km?';
    expect(askedAttributeHeld(index.abstentionInput(index.rank(question)))).toBeUndefined();
  }, 120_000);
});
