/** The rule that tells a feed item's whole text from one cut short (cut-short.ts). */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { cutShort, shownLines, textLines } from '../../src/corpus/cut-short.js';

/** The lines an item's HTML shows, as feed-item.ts reads them. */
const html = (markup: string) =>
  shownLines(parseHTML(`<!DOCTYPE html><html><body>${markup}</body></html>`).document.body);
const text = textLines;

const WHOLE = '<p>The pier will reopen in May.</p><p>Repairs cost £2m, the council said.</p>';

describe('cutShort', () => {
  it('passes a whole story, whatever its last sentence ends in', () => {
    expect(cutShort(html(WHOLE))).toBeNull();
    expect(cutShort(html(`${WHOLE}<p>“We will see,” she said.</p>`))).toBeNull();
    expect(cutShort(text('The pier will reopen in May.\n\n"We are ready…" he said.'))).toBeNull();
    // A related link under a whole story names another story, not the rest of this one.
    expect(cutShort(html(`${WHOLE}<p><a href="/pier">Read more: Pier reopens</a></p>`))).toBeNull();
  });

  it('finds the marks of text cut short at its end', () => {
    expect(
      cutShort(text('The pier will reopen in May after repairs costing … [+1450 chars]')),
    ).toBe(
      'it ends in "… in May after repairs costing … [+1450 chars]", a count of what was left out',
    );
    expect(
      cutShort(html('<p>The pier will reopen in May after repairs costing [&#8230;]</p>')),
    ).toMatch(/^it ends in an ellipsis/);
    expect(cutShort(text('The pier will reopen in May after...'))).toMatch(
      /^it ends in an ellipsis/,
    );
    for (const link of [
      'Read more',
      'Read more »',
      'Continue reading →',
      'Read the full story',
      'Read the rest of this entry »',
      'Keep reading…',
    ])
      expect(cutShort(html(`<p>The pier will reopen.</p><p><a href="/pier">${link}</a></p>`))).toBe(
        `it ends in a link to the rest, "${link}"`,
      );
  });
});

describe('shownLines', () => {
  it('ends a line where a block or a line break does, as a browser shows it', () => {
    expect(html('<div><p>One.</p><p>Two<br>three.</p></div><ul><li>Four</li></ul>')).toEqual([
      'One.',
      'Two',
      'three.',
      'Four',
    ]);
  });
});
