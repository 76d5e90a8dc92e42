/**
 * Labels over the headline (kicker.ts, headline.ts siteAndSection): a site's header, a section's
 * name or a short title-case label set above the headline is never the title nor glued into it;
 * the title is the headline. Tiny invented pages, text and HTML.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { siteAndSection } from '../../src/corpus/headline.js';
import { extractHtml } from '../../src/corpus/html.js';
import { isLabelAbove, isSentenceCase, isSetApart } from '../../src/corpus/kicker.js';

const HEADLINE = 'Harbour wall repairs delayed until spring';
const BODY = [
  'The council said on Tuesday that repairs to the harbour wall would not start before March.',
  'Engineers found more damage than expected, a spokesperson said.',
];
const text = (...top: string[]) => [...top, ...BODY].join('\n\n');

describe('a label over the headline', () => {
  it('is a short run of capitalised words over a longer headline', () => {
    expect(isLabelAbove('Harbour Affairs', HEADLINE)).toBe(true);
    expect(isLabelAbove('Gull Bay Echo', HEADLINE)).toBe(true);
    // One or two words over a title-case headline of four or more.
    expect(isLabelAbove('Local Politics', 'Mayor Proposes New Parking Charges')).toBe(true);
    for (const [label, below] of [
      // One case throughout: one headline, or a name over a date.
      ['Gull Bay Echo', 'Mayor Proposes New Charges'],
      ['Nadia Perrin', 'Thursday, March 6, 2025'],
      // A label is no sentence, and shorter than what it labels.
      ['Pier closes', HEADLINE],
      ['Harbour Affairs', 'Repairs delayed'],
      ['Ana Ruiz, Kellan', HEADLINE],
    ])
      expect(isLabelAbove(label ?? '', below ?? ''), label).toBe(false);
    expect(isSentenceCase(HEADLINE)).toBe(true);
    expect(isSentenceCase('Ferry Timetable Cut for Winter Months')).toBe(false);
  });

  it('is set apart from the line under it when greedy wrapping could not have broken there', () => {
    expect(isSetApart('Brackwater Voice', HEADLINE)).toBe(true);
    // A headline wrapped at its width: the next word would not have fitted on the first line.
    expect(isSetApart('Harbour wall repairs delayed until', 'spring')).toBe(false);
  });

  it('reads a site and its section, never a headline beside a section', () => {
    expect(siteAndSection('Radio Brackwater - News')).toEqual(['Radio Brackwater', 'News']);
    expect(siteAndSection('Brackwater Voice | Local Politics')).not.toBeNull();
    expect(siteAndSection('Pier closes - News')).toBeNull();
    expect(siteAndSection('Mayor Proposes New Parking Charges | News')).toBeNull();
    expect(siteAndSection('Local | News')).toBeNull();
  });
});

describe('the title of a pasted page', () => {
  it('is the headline, not the site header above it', () => {
    const cleaned = cleanArticle(text('Radio Brackwater - News', HEADLINE, 'By Ana Ruiz'));
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.author).toBe('Ana Ruiz');
  });

  it('is the headline, not a label on the line above it, in its block or not', () => {
    for (const label of ['Brackwater Voice', 'Harbour Affairs']) {
      const glued = cleanArticle(text(`${label}\n${HEADLINE}`));
      expect(glued.headline, label).toBe(HEADLINE);
      // The label stays as it was, a heading of its own: nothing corroborates it as an outlet.
      expect(glued.text.startsWith(`${label}\n\n${HEADLINE}\n\n`), label).toBe(true);
      expect(glued.outlet).toBeNull();
      expect(cleanArticle(text(label, HEADLINE)).headline, label).toBe(HEADLINE);
    }
    // A headline hard-wrapped over two lines is one headline.
    const wrapped = cleanArticle(text('Harbour wall repairs delayed until\nspring'));
    expect(wrapped.headline).toBe(HEADLINE);
  });

  it("drops a label the page's navigation lists, over a title-case headline", () => {
    const title = 'Mayor Proposes New Parking Charges';
    const cleaned = cleanArticle(
      text('Home | News | Harbour Affairs | Courts', 'Harbour Affairs', title),
    );
    expect(cleaned.headline).toBe(title);
    expect(cleaned.dropped).toContainEqual({ line: 'Harbour Affairs', reason: 'navigation' });
    // Two title-case lines of three words: one may be the headline as well as the other.
    expect(cleanArticle(text('Gull Bay Echo', 'Mayor Proposes Charges')).headline).toBe(
      'Gull Bay Echo',
    );
  });
});

describe('the title of an HTML page', () => {
  const body = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const page = (head: string, top: string) =>
    `<html><head>${head}</head><body>${top}<main>${body}</main></body></html>`;

  it('is the heading under an h1 that is a section label', () => {
    const menu = '<nav><a href="/">Home</a> <a href="/harbour">Harbour Affairs</a></nav>';
    for (const [h1, nav] of [
      ['News', ''],
      ['Harbour Affairs', menu],
      ['Harbour Affairs', ''],
    ])
      expect(
        extractHtml(
          page('<title>Brackwater Voice</title>', `${nav}<h1>${h1}</h1><h2>${HEADLINE}</h2>`),
        ).stated.title,
        `${h1} ${nav}`,
      ).toBe(HEADLINE);
  });

  it("anchors the <title>'s site name on that headline", () => {
    const html = page(
      `<title>${HEADLINE} | Brackwater Voice</title>`,
      `<a href="/" rel="home">Brackwater Voice</a><h1>Local</h1><h2>${HEADLINE}</h2>`,
    );
    expect(extractHtml(html).stated).toMatchObject({ title: HEADLINE, outlet: 'Brackwater Voice' });
  });

  it('keeps an h1 that is the headline, with a subheading or a sidebar under it', () => {
    for (const next of ['<h2>What the delay means</h2>', '<h2>Most read</h2>', '']) {
      const html = page('', `<h1>${HEADLINE}</h1>${next}`);
      expect(extractHtml(html).stated.title, next).toBe(HEADLINE);
    }
    // A section label with no headline under it is no title: the page's <title> is read instead.
    const bare = page(`<title>${HEADLINE}</title>`, '<h1>Local</h1><h2>Most read</h2>');
    expect(extractHtml(bare).stated.title).toBe(HEADLINE);
  });
});
