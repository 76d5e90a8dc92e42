import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { parseDateline } from '../../src/corpus/dates.js';
import { siteNameInTitle } from '../../src/corpus/headline.js';
import { extractHtml } from '../../src/corpus/html.js';

const REPORTING = [
  'The council voted on Tuesday to close the old pier, which has stood since 1902, the mayor said.',
  'Repairs would have cost 4 million euros, more than the town spends on roads in a year.',
];
const body = REPORTING.map((p) => `<p>${p}</p>`).join('');

describe('the site name a <title> gives beside the headline', () => {
  const page = (title: string) =>
    `<head><title>${title}</title></head><body><h1>Pier to close</h1><article>${body}</article></body>`;

  it('reads a name of two or more capitalised words, with or without an outlet noun', () => {
    expect(extractHtml(page('Pier to close | Gull Bay Echo')).stated).toMatchObject({
      title: 'Pier to close',
      outlet: 'Gull Bay Echo',
    });
    // WordPress writes its separator as an entity: decoded, it is an en dash between spaces.
    expect(extractHtml(page('Pier to close &#8211; Quayside Voice')).stated).toMatchObject({
      title: 'Pier to close',
      outlet: 'Quayside Voice',
    });
  });

  it('takes no section, piece kind, lone word or second part for a site name', () => {
    for (const title of [
      'Pier to close | Local News',
      'Pier to close | Special Report',
      'Pier to close - Kellan',
      // The far end from the headline is the site's name; here it is a section.
      'Pier to close | Quayside Voice | Courts',
      'Pier to close | the town reacts',
    ])
      expect(siteNameInTitle(title, 'Pier to close'), title).toBeNull();
    // Without the page's headline there is nothing to tell the site's name from the headline's words.
    expect(siteNameInTitle('Pier to close | Quayside Voice', undefined)).toBeNull();
  });

  it("reads the far end from the headline as the site's name, never a topic between them", () => {
    for (const title of [
      'Pier to close – Courts – Quayside Voice',
      'Pier to close | Harbour Affairs | Quayside Voice',
      'Quayside Voice | Courts | Pier to close',
    ])
      expect(siteNameInTitle(title, 'Pier to close'), title).toBe('Quayside Voice');
    expect(
      extractHtml(page('Pier to close – Harbour Affairs – Quayside Voice')).stated,
    ).toMatchObject({ title: 'Pier to close', outlet: 'Quayside Voice' });
  });

  it("takes no part the page's own navigation lists as a section", () => {
    const title = 'Pier to close | Harbour Affairs';
    expect(siteNameInTitle(title, 'Pier to close', ['home', 'harbour affairs'])).toBeNull();
    const menu =
      '<nav><a href="/">Home</a> <a href="/harbour">Harbour Affairs</a> <a href="/courts">Courts</a></nav>';
    const listed = `<head><title>${title}</title></head><body>${menu}<h1>Pier to close</h1><article>${body}</article></body>`;
    expect(extractHtml(listed).stated.outlet).toBeUndefined();
    // Without the menu, two capitalised words beside the headline are read as the site's name.
    expect(extractHtml(page(title)).stated.outlet).toBe('Harbour Affairs');
  });
});

describe('a time stamp written time first', () => {
  it('is a date line, the month in capitals or not', () => {
    expect(parseDateline('06:00, 19 MAR 2025')).toBe('2025-03-19');
    expect(parseDateline('9.30am 4 June 2024')).toBe('2024-06-04');
    expect(parseDateline('06:00, 19 MAR')).toBeNull();
    expect(parseDateline('06:00 people gathered on 19 March 2025')).toBeNull();
  });

  it('dates a pasted article from the line under its headline', () => {
    const cleaned = cleanArticle(
      ['Pier to close', '06:00, 19 MAR 2025', ...REPORTING].join('\n\n'),
    );
    expect(cleaned.dateline).toBe('2025-03-19');
    expect(cleaned.text).not.toContain('06:00');
  });

  it('dates a page whose byline and time stamp sit side by side', () => {
    const html = `<body><h1>Pier to close</h1><div class="meta"><span class="author">By Ana Cruz</span> <span class="date">06:00, 19 MAR 2025</span></div><article>${body}</article></body>`;
    expect(extractHtml(html).stated).toMatchObject({ author: 'Ana Cruz', published: '2025-03-19' });
    expect(parseByline('By Ana Cruz 3 people were hurt')).toBeNull();
  });
});

describe('a blog platform page (WordPress)', () => {
  const html = (time: string) =>
    `<head><title>Pier to close &#8211; Quayside Voice</title></head><body><header><h1 class="entry-title">Pier to close</h1><div class="entry-meta"><span class="posted-on">Posted on ${time}</span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="#">Kemi Adeyemi</a></span></span></div></header><article>${body}</article></body>`;

  it('reads the publication time marked "published", its author and site name', () => {
    const page = html(
      '<time class="entry-date published" datetime="2026-03-18T23:04:51-05:00">March 18, 2026</time><time class="updated" datetime="2026-03-20T09:00:00+00:00">March 20, 2026</time>',
    );
    expect(extractHtml(page).stated).toMatchObject({
      title: 'Pier to close',
      outlet: 'Quayside Voice',
      author: 'Kemi Adeyemi',
      published: '2026-03-18',
    });
  });

  it('reads "Posted on DATE by NAME" as a dated byline when no tag states the date', () => {
    expect(extractHtml(html('March 18, 2026')).stated).toMatchObject({
      author: 'Kemi Adeyemi',
      published: '2026-03-18',
    });
    expect(parseByline('Posted on March 18, 2026 by Kemi Adeyemi')).toEqual({
      author: 'Kemi Adeyemi',
      outlet: null,
      date: '2026-03-18',
    });
    expect(parseByline('Posted on March 18, 2026')).toBeNull();
    expect(parseByline('Posted in Courts, Harbour News')).toBeNull();
    expect(parseByline('Posted on March 18, 2026 by the harbour master, who said no.')).toBeNull();
  });
});

describe('a byline element holding a whole metadata line', () => {
  it('gives the name as the author, not the line', () => {
    const html = `<body><h1>Pier to close</h1><div class="byline">Priya Nair · Gull Bay FM News · Friday 12 September 2025, 9:30am</div><article>${body}</article></body>`;
    expect(extractHtml(html).stated).toMatchObject({
      author: 'Priya Nair',
      outlet: 'Gull Bay FM News',
      published: '2025-09-12',
    });
  });
});
