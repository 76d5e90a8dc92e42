/**
 * The metre's symbol against its name: "800 m" (SI style, a space before the symbol) is 800
 * metres, not 800 million; "A 100m cordon" is read as metres where the other report states the
 * figure in metres written out (fact-metre-symbol.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { factValues } from '../../src/search/select/fact-values.js';

const days = { published: ['2026-05-12', '2026-05-12'] as const };

/** The figures of `text`, as read. */
const figures = (text: string) =>
  factValues(text).positioned.flatMap((v) => ('number' in v ? [v.number] : []));

describe('"m" after a space', () => {
  it('is the metre, as the SI writes its symbol', () => {
    expect(figures('Everyone within 800 m of the depot was told to leave.')).toEqual(['800']);
    expect(figures('The river fell 1.5 m overnight.')).toEqual(['1.5']);
  });

  it('is still million after a currency sign, or closed up to its figure', () => {
    expect(figures('The repairs cost £2.4 m.')).toEqual(['2400000']);
    expect(figures('The app has 640m users.')).toEqual(['640000000']);
  });

  it('makes one fact of a length told by its symbol and by its name', () => {
    const symbol = 'Residents within 800 m of the Dunmore depot were told to leave their homes.';
    const name = 'Residents within 800 metres of the Dunmore depot were told to leave their homes.';
    expect(classifyFacts(symbol, name, days)).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(name, symbol, days)).toEqual({ kind: 'same-fact' });
  });

  it('differs from another length in metres', () => {
    const symbol = 'Residents within 800 m of the Dunmore depot were told to leave their homes.';
    const other =
      'Residents within 500 metres of the Dunmore depot were told to leave their homes.';
    expect(classifyFacts(symbol, other, days).kind).not.toBe('same-fact');
  });
});

describe('"m" closed up, against metres written out', () => {
  const symbol = 'A 250m cordon was put around the Dunmore depot on Tuesday.';
  const name = 'A cordon of 250 metres was put around the Dunmore depot on Tuesday.';

  it('is one length', () => {
    expect(classifyFacts(symbol, name, days)).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(name, symbol, days)).toEqual({ kind: 'same-fact' });
  });

  it('is no same fact against another figure, nor against money', () => {
    const other = 'A cordon of 400 metres was put around the Dunmore depot on Tuesday.';
    expect(classifyFacts(symbol, other, days).kind).not.toBe('same-fact');
    const money = 'A £250m contract for the Dunmore depot was signed on Tuesday.';
    const sum = 'A contract of 250 metres for the Dunmore depot was signed on Tuesday.';
    expect(classifyFacts(money, sum, days).kind).not.toBe('same-fact');
  });
});
