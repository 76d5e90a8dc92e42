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

describe('read-later exports whose reader sections follow a thematic break', () => {
  const article = [
    '# Ferry fares to rise',
    '',
    'Ferry fares will rise by 6% in April, the operator said.',
    '',
    'The council called the rise unfair.',
    '',
  ];

  it('drops bold Highlights and Notes labels after "---", with what they hold', () => {
    const md = [
      ...article,
      '---',
      '',
      '**Highlights**',
      '',
      '> Ferry fares will rise by 6% in April, the operator said.',
      '',
      '**Notes**',
      '',
      'Ask the council for its figures.',
    ].join('\n');
    const { text, dropped } = extractMarkdown(md);
    expect(text).toBe(
      'Ferry fares to rise\n\nFerry fares will rise by 6% in April, the operator said.\n\nThe council called the rise unfair.',
    );
    for (const line of ['Highlights', 'Notes', 'Ask the council for its figures.'])
      expect(dropped).toContainEqual({ line, reason: "the reader's highlights or notes" });
  });

  it('reads the same labels set as headings after "---" by the same rule', () => {
    const md = [
      ...article,
      '---',
      '',
      '## Highlights',
      '',
      '> The council called the rise unfair.',
    ];
    expect(extractMarkdown(md.join('\n')).text).not.toContain('Highlights');
  });

  it('keeps an author’s Notes after "---", and bold text that is not a label alone', () => {
    const notes = [...article, '---', '', '**Notes**', '', 'Fares are in pounds.'].join('\n');
    expect(extractMarkdown(notes).text).toContain('Notes\n\nFares are in pounds.');
    const inline = [...article, '---', '', '**Highlights** of the year: the new pier.'].join('\n');
    expect(extractMarkdown(inline).text).toContain('Highlights of the year: the new pier.');
    const noBreak = [...article, '**Highlights**', '', 'The pier reopened.'].join('\n');
    expect(extractMarkdown(noBreak).text).toContain('Highlights\n\nThe pier reopened.');
  });
});

describe("a read-later export's front matter", () => {
  const exportWith = (fields: string[]) =>
    [
      '---',
      ...fields,
      '---',
      '',
      '# Ferry fares to rise',
      '',
      'Ferry fares will rise by 6% in April.',
    ].join('\n');

  it('reads the site name and the publication date, in camel case or snake case, never the saved date', () => {
    const camel = exportWith([
      'id: 5c2e91f0',
      'title: "Ferry fares to rise"',
      'siteName: Gull Bay Times',
      'dateSaved: 2026-03-09T21:14:00Z',
      'datePublished: 2026-03-04T07:00:00+01:00',
    ]);
    expect(extractMarkdown(camel).stated).toMatchObject({
      outlet: 'Gull Bay Times',
      published: '2026-03-04',
    });
    const snake = exportWith([
      'site_name: "Gull Bay Times"',
      'date_saved: 2026-03-09',
      'date_published: 2026-03-04',
    ]);
    expect(extractMarkdown(snake).stated).toMatchObject({
      outlet: 'Gull Bay Times',
      published: '2026-03-04',
    });
  });

  it('states no date when the export gives only when the page was saved', () => {
    for (const saved of ['dateSaved: 2026-03-09', 'date_saved: 2026-03-09', 'saved_at: 2026-03-09'])
      expect(extractMarkdown(exportWith([saved])).stated.published, saved).toBeUndefined();
  });

  it('takes a key naming the publication over a bare date, whatever their order', () => {
    const both = exportWith(['published_at: 2026-03-04', 'date: 2026-03-09']);
    expect(extractMarkdown(both).stated.published).toBe('2026-03-04');
    expect(extractMarkdown(exportWith(['date: 2026-03-09'])).stated.published).toBe('2026-03-09');
  });
});
