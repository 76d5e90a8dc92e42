import { describe, expect, it } from 'vitest';
import { restatedByClass } from '../../src/search/select/fact-restated-class.js';

describe('restatedByClass', () => {
  it('reads a noun and a near class of it as one thing, either way round', () => {
    expect(restatedByClass('pact', 'agreement')).toBe(true);
    expect(restatedByClass('agreements', 'pact')).toBe(true);
  });

  it('keeps apart nouns of unrelated things and a class too remote to restate one', () => {
    expect(restatedByClass('kiosk', 'ballroom')).toBe(false);
    expect(restatedByClass('arcade', 'kiosk')).toBe(false);
    expect(restatedByClass('pact', 'abstraction')).toBe(false);
  });
});
