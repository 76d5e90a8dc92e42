/**
 * Site chrome a saved page or a newsletter keeps beside the story (blind11 findings 1, 2, 3, 8):
 * a cookie banner, the menu, "Previous | Next" links, a newsletter's other items "in brief",
 * and the posting date a `<time datetime>` marks. Tiny invented pages; each rule also has a
 * line where it must not apply.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { furnitureReason, isIssueListLabel } from '../../src/corpus/furniture.js';
import { extractHtml } from '../../src/corpus/html.js';

const BODY = [
  'Stallholders at Kelmoor Market Hall have been given notice to leave the building by 31 January.',
  'Letters were handed out to traders on Friday, the council confirmed.',
];
const paragraphs = BODY.map((text) => `<p>${text}</p>`).join('');

describe('a cookie banner', () => {
  it('is furniture as a paragraph of its own, never inside reporting', () => {
    for (const line of [
      "This site uses cookies. Carry on browsing if you're happy with this, or find out how to manage cookies.",
      'We use cookies to improve your experience.',
      'By continuing to use this site you agree to our use of cookies.',
    ])
      expect(furnitureReason(line, { standalone: true }), line).toBe('navigation');
    expect(furnitureReason('We use cookies to improve your experience.')).toBeNull();
    expect(
      furnitureReason('The council said its website uses cookies to count visitors.', {
        standalone: true,
      }),
    ).toBeNull();
  });
});

describe('links to the previous and next pieces', () => {
  it('are a link to another page', () => {
    expect(
      furnitureReason(
        'Previous: Lights switch-on moved to Friday 5 December | Next: Town 2 Rovers 2',
      ),
    ).toBe('link to another page');
    expect(furnitureReason('Next story: Roadworks to last until Christmas')).toBe(
      'link to another page',
    );
    expect(furnitureReason('Next, the council will vote on the sale.')).toBeNull();
  });
});

describe("a newsletter's other items in brief", () => {
  it('are dropped under "Also in brief" where only furniture follows them', () => {
    expect(isIssueListLabel('ALSO IN BRIEF')).toBe(true);
    expect(isIssueListLabel('In brief, the council agreed')).toBe(false);
    const cleaned = cleanArticle(
      [
        ...BODY,
        'ALSO IN BRIEF\n* Office vacancy rate falls to 11.2%\n* Retail park sold for £14m',
        'You are receiving this because you subscribed to the Property Briefing.',
      ].join('\n\n'),
    );
    expect(cleaned.text).not.toMatch(/vacancy|Retail park/);
    expect(cleaned.text).toContain(BODY[1]);
  });
});

describe('a saved page', () => {
  const page = (posted: string) =>
    `<html><head><title>Traders told to leave</title></head><body>` +
    `<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/travel">Travel</a></nav>` +
    `<section><h1>Traders told to leave</h1><p class="posted">${posted}</p>${paragraphs}</section></body></html>`;

  it('keeps its menu out of the text, and states the date its posting line marks', () => {
    const extraction = extractHtml(
      page('Posted <time datetime="2025-10-14T16:31">14/10/2025 16:31</time> in Local News'),
    );
    expect(extraction.text).not.toContain('Home News Travel');
    expect(extraction.text).toContain(BODY[0]);
    expect(extraction.stated.published).toBe('2025-10-14');
  });

  it('takes no date from a time marked as an update, or with no posting label', () => {
    for (const line of [
      'Updated <time datetime="2025-10-15T09:00">15/10/2025</time>',
      'Market day is <time datetime="2025-10-18">Saturday</time>',
    ])
      expect(extractHtml(page(line)).stated.published, line).toBeUndefined();
  });
});
