import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/corpus/html.js';

// Invented pages: a short story (under Readability's 500-character threshold), a long one,
// and clutter set before, after and inside the page's article.
const SHORT = [
  'The ferry to Oskarn Island was cancelled on Friday after a crane failed at the harbour, the operator said.',
  'About 300 passengers were moved to a later sailing.',
];
const LONG = [
  ...SHORT,
  'Harbour staff worked through the night to lift the crane arm clear of the slipway, a spokesperson for the port authority said on Saturday morning.',
  'Engineers from the crane maker are due to inspect the machine next week, and the port expects to run a reduced timetable until their report is published.',
  'Local businesses on the island said the cancellation came at the worst time of the year, with the autumn market due to open on the same weekend.',
];
const AD =
  '<div class="ad-slot">Advertisement</div><div class="ad">Switch broadband today and save up to £90 a year! Click here.</div>';
const PROMO = '<div class="promo">Get our morning briefing. Sign up now.</div>';
const paragraphs = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join('');
const page = (body: string) =>
  `<!doctype html><html><head><title>Ferry cancelled</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>${body}<footer><p>© 2025 Harbour Gazette</p></footer></body></html>`;
const story = (texts: readonly string[]) =>
  `<h1>Ferry cancelled after crane fails</h1>${paragraphs(texts)}`;

const textOf = (html: string) => extractHtml(html).text;

describe('the page’s one article bounds the text (HTML standard: <article>, <main>)', () => {
  it('leaves out an advertisement beside a short article, before or after it', () => {
    for (const html of [
      page(`${AD}<main><article>${story(SHORT)}</article></main>`),
      page(`<main><article>${story(SHORT)}</article></main>${AD}`),
      page(`${AD}<article>${story(SHORT)}</article>${PROMO}`),
    ]) {
      const text = textOf(html);
      for (const sentence of SHORT) expect(text).toContain(sentence);
      expect(text).not.toContain('Switch broadband');
      expect(text).not.toContain('morning briefing');
    }
  });

  it('leaves out an advertisement beside a long article', () => {
    const text = textOf(page(`${AD}<article>${story(LONG)}</article>${AD}`));
    for (const sentence of LONG) expect(text).toContain(sentence);
    expect(text).not.toContain('Switch broadband');
  });

  it('bounds by the one <main> when the page has no <article>', () => {
    const text = textOf(page(`${AD}<main>${story(SHORT)}</main>`));
    for (const sentence of SHORT) expect(text).toContain(sentence);
    expect(text).not.toContain('Switch broadband');
  });

  it('keeps every sentence of an article with an advertisement inside it', () => {
    const text = textOf(
      page(`<article>${story([SHORT[0]!])}${AD}${paragraphs([SHORT[1]!])}</article>`),
    );
    for (const sentence of SHORT) expect(text).toContain(sentence);
  });

  it('reads a page with no <article> nor <main> whole, as before', () => {
    const text = textOf(page(`<div class="story">${story(LONG)}</div>`));
    for (const sentence of LONG) expect(text).toContain(sentence);
  });

  it('reads a page with several articles whole', () => {
    const other = [
      'A second ferry, the Marta, will cover the route from Monday, the operator said in a statement.',
    ];
    const text = textOf(
      page(`<article>${story(LONG)}</article><article>${paragraphs(other)}</article>`),
    );
    for (const sentence of LONG) expect(text).toContain(sentence);
  });

  it('does not bound by an article that holds neither the headline nor most of the text', () => {
    // A teaser card marked as an <article>; the story itself stands in plain divisions.
    const teaser =
      '<article class="card"><p>Read next: the island’s new school opens.</p></article>';
    const text = textOf(page(`<div class="story">${story(LONG)}</div>${teaser}`));
    for (const sentence of LONG) expect(text).toContain(sentence);
  });
});
