import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { extractHtml } from '../../src/corpus/html.js';
import { withoutSiteName } from '../../src/corpus/headline.js';

const BODY =
  '<p>The council voted on Tuesday to extend the tram line, the mayor said. It will open in 2024, officials said, after years of delay.</p><p>Work starts in spring and will take two years, the transport office said in a statement.</p>';

describe('withoutSiteName: the headline in a page title', () => {
  it.each([
    ['Harbour fees to double | Kestrel Courier', {}, 'Harbour fees to double'],
    ['Kestrel Courier — Harbour fees to double', {}, 'Harbour fees to double'],
    ['Harbour fees to double – Politics – Kestrel Courier', {}, 'Harbour fees to double'],
    ['Harbour fees to double · Nordlys', { site: 'Nordlys' }, 'Harbour fees to double'],
    [
      'Harbour fees to double - Nordlys',
      { h1: 'Harbour fees to double' },
      'Harbour fees to double',
    ],
    ['Storm hits coast - Weather', {}, 'Storm hits coast'],
  ])('%j → the headline', (title, page, expected) => {
    expect(withoutSiteName(title, page)).toBe(expected);
  });

  it.each([
    'Mayor: “No new taxes”',
    'Ferry fares rise | Analysis',
    'Storm — and the cleanup — cost millions',
    'Harbour fees to double',
    // Two parts left: which one is the headline is not stated.
    'Ferry fares rise | Ferry strike ends | Kestrel Courier',
  ])('leaves %j as it is', (title) => {
    expect(withoutSiteName(title, {})).toBe(title);
  });

  it('reads an HTML page whose og:title or <title> carries the site name', () => {
    const og = extractHtml(
      `<html><head><meta property="og:title" content="Harbour fees to double | Nordlys"><meta property="og:site_name" content="Nordlys"></head><body><article><h1>Harbour fees to double</h1>${BODY}</article></body></html>`,
    );
    expect(og.stated).toMatchObject({ title: 'Harbour fees to double', outlet: 'Nordlys' });
    const titled = extractHtml(
      `<html><head><title>Kestrel Courier — Harbour fees to double</title></head><body><article>${BODY}</article></body></html>`,
    );
    expect(titled.stated.title).toBe('Harbour fees to double');
  });

  it('takes the headline alone from a text headline copied with the site name, keeping the text', () => {
    const cleaned = cleanArticle(
      'Harbour fees to double | Kestrel Courier\n\nFees will double in May, the port said.',
    );
    expect(cleaned.headline).toBe('Harbour fees to double');
    expect(cleaned.text).toContain('Harbour fees to double | Kestrel Courier');
  });
});
