import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/corpus/html.js';
import { extractMarkdown } from '../../src/corpus/markdown.js';

const body = (paragraphs: string[]) => paragraphs.map((p) => `<p>${p}</p>`).join('');
const REPORTING = [
  'The council voted on Tuesday to close the old pier, which has stood since 1902, the mayor said.',
  'Repairs would have cost 4 million euros, more than the town spends on roads in a year.',
];

describe('extractHtml', () => {
  it('keeps a stated date as the page states it, without converting to UTC', () => {
    const html = `<head><meta property="article:published_time" content="2021-05-18T23:30:00-04:00"></head><body><article>${body(REPORTING)}</article></body>`;
    expect(extractHtml(html).stated.published).toBe('2021-05-18');
  });

  it('reads the date and author a page states in JSON-LD', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Pier to close',
      datePublished: '2020-11-19',
      author: { '@type': 'Person', name: 'Ana Cruz' },
    });
    const html = `<head><script type="application/ld+json">${ld}</script></head><body><article>${body(REPORTING)}</article></body>`;
    expect(extractHtml(html).stated).toMatchObject({ published: '2020-11-19', author: 'Ana Cruz' });
  });

  it('reads the outlet a title adds to the headline, and the date a byline states', () => {
    const page = (title: string) =>
      `<head><title>${title}</title></head><body><h1>Pier to close</h1><div class="meta">By <span class="author">Ana Cruz</span> &middot; <span class="date">3 December 2025</span></div><article>${body(REPORTING)}</article></body>`;
    expect(extractHtml(page('Pier to close - Harbour Ledger')).stated).toMatchObject({
      title: 'Pier to close',
      outlet: 'Harbour Ledger',
      author: 'Ana Cruz',
      published: '2025-12-03',
    });
    // A section's name or a word that names no outlet is not taken for one.
    expect(extractHtml(page('Pier to close | Politics')).stated.outlet).toBeUndefined();
    expect(extractHtml(page('Pier to close - Kellan')).stated.outlet).toBeUndefined();
  });

  it('reads a <time itemprop="datePublished">, and takes no profile URL for an author', () => {
    const html = `<head><meta name="author" content="https://social.example/ana"></head><body><article><time itemprop="datePublished" datetime="2020-11-19T08:00">Nov. 19</time>${body(REPORTING)}</article></body>`;
    const { stated } = extractHtml(html);
    expect(stated.published).toBe('2020-11-19');
    expect(stated.author).toBeUndefined();
  });

  it('keeps only an absolute http(s) canonical URL', () => {
    const page = (href: string) =>
      `<head><link rel="canonical" href="${href}"></head><body><article>${body(REPORTING)}</article></body>`;
    expect(extractHtml(page('/news/pier')).stated.url).toBeUndefined();
    expect(extractHtml(page('https://paper.example/news/pier')).stated.url).toBe(
      'https://paper.example/news/pier',
    );
  });

  it('reads a page without <article>, and leaves scripts, styles and captions out', () => {
    const html = `<body><div id="main"><style>p{}</style><script>var a="Hidden words";</script>${body(REPORTING)}<figure><figcaption>The pier at dusk. (Photo: Town Hall)</figcaption></figure></div></body>`;
    const { text, dropped } = extractHtml(html);
    expect(text).toBe(REPORTING.join('\n\n'));
    expect(dropped).toContainEqual({
      line: 'The pier at dusk. (Photo: Town Hall)',
      reason: 'photo caption',
    });
  });
});

describe('extractHtml on a saved fragment', () => {
  it.each([
    ['paragraphs alone', body(REPORTING)],
    ['a head and no body tag', `<html><head><title>Pier</title></head>${body(REPORTING)}</html>`],
  ])('reads %s', (_, html) => {
    expect(extractHtml(html).text).toBe(REPORTING.join('\n\n'));
  });
});

describe('extractMarkdown', () => {
  it('reads front matter as stated metadata and leaves the markup out', () => {
    const { text, stated, dropped } = extractMarkdown(
      '---\ntitle: "Pier to close"\nauthor: Ana Cruz\ndate: 2020-11-19\nurl: /relative\n---\n\n## The vote\n\nThe council **voted** to [close](https://x.example) the `pier`.\n\n![Pier](/p.jpg)\n',
    );
    expect(stated).toEqual({ title: 'Pier to close', author: 'Ana Cruz', published: '2020-11-19' });
    expect(text).toBe('The vote\n\nThe council voted to close the pier.');
    expect(dropped).toEqual([{ line: '![Pier](/p.jpg)', reason: 'photo caption' }]);
  });

  it('takes the title from the first-level heading when there is no front matter', () => {
    expect(extractMarkdown('# Pier to close\n\nIt closes.').stated).toEqual({
      title: 'Pier to close',
    });
  });
});
