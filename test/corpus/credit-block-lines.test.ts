import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { mayContinue, textWidth } from '../../src/corpus/hard-wrap.js';

const BODY = [
  'Millbeck Lido will stay closed for the foreseeable future after an inspection found cracks in the main pool, the council said on Wednesday.',
  'Repairs could cost up to £2m, officials said.',
];

/** A text opening with a credit block: the lines of `top`, a byline and a time stamp. */
const text = (top: string[], body = BODY) =>
  [[...top, 'By Priya Nair', 'Published 5 March 2026, 07:40'].join('\n'), ...body].join('\n\n');

describe("a credit block's line between the headline and the byline", () => {
  it('is no part of the headline when the headline was not wrapped onto it', () => {
    for (const line of ['Aldshire Valley edition', 'Exclusive']) {
      const cleaned = cleanArticle(text(['Millbeck Lido closed for the foreseeable future', line]));
      expect(cleaned.headline, line).toBe('Millbeck Lido closed for the foreseeable future');
      expect(cleaned.text.split('\n\n')[1], line).toBe(line);
    }
  });

  it("is the headline's second line where the text is wrapped and the line ran on", () => {
    // Lower case: the headline runs on, wherever the text wraps.
    expect(
      cleanArticle(text(['Millbeck Lido closed for the foreseeable future', 'after cracks found']))
        .headline,
    ).toBe('Millbeck Lido closed for the foreseeable future after cracks found');
    // Title case, in a text wrapped at 60 characters: "Cracks" did not fit on the line above.
    const wrapped = [
      'Millbeck Lido will stay closed for the foreseeable future\nafter an inspection found cracks in the main pool, the\ncouncil said on Wednesday.',
      'Repairs could cost up to £2m, officials said.',
    ];
    expect(
      cleanArticle(
        text(['Council Approves £2m Plan To Repair Millbeck Lido After', 'Cracks Found'], wrapped),
      ).headline,
    ).toBe('Council Approves £2m Plan To Repair Millbeck Lido After Cracks Found');
  });
});

describe('hard-wrapped lines', () => {
  it('reads a line as wrapped on when it starts in lower case or its first word would not fit', () => {
    expect(textWidth('one two\nthree four five\n  six  ')).toBe(15);
    expect(mayContinue('Lido closed', 'Aldshire edition', 72)).toBe(false);
    expect(mayContinue('Lido closed', 'after cracks found', 72)).toBe(true);
    expect(mayContinue('Lido closed for the summer', 'Aldshire', 30)).toBe(true);
  });
});
