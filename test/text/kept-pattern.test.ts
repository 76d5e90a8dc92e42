import { describe, expect, it } from 'vitest';
import { keptPattern } from '../../src/text/kept-pattern.js';

describe('keptPattern', () => {
  it('gives one expression per source and flags, so each is compiled once', () => {
    const first = keptPattern(String.raw`\bHarlow\b`, 'i');
    expect(keptPattern(String.raw`\bHarlow\b`, 'i')).toBe(first);
    expect(keptPattern(String.raw`\bHarlow\b`, 'gi')).not.toBe(first);
    expect(keptPattern(String.raw`\bDunmore\b`, 'i')).not.toBe(first);
    expect(first.flags).toBe('i');
    expect(first.test('the harlow council')).toBe(true);
  });

  it('starts each caller at the beginning, whatever a global search left', () => {
    const pattern = keptPattern('Pell', 'g');
    expect(pattern.exec('Pell and Pell')?.index).toBe(0);
    expect(pattern.lastIndex).toBe(4);
    expect(keptPattern('Pell', 'g').exec('Pell and Pell')?.index).toBe(0);
  });

  it('throws on an invalid expression, as new RegExp does', () => {
    expect(() => keptPattern('(unclosed', 'u')).toThrow(SyntaxError);
  });
});
