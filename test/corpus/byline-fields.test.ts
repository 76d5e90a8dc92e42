/**
 * Bylines whose fields are set between dots or bars ("By Ana Ruiz · 3 February 2025 · Updated
 * 5 February 2025", "By Ana Ruiz | Gull Coast Digest, Issue 12"): each field read for what it
 * states, on web pages, Markdown files and text. Tiny invented pages.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { extractHtml } from '../../src/corpus/html.js';
import { extractMarkdown } from '../../src/corpus/markdown.js';

const PARAGRAPHS =
  '<p>The harbour board voted on Tuesday to close the old fish market at Quay Street.</p>' +
  '<p>Traders will move to the new hall by the end of May, the board said in a statement.</p>' +
  '<p>The market has stood on the quay since 1903 and employs about forty people.</p>';

describe('a web page byline outside the tags', () => {
  it('states the author and the date, not the update', () => {
    const html =
      '<html><body><article><h1>Fish market to close</h1>' +
      '<div class="meta-line">By Nadia Perrin · 3 February 2025 · Updated 5 February 2025</div>' +
      `<div class="copy">${PARAGRAPHS}</div></article></body></html>`;
    const { stated, dropped } = extractHtml(html);
    expect(stated).toMatchObject({ author: 'Nadia Perrin', published: '2025-02-03' });
    expect(dropped).toContainEqual({
      line: 'By Nadia Perrin · 3 February 2025 · Updated 5 February 2025',
      reason: 'byline',
    });
  });

  it('gives way to the author a tag states', () => {
    const html =
      '<html><head><meta name="author" content="Ben Ode"></head><body><article>' +
      '<h1>Fish market to close</h1><div>By Nadia Perrin · 3 February 2025</div>' +
      `<div class="copy">${PARAGRAPHS}</div></article></body></html>`;
    expect(extractHtml(html).stated.author).toBe('Ben Ode');
  });
});

describe('an outlet in a byline or front matter', () => {
  it('reads a digest named in the byline', () => {
    expect(parseByline('By Felix Arden | Gull Coast Digest, Issue 12')).toEqual({
      author: 'Felix Arden',
      outlet: 'Gull Coast Digest',
      date: null,
    });
    const cleaned = cleanArticle(
      'Where things stand\n\nBy Felix Arden | Gull Coast Digest, Issue 12\n\n' +
        'The fish market closed in May, the harbour board said.',
    );
    expect(cleaned.outlet).toBe('Gull Coast Digest');
  });

  it('reads a publication named in Markdown front matter', () => {
    const md =
      '---\ntitle: Market closes\npublication: Gull Coast Digest\n---\n\nThe market closed.';
    expect(extractMarkdown(md).stated.outlet).toBe('Gull Coast Digest');
  });
});
