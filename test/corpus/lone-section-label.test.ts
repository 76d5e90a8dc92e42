/**
 * A lone section label further down a page ("Politics" between paragraphs) is dropped as
 * navigation only where the page names that section elsewhere (its navigation, a label above the
 * article); a one-word heading nothing else names is a heading of the story, dropped as a section
 * heading (section-label-rules.ts readSectionHeading); other look-alikes (a short sentence, a
 * heading of more words) stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { extractHtml } from '../../src/corpus/html.js';

const NAV = 'News | Health | Politics | Business | Sport';
const HEADLINE = 'Ferry fares to rise in spring';
const FIRST = 'Ferry fares will rise by 6 per cent in April, the operator said on Monday.';
const SECOND = 'The operator blamed the cost of fuel and a new berth at the harbour.';
const page = (...blocks: string[]) => blocks.join('\n\n');
const droppedAs = (raw: string, line: string) =>
  cleanArticle(raw).dropped.find((dropped) => dropped.line === line)?.reason ?? null;

describe('lone section labels further down a page', () => {
  it.each(['Politics', 'POLITICS', 'Health'])(
    'drops %j between paragraphs when the navigation names it',
    (label) => {
      const raw = page(NAV, HEADLINE, FIRST, label, SECOND);
      expect(droppedAs(raw, label)).toBe('navigation');
      expect(cleanArticle(raw).text).toBe(page(HEADLINE, FIRST, SECOND));
    },
  );

  it('reads the navigation wherever it stands, a footer or a breadcrumb', () => {
    expect(droppedAs(page(HEADLINE, FIRST, 'Politics', SECOND, NAV), 'Politics')).toBe(
      'navigation',
    );
    const breadcrumb = page('Home > News > Local News', HEADLINE, FIRST, 'Local News', SECOND);
    expect(droppedAs(breadcrumb, 'Local News')).toBe('navigation');
  });

  it('drops a label the page also sets above the article', () => {
    const raw = page('Health', HEADLINE, FIRST, 'Health', SECOND);
    expect(cleanArticle(raw).text).toBe(page(HEADLINE, FIRST, SECOND));
  });

  it.each([
    // Nothing else on the page names the section: a heading of the story, of one word.
    page(HEADLINE, FIRST, 'Politics', SECOND),
    // Over its text in one block: a heading of the story too.
    page(NAV, HEADLINE, FIRST, `Politics\n${SECOND}`),
  ])('drops a one-word heading of the story as a section heading, not navigation: %j', (raw) => {
    expect(droppedAs(raw, 'Politics')).toBe('section heading');
    expect(cleanArticle(raw).text).toBe(page(HEADLINE, FIRST, SECOND));
  });

  it.each([
    // A heading of the story, not one of the navigation's items.
    [page(NAV, HEADLINE, FIRST, 'Politics and fares', SECOND), 'Politics and fares'],
    [page(NAV, HEADLINE, FIRST, 'Harbour Politics', SECOND), 'Harbour Politics'],
    // A short sentence, or a line with a sentence's punctuation.
    [page(NAV, HEADLINE, FIRST, 'Politics.', SECOND), 'Politics.'],
    [page(NAV, HEADLINE, FIRST, 'Politics?', SECOND), 'Politics?'],
    [page(NAV, HEADLINE, FIRST, 'Health: what changes', SECOND), 'Health: what changes'],
    // Not a title-case line of its own.
    [page(NAV, HEADLINE, FIRST, 'politics', SECOND), 'politics'],
    // Over its text in one block, a heading of the story, a paragraph of its own.
    [
      page(NAV, HEADLINE, FIRST, `Politics and fares\n${SECOND}`),
      `Politics and fares\n\n${SECOND}`,
    ],
  ])('keeps the look-alike in %j', (raw, kept) => {
    expect(cleanArticle(raw).text).toContain(kept);
  });
});

describe('lone section labels in an HTML page', () => {
  const LABELLED = `<h1>${HEADLINE}</h1><p>${FIRST}</p><p>Courts</p><p>${SECOND}</p>`;
  const cleanedPage = (html: string) => {
    const extraction = extractHtml(`<html><body>${html}</body></html>`);
    return cleanArticle(extraction.text, extraction.context);
  };

  it('drops one its navigation lists, though Readability leaves the navigation out', () => {
    const menu =
      '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/courts">Courts</a></li><li><a href="/business">Business</a></li></ul></nav></header>';
    const bar = '<nav>Home | News | Courts</nav>';
    for (const navigation of [menu, bar]) {
      const cleaned = cleanedPage(`${navigation}<main><article>${LABELLED}</article></main>`);
      expect(cleaned.text).not.toContain('Courts');
      expect(cleaned.text).toContain(SECOND);
      expect(cleaned.dropped).toContainEqual({ line: 'Courts', reason: 'navigation' });
    }
  });

  it('names one no navigation of the page lists a heading of the story, not navigation', () => {
    const other = '<nav><a href="/">Home</a> <a href="/business">Business</a></nav>';
    for (const navigation of ['', other]) {
      const cleaned = cleanedPage(`${navigation}<main><article>${LABELLED}</article></main>`);
      expect(cleaned.dropped).toContainEqual({ line: 'Courts', reason: 'section heading' });
      expect(cleaned.text).toContain(`${FIRST}\n\n${SECOND}`);
    }
  });
});

describe('a heading of the story that names a topic by a noun phrase', () => {
  it.each(['The collapse', 'The rescue bid', 'Our verdict', 'THE UNION'])(
    'drops %j, an article and nouns with no verb, as a section heading',
    (heading) => {
      const raw = page(HEADLINE, FIRST, heading, SECOND);
      expect(droppedAs(raw, heading)).toBe('section heading');
      expect(cleanArticle(raw).text).toBe(page(HEADLINE, FIRST, SECOND));
    },
  );

  it.each([
    // A clause in headline style states a fact, with its article or without.
    'The bid failed',
    'Rescue bid fails',
    // More words than a topic's label.
    'The end of the line',
    // Lower case, as a list's item or a line run on may be.
    'the collapse',
  ])('keeps %j', (heading) => {
    expect(cleanArticle(page(HEADLINE, FIRST, heading, SECOND)).text).toContain(heading);
  });
});
