import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src/corpus/markdown.js';

const exported = [
  '---',
  'title: "Ferry fares to rise"',
  '---',
  '',
  '# Ferry fares to rise',
  '',
  '[Read in the app](https://app.example/x) · [Read Original](https://news.example/x)',
  '',
  '## Content',
  '',
  'Ferry fares will rise by 6% in April, the operator said.',
  '',
  'The council called the rise unfair.',
  '',
  '## Highlights',
  '',
  '> Ferry fares will rise by 6% in April, the operator said.',
  '',
  '## Notes',
  '',
  'Note: check this against last year’s fares before the meeting',
].join('\n');

describe('read-later exports', () => {
  it("keeps the article only: not the app's link line, its headings, nor the reader's highlights and notes", () => {
    const { text, dropped } = extractMarkdown(exported);
    expect(text).toBe(
      'Ferry fares to rise\n\nFerry fares will rise by 6% in April, the operator said.\n\nThe council called the rise unfair.',
    );
    expect(dropped).toContainEqual({
      line: 'Note: check this against last year’s fares before the meeting',
      reason: "the reader's highlights or notes",
    });
    expect(dropped).toContainEqual({
      line: 'Read in the app · Read Original',
      reason: 'outside the article body',
    });
  });

  it('reads a Markdown article with a Notes or a Content heading alone as it is', () => {
    const notes = '# Tide tables\n\nHigh tide is at 6am.\n\n## Notes\n\nTimes are local.';
    expect(extractMarkdown(notes).text).toBe(
      'Tide tables\n\nHigh tide is at 6am.\n\nNotes\n\nTimes are local.',
    );
    const content = '# Menus\n\n## Content\n\nThe school menu changes in May.';
    expect(extractMarkdown(content).text).toBe(
      'Menus\n\nContent\n\nThe school menu changes in May.',
    );
  });

  it('needs the reader section at the content heading’s level (a sub-heading of the article stays)', () => {
    const nested = '# Budget\n\n## Content\n\nThe budget passed.\n\n### Notes\n\nIt passed 5-4.';
    expect(extractMarkdown(nested).text).toBe(
      'Budget\n\nContent\n\nThe budget passed.\n\nNotes\n\nIt passed 5-4.',
    );
  });
});
