/**
 * A label of a section and a piece's kind above the headline ("Transport — Analysis") is no
 * title, and a masthead the foot's copyright notice corroborates names the outlet though the
 * notice goes on with terms of use after its year. Tiny invented pages.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { copyrightHolder } from '../../src/corpus/copyright.js';
import { extractHtml } from '../../src/corpus/html.js';
import { isPieceKindLabel } from '../../src/corpus/kicker.js';

const BODY = [
  'Kelderby Ferries made a loss of £1.2m last year, according to accounts filed on 3 June.',
  'The company did not respond to a request for comment.',
];

describe('piece-kind labels', () => {
  it.each([
    'Transport — Analysis',
    'Opinion | Harbour Affairs',
    'Explainer · Housing',
    'Courts - Feature',
  ])('reads %j as a label', (line) => {
    expect(isPieceKindLabel(line)).toBe(true);
  });

  it.each([
    'Brexit – What happens next',
    'Ferry fares – Kelderby Ferries',
    'Analysis',
    'Transport — the analysis shows losses',
    'Gull Bay Times — Analysis',
  ])('reads %j as no label', (line) => {
    expect(isPieceKindLabel(line)).toBe(false);
  });

  it('takes the headline under the label as the title, and drops the label', () => {
    const raw = [
      'Transport — Analysis',
      'Ferry firm’s £1.2m loss: what the accounts show',
      ...BODY,
    ].join('\n\n');
    const cleaned = cleanArticle(raw);
    expect(cleaned.headline).toBe('Ferry firm’s £1.2m loss: what the accounts show');
    expect(cleaned.dropped).toContainEqual({ line: 'Transport — Analysis', reason: 'navigation' });
  });

  it('takes the heading under such an h1 as the title of an HTML page', () => {
    const html = (h1: string) =>
      `<html><head><title>Gull Bay Review</title></head><body><h1>${h1}</h1><h2>Ferry firm’s £1.2m loss: what the accounts show</h2><p>${BODY.join('</p><p>')}</p></body></html>`;
    expect(extractHtml(html('Transport — Analysis')).stated.title).toBe(
      'Ferry firm’s £1.2m loss: what the accounts show',
    );
    expect(extractHtml(html('Ferry losses – the full story')).stated.title).toBe(
      'Ferry losses – the full story',
    );
  });

  it('keeps a two-part headline with no piece kind as the title', () => {
    const cleaned = cleanArticle(['Ferries – What happens next', ...BODY].join('\n\n'));
    expect(cleaned.headline).toBe('Ferries – What happens next');
  });
});

describe('a copyright notice with terms after its year', () => {
  it('names the holder before the year', () => {
    expect(
      copyrightHolder('© Gull Bay Review 2025 – subscribers only. Not for redistribution.'),
    ).toBe('Gull Bay Review');
    expect(copyrightHolder('© Gull Bay Review 2019 – 2025')).toBe('Gull Bay Review');
    expect(copyrightHolder('© Gull Bay Review 2025 – Kelderby edition')).toBe('Gull Bay Review');
  });

  it('corroborates the masthead over the label and headline, which names the outlet', () => {
    const raw = [
      'GULL BAY REVIEW\nTransport — Analysis',
      'Ferry firm’s £1.2m loss: what the accounts show',
      'By Ana Ruiz',
      ...BODY,
      '© Gull Bay Review 2025 – subscribers only. Not for redistribution.',
    ].join('\n\n');
    const cleaned = cleanArticle(raw);
    expect(cleaned.headline).toBe('Ferry firm’s £1.2m loss: what the accounts show');
    expect(cleaned.outlet).toBe('Gull Bay Review');
    expect(cleaned.text).toBe(
      ['Ferry firm’s £1.2m loss: what the accounts show', ...BODY].join('\n\n'),
    );
  });
});
