import { describe, expect, it } from 'vitest';
import { describeSource } from '../../src/cli/common.js';

const base = { id: 'a', title: 'Ferry approved', outlet: null, published: null, url: null };

describe('describeSource', () => {
  it('names the author when the article states one, and says nothing of an unknown author', () => {
    expect(describeSource({ ...base, author: 'Tomas Berg' })).toBe(
      'Ferry approved — outlet unknown, date unknown, by Tomas Berg [a]',
    );
    expect(describeSource({ ...base, author: null })).toBe(
      'Ferry approved — outlet unknown, date unknown [a]',
    );
  });

  it('shows an unknown title as untitled', () => {
    expect(describeSource({ ...base, title: '', author: null })).toMatch(/^untitled — /);
  });
});
