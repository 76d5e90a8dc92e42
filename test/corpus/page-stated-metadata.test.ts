import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { parseDateline } from '../../src/corpus/dates.js';
import { siteNameInTitle, withoutSiteName } from '../../src/corpus/headline.js';
import { extractHtml } from '../../src/corpus/html.js';

const REPORTING = [
  'The council voted on Tuesday to close the old pier, which has stood since 1902, the mayor said.',
  'Repairs would have cost 4 million euros, more than the town spends on roads in a year.',
];
const body = REPORTING.map((p) => `<p>${p}</p>`).join('');

describe('the site name a <title> gives beside the headline', () => {
  const page = (title: string) =>
    `<head><title>${title}</title></head><body><h1>Pier to close</h1><article>${body}</article></body>`;

  it('reads a name with an outlet noun, or of two or more capitalised words the page states elsewhere', () => {
    expect(extractHtml(page('Pier to close | Gull Bay Times')).stated).toMatchObject({
      title: 'Pier to close',
      outlet: 'Gull Bay Times',
    });
    // WordPress writes its separator as an entity: decoded, it is an en dash between spaces.
    const home = '<header><a href="/" rel="home">Quayside Voice</a></header>';
    expect(
      extractHtml(page('Pier to close &#8211; Quayside Voice').replace('<body>', `<body>${home}`))
        .stated,
    ).toMatchObject({ title: 'Pier to close', outlet: 'Quayside Voice' });
    const corroborated = [
      // The logo in the link to the home page.
      '<a href="/"><img src="/logo.png" alt="Gull Bay Echo"></a>',
      // The page's own address.
      '<link rel="canonical" href="https://www.gull-bay-echo.example/pier">',
      // Its copyright notice.
      '<footer><p>© 2026 Gull Bay Echo</p></footer>',
    ];
    for (const evidence of corroborated) {
      const html = page('Pier to close | Gull Bay Echo').replace('<body>', `<body>${evidence}`);
      expect(extractHtml(html).stated.outlet, evidence).toBe('Gull Bay Echo');
    }
    // Alone beside the headline, two capitalised words may be the topic the story is filed under.
    expect(extractHtml(page('Pier to close | Gull Bay Echo')).stated.outlet).toBeUndefined();
    expect(extractHtml(page('Pier to close | City Hall')).stated.outlet).toBeUndefined();
    expect(
      siteNameInTitle('Pier to close | City Hall', 'Pier to close', [], {
        names: [],
        host: 'gullbayecho.example',
      }),
    ).toBeNull();
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
    // Without the menu, two capitalised words the page states nowhere else are no site's name.
    expect(extractHtml(page(title)).stated.outlet).toBeUndefined();
  });
});

describe("a page title's topic and site beside a headline with no h1 to anchor it", () => {
  const HEADLINE = 'Mayor proposes parking charges';

  it('is left out: the one part in sentence case, at an end, is the headline', () => {
    for (const title of [
      `${HEADLINE} | Harbour Affairs | Brackwater Voice`,
      `Brackwater Voice | Local Politics | ${HEADLINE}`,
      // A part known as a section's name makes two parts a title's shape too.
      `${HEADLINE} | Local Politics | City Hall`,
    ])
      expect(withoutSiteName(title, {}), title).toBe(HEADLINE);
    const tag = `<head><title>${HEADLINE} | Harbour Affairs | Brackwater Voice</title></head><body>${body}</body>`;
    expect(extractHtml(tag).stated.title).toBe(HEADLINE);
    const og = `<head><meta property="og:title" content="${HEADLINE} | Local Politics | Brackwater Voice"></head><body>${body}</body>`;
    expect(extractHtml(og).stated.title).toBe(HEADLINE);
    const text = cleanArticle(
      [`${HEADLINE} | Harbour Affairs | Brackwater Voice`, ...REPORTING].join('\n\n'),
    );
    expect(text.headline).toBe(HEADLINE);
  });

  it('stays when no part is told from a name: never a guess between parts', () => {
    for (const title of [
      // Two parts alone: a headline of two clauses, or a headline and a topic.
      'Brexit – What happens next',
      `${HEADLINE} | Harbour Affairs`,
      // The sentence-case part between two names is the headline's second clause.
      'Brexit – What happens next – Quayside Voice',
      // A title-case headline is not told from a name.
      'Mayor Proposes Parking Charges | Harbour Affairs | Brackwater Voice',
      `${HEADLINE} | the town reacts | Brackwater Voice`,
    ])
      expect(withoutSiteName(title, {}), title).toBe(title);
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
    `<head><title>Pier to close &#8211; Quayside Voice</title></head><body><p class="site-title"><a href="/" rel="home">Quayside Voice</a></p><header><h1 class="entry-title">Pier to close</h1><div class="entry-meta"><span class="posted-on">Posted on ${time}</span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="#">Kemi Adeyemi</a></span></span></div></header><article>${body}</article></body>`;

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
