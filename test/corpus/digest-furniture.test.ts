import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';

const BODY = [
  'The pier reopened on Monday after repairs, the harbour board said.',
  'Anglers returned within the hour.',
];
const reasonOf = (text: string, line: string) =>
  cleanArticle(text).dropped.find((dropped) => dropped.line === line)?.reason;

describe('page and newsletter furniture after the story', () => {
  it('drops a related-links label of a few words over headlines in its own block', () => {
    const text = [
      ...BODY,
      'More local news:\nBypass closed overnight for resurfacing\nLibraries extend opening hours',
    ].join('\n\n');
    const cleaned = cleanArticle(text);
    expect(cleaned.text).toBe(BODY.join('\n\n'));
    expect(reasonOf(text, 'More local news:')).toBe('navigation');
    expect(reasonOf(text, 'Libraries extend opening hours')).toBe('link to another page');
  });

  it('drops a line of topic tags, and keeps a sentence that opens with "Topics:"', () => {
    const text = [...BODY, 'Tags: Gull Bay, Courts, Harbour Board'].join('\n\n');
    expect(cleanArticle(text).text).toBe(BODY.join('\n\n'));
    expect(reasonOf(text, 'Tags: Gull Bay, Courts, Harbour Board')).toBe('navigation');
    const sentence = [...BODY, 'Topics: the board discussed fees and the new pier lights.'];
    expect(cleanArticle(sentence.join('\n\n')).text).toContain('Topics: the board discussed');
  });

  it("drops a newsroom's appeal for stories that gives its address or number, standing alone", () => {
    const appeal =
      'Do you have a story for the Herald? Email news@gullbay.example or call 01632 960111.';
    const text = [...BODY, appeal].join('\n\n');
    expect(cleanArticle(text).text).toBe(BODY.join('\n\n'));
    expect(reasonOf(text, appeal)).toBe('call to action');
    // A police appeal the article reports is kept: it asks for no story.
    const police = 'Have you seen this man? Call police on 01632 960222.';
    expect(cleanArticle([...BODY, police].join('\n\n')).text).toContain(police);
  });

  it("drops a digest's teasers: its other items and the full story's address", () => {
    const teasers = [
      'Read the full story and more at gullbay.example',
      'ALSO TODAY: Rovers 2 Town 1 - Frost on Sunday night',
    ];
    const text = [...BODY, ...teasers].join('\n\n');
    expect(cleanArticle(text).text).toBe(BODY.join('\n\n'));
    for (const line of teasers) expect(reasonOf(text, line)).toBe('link to another page');
    // Under a label that may head news in brief, headlines are teasers and a report is kept.
    const headlines = 'Also this week: Rovers sign keeper - Pier lights switched on';
    expect(reasonOf([...BODY, headlines].join('\n\n'), headlines)).toBe('link to another page');
    const brief =
      'Also this week: the county council has opened a grant fund for shops, and applications close on 30 April.';
    expect(cleanArticle([...BODY, brief].join('\n\n')).text).toContain(brief);
    const sentence = 'Read the full report on Monday. The board said it was fair.';
    expect(cleanArticle([...BODY, sentence].join('\n\n')).text).toContain(sentence);
  });
});
