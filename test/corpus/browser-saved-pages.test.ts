import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/corpus/html.js';
import { savedFromUrl } from '../../src/corpus/saved-from.js';

const STORY = [
  'Two walkers were rescued by the Gull Bay lifeboat on Sunday afternoon after being cut off by the incoming tide below Kelder Point.',
  'The crew launched at 3.10pm and reached the pair within twenty minutes, the lifeboat station said.',
  'Neither walker was hurt, and both were taken back to the harbour by the crew.',
];
const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('');
const TITLE = 'Lifeboat crew rescue two walkers cut off by tide';

describe("a page saved from Firefox's Reader View", () => {
  const saved =
    `<html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><div class="container">` +
    '<div class="header reader-header reader-show-element">' +
    '<a class="domain reader-domain" href="https://www.gullbay-times.example/news/lifeboat">www.gullbay-times.example</a>' +
    `<div class="domain-border"></div><h1 class="reader-title">${TITLE}</h1>` +
    '<div class="credits reader-credits">Priya Nair</div>' +
    '<div class="meta-data"><div class="reader-estimated-time">2-3 minutes</div></div></div><hr>' +
    `<div class="content"><div class="moz-reader-content"><div id="readability-page-1" class="page">${paragraphs}</div></div></div>` +
    '</div></body></html>';

  it("reads the reader's header as metadata, never as the article's words", () => {
    const { text, stated, dropped } = extractHtml(saved);
    expect(text).toBe(STORY.join('\n\n'));
    expect(stated).toMatchObject({
      title: TITLE,
      author: 'Priya Nair',
      url: 'https://www.gullbay-times.example/news/lifeboat',
    });
    expect(stated.outlet).toBeUndefined();
    expect(dropped).toContainEqual({ line: '2-3 minutes', reason: "reader view's header" });
    expect(dropped).toContainEqual({ line: 'Priya Nair', reason: 'byline' });
  });

  it("leaves a page without the reader's header as it was", () => {
    const plain = saved.replace('header reader-header', 'header');
    expect(extractHtml(plain).stated.url).toBeUndefined();
  });
});

describe('the address a browser records in a page it saves', () => {
  const page = (comment: string) =>
    `<!DOCTYPE html>\n${comment}\n<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${paragraphs}</article></body></html>`;

  it('is the url when the page states none, and only as the comment measures it', () => {
    const url = 'https://www.gullbay-times.example/news/lifeboat';
    expect(url.length).toBe(47);
    expect(extractHtml(page(`<!-- saved from url=(0047)${url} -->`)).stated.url).toBe(url);
    // A length that is not the address's: a comment cut or edited by hand.
    expect(savedFromUrl(`<!-- saved from url=(0046)${url} -->`)).toBeUndefined();
    expect(savedFromUrl('<!-- saved from url=(0014)about:internet -->')).toBeUndefined();
    const canonical = page(`<!-- saved from url=(0047)${url} -->`).replace(
      '</head>',
      '<link rel="canonical" href="https://gullbay-times.example/lifeboat"></head>',
    );
    expect(extractHtml(canonical).stated.url).toBe('https://gullbay-times.example/lifeboat');
  });
});
