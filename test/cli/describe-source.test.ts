import { describe, expect, it } from 'vitest';
import { describeSource } from '../../src/cli/common.js';

const base = { id: 'a', title: 'Ferry approved', outlet: null, published: null, url: null };

describe('describeSource', () => {
  it('names the author when the article states one, and says nothing of an unknown author', () => {
    expect(describeSource({ ...base, author: 'Tomas Berg' })).toBe(
      'Ferry approved — Outlet and date not stated, by Tomas Berg [a]',
    );
    expect(describeSource({ ...base, author: null })).toBe(
      'Ferry approved — Outlet and date not stated [a]',
    );
  });

  it('says an unknown author is not stated when listing the sources', () => {
    expect(describeSource({ ...base, author: null }, true)).toBe(
      'Ferry approved — Outlet and date not stated, author not stated [a]',
    );
    expect(describeSource({ ...base, author: 'Tomas Berg' }, true)).toBe(
      'Ferry approved — Outlet and date not stated, by Tomas Berg [a]',
    );
  });

  it('shows an unknown title as an untitled article', () => {
    expect(describeSource({ ...base, title: '', author: null })).toMatch(/^Untitled article — /);
  });
});
