import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CUT_MARKER,
  escapeMarkdown,
  fitEscaped,
  fitQuote,
  renderHighlighted,
  truncate,
} from '../../src/framework/text.js';

/** Undoes escapeMarkdown and bold, to compare a rendered quote with its source text. */
const unrender = (s: string) => s.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');

describe('escapeMarkdown', () => {
  it('escapes every markdown character so the text shows as written', () => {
    expect(escapeMarkdown('**bold** _i_ ~~s~~ ||x|| `c` [a](b) <@1> # h')).toBe(
      '\\*\\*bold\\*\\* \\_i\\_ \\~\\~s\\~\\~ \\|\\|x\\|\\| \\`c\\` \\[a\\]\\(b\\) \\<@1\\> \\# h',
    );
  });
  it('turns newlines into spaces and escapes a list marker at the start', () => {
    expect(escapeMarkdown('- item\n> quoted')).toBe('\\- item \\> quoted');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
  });
});

describe('truncate', () => {
  it('leaves text that fits unchanged', () => {
    expect(truncate('one two', 7)).toBe('one two');
  });
  it('cuts on a word boundary and ends with the marker', () => {
    expect(truncate('one two three', 9)).toBe('one two…');
  });
  it('cuts inside a word when there is no boundary near', () => {
    expect(truncate('a' + 'b'.repeat(20), 10)).toBe('a' + 'b'.repeat(8) + CUT_MARKER);
  });
  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(10), 6);
    expect(cut).toBe('😀😀' + CUT_MARKER);
  });
});

describe('renderHighlighted', () => {
  it('puts highlighted spans in bold and escapes the rest', () => {
    expect(renderHighlighted('Putin *said* yes', [[0, 5]])).toBe('**Putin** \\*said\\* yes');
  });
  it('merges overlapping spans and keeps edge spaces outside the bold', () => {
    expect(
      renderHighlighted('a bc de', [
        [1, 4],
        [3, 5],
      ]),
    ).toBe('a **bc** de');
  });
});

describe('fitQuote', () => {
  it('keeps a short quote whole', () => {
    expect(fitQuote('He said no.', [], 100)).toEqual({ text: '“He said no.”', cut: false });
  });
  it('shows a quote that holds double marks between single ones, never doubling a mark', () => {
    expect(fitQuote('“We would rather wait,” she said.', [], 100).text).toBe(
      '‘“We would rather wait,” she said.’',
    );
    expect(fitQuote('He said "no".', [], 100).text).toBe('‘He said "no".’');
    expect(fitQuote("It's 'final', he said.", [], 100).text).toBe("“It's 'final', he said.”");
  });
  it('cuts a long quote to the budget, with the marker, and keeps its start verbatim', () => {
    const quote = 'word '.repeat(500).trim();
    const fitted = fitQuote(quote, [[0, 4]], 200);
    expect(fitted.cut).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(200);
    expect(fitted.text.endsWith('…”')).toBe(true);
    expect(quote.startsWith(unrender(fitted.text.slice(1, -2)))).toBe(true);
  });
  it('fits any text into any budget and shows a verbatim prefix (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000 }),
        fc.integer({ min: 10, max: 4096 }),
        (text, max) => {
          const fitted = fitQuote(text, [[0, 3]], max);
          expect(fitted.text.length).toBeLessThanOrEqual(max);
          const body = unrender(fitted.text.slice(1, fitted.cut ? -2 : -1));
          expect(text.replace(/\s*[\r\n]+\s*/g, ' ').startsWith(body)).toBe(true);
        },
      ),
    );
  });
});

describe('fitEscaped', () => {
  it('keeps the escaped result within the limit', () => {
    const out = fitEscaped('*'.repeat(400), 256);
    expect(out.length).toBeLessThanOrEqual(256);
    expect(out.endsWith(CUT_MARKER)).toBe(true);
  });
});
