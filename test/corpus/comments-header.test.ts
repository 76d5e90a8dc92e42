import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { furnitureReason } from '../../src/corpus/furniture.js';

describe("a comment section's header pasted with the article", () => {
  it.each(['Comments (12)', '1,204 comments', 'Sort by: Newest', 'Sort by Oldest first'])(
    '"%s" is navigation',
    (line) => {
      expect(furnitureReason(line)).toBe('navigation');
    },
  );

  it.each(['Comments (12) were removed by the moderators.', 'Sort by date, the council said.'])(
    'leaves a sentence alone: "%s"',
    (line) => {
      expect(furnitureReason(line)).toBeNull();
    },
  );

  it('is dropped from the text', () => {
    const { text } = cleanArticle(
      'Tram fares cut\n\nTram fares will fall by 10% in May, the operator said.\n\nComments (12)\nSort by: Newest',
    );
    expect(text).not.toContain('Comments');
    expect(text).not.toContain('Sort by');
  });
});
