/**
 * A PDF's pages read as one text (pdf-pages.ts): page numbers at a page's top or foot left out
 * and listed, and a word broken with a hyphen at a page's foot read whole with the next page.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { rejoinBrokenWords } from '../../src/corpus/hyphenation.js';
import { textOfPages } from '../../src/corpus/pdf-pages.js';

const HEADLINE = 'Harbour plan approved';
const FIRST = 'The council approved the inter-';
const REST = 'national port plan on Tuesday, the mayor said.';

describe("a PDF's pages as one text", () => {
  it('reads a word broken at the foot of a page whole, over the page number', () => {
    for (const [foot, head] of [
      [['3'], []],
      [['Page 3 of 5'], ['- 4 -']],
      [[], []],
    ] as const) {
      const { text, dropped } = textOfPages([
        [HEADLINE, FIRST, ...foot],
        [...head, REST, 'Work starts in May.'],
      ]);
      const read = rejoinBrokenWords(text);
      expect(read, foot.join()).toBe(
        `${HEADLINE}\n\nThe council approved the international port plan on Tuesday, the mayor said.\n\nWork starts in May.`,
      );
      expect(dropped).toEqual([...foot, ...head].map((line) => ({ line, reason: 'page number' })));
      expect(cleanArticle(read).text).toContain('approved the international port plan');
    }
  });

  it('keeps pages apart where no word runs on, and numbers inside a page', () => {
    const { text, dropped } = textOfPages([
      [HEADLINE, 'The council approved the plan.', '12'],
      ['Traders welcomed the decision.', '12', 'Work starts in May.'],
    ]);
    expect(text).toBe(
      `${HEADLINE}\n\nThe council approved the plan.\n\nTraders welcomed the decision.\n\n12\n\nWork starts in May.`,
    );
    expect(dropped).toEqual([{ line: '12', reason: 'page number' }]);
    // A dash is no broken word; a capital on the next page starts a sentence of its own.
    expect(textOfPages([['The vote was close -'], ['Traders welcomed it.']]).text).toBe(
      'The vote was close -\n\nTraders welcomed it.',
    );
    expect(
      textOfPages([['A year alone may head a page:'], ['2025', 'Work starts.']]).dropped,
    ).toEqual([]);
  });
});
