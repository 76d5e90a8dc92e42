import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/corpus/html.js';

const BODY = [
  'The council voted on Tuesday to close the old pier, which has stood since 1902, the mayor said.',
  'Repairs would have cost 4 million euros, more than the town spends on roads in a year.',
  'The harbour board said it would appeal against the decision at its next meeting.',
  // Long enough for Readability's first pass, which leaves out a block whose id says "header".
  'Fishermen who moor at the pier said they had not been asked about the closure before the vote.',
  'The mayor said a new landing stage would be built further along the quay within two years.',
  'Work to fence off the pier will begin next week, and the cafe at its end will close on Friday.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

/** A page titled "Pier to close – NAME", with `header` above its post and `footer` under it. */
const page = (name: string, header: string, footer = '') =>
  `<!doctype html><html><head><title>Pier to close – ${name}</title></head><body>${header}` +
  `<div class="post"><h1 class="entry-title">Pier to close</h1><div class="entry-content">${BODY}</div></div>` +
  `${footer}</body></html>`;

const outletOf = (html: string) => extractHtml(html).stated.outlet;

describe("a <title>'s site name corroborated by the page's header", () => {
  it('reads the home link in a site header Readability leaves out', () => {
    const header =
      '<div id="site-header"><h2><a href="/">Marrow Bay Voice</a></h2><p>Independent news for Marrow Bay</p>' +
      '<ul class="menu"><li>Home</li><li>News</li></ul></div>';
    expect(outletOf(page('Marrow Bay Voice', header))).toBe('Marrow Bay Voice');
  });

  it("takes a link to the site's root, absolute or to its index file, as the home link", () => {
    for (const href of ['https://marrow-voice.example/', '//marrow-voice.example', '/index.html'])
      expect(
        outletOf(
          page('Marrow Bay Voice', `<div id="top"><a href="${href}">Marrow Bay Voice</a></div>`),
        ),
        href,
      ).toBe('Marrow Bay Voice');
    // A link to a section, a search or an anchor leads to no home page.
    for (const href of ['/city-hall/', '/?s=pier', '#top', 'city-hall'])
      expect(
        outletOf(page('City Hall', `<div id="top"><a href="${href}">City Hall</a></div>`)),
        href,
      ).toBeUndefined();
  });

  it("reads the name the site's banner sets as a heading, never an article's or a sidebar's", () => {
    expect(
      outletOf(
        page('Marrow Bay Voice', '<header><h2>Marrow Bay Voice</h2><p>Since 1998</p></header>'),
      ),
    ).toBe('Marrow Bay Voice');
    expect(
      outletOf(
        page(
          'Marrow Bay Voice',
          '<div id="masthead"><p class="site-title">Marrow Bay Voice</p></div>',
        ),
      ),
    ).toBe('Marrow Bay Voice');
    // The topic a story is filed under, as a heading of a section or a sidebar: no site's name.
    expect(
      outletOf(page('City Hall', '<section><header><h2>City Hall</h2></header></section>')),
    ).toBeUndefined();
    expect(
      outletOf(
        page('City Hall', '', '<aside><h3>City Hall</h3><ul><li>Budget set</li></ul></aside>'),
      ),
    ).toBeUndefined();
  });
});
