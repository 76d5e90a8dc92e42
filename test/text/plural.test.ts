import { describe, expect, it } from 'vitest';
import { counted, pick } from '../../src/text/plural.js';

describe('counted and pick', () => {
  it('uses the singular for exactly one, the plural otherwise', () => {
    expect(counted(1, 'event')).toBe('1 event');
    expect(counted(0, 'event')).toBe('0 events');
    expect(counted(2, 'passage')).toBe('2 passages');
    expect(counted(3, 'entry', 'entries')).toBe('3 entries');
    expect(counted(1, 'entry', 'entries')).toBe('1 entry');
    expect(pick(1, 'is', 'are')).toBe('is');
    expect(pick(5, 'is', 'are')).toBe('are');
  });
});
