import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';

describe('normalizeText', () => {
  it('composes decomposed letters (NFC)', () => {
    expect(normalizeText('Lukas\u030Cenka')).toBe('Luka\u0161enka');
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(normalizeText('spokes\u00ADman Rosg\u200Bvar\u200Ddia\u2060 \uFEFFx')).toBe(
      'spokesman Rosgvardia x',
    );
  });

  it('turns non-breaking and other Unicode spaces into plain spaces, leaving line breaks alone', () => {
    expect(normalizeText('2\u00A0million\u202Feuros\u2009a\u3000year\nnext')).toBe(
      '2 million euros a year\nnext',
    );
  });

  it('changes no visible character of ordinary text', () => {
    const text = 'Café “quoted” — 5,000 € Łódź\n\nNew paragraph.';
    expect(normalizeText(text)).toBe(text);
  });
});
