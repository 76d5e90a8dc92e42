/**
 * Labels of the page around an article that are no part of its text or title: an outlet's name
 * set above the headline (with or without a blank line between), a section label above the
 * article, a row of share buttons. Tiny invented pages; each rule has a page where it must not
 * apply.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { furnitureReason } from '../../src/corpus/furniture.js';
import { isMastheadName } from '../../src/corpus/masthead.js';

const HEADLINE = 'Quay Street cafés count the cost of the closure';
const BODY = [
  'Owners of the cafés on Quay Street say trade has fallen by a third since the bridge closed.',
  'The council is offering grants to shops on the street.',
];
const page = (...blocks: string[]) => blocks.join('\n\n');

describe('an outlet’s name above the headline', () => {
  it.each([
    ['on the line above, no blank line between', `Velmora Courier\n${HEADLINE}`],
    ['a blank line above', page('Velmora Courier', HEADLINE)],
    ['in capitals', page('VELMORA COURIER', HEADLINE)],
  ])('%s: is neither the title nor part of it, and uncorroborated names no outlet', (_, top) => {
    const cleaned = cleanArticle(page(top, ...BODY));
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.text.split('\n\n').slice(1)).toEqual([HEADLINE, ...BODY]);
  });

  it('corroborated, on the line above the headline: the outlet, dropped as the masthead', () => {
    const cleaned = cleanArticle(
      page(`Velmora Courier\n${HEADLINE}`, ...BODY, '(c) Velmora Courier 2026'),
    );
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.outlet).toBe('Velmora Courier');
    expect(cleaned.text).toBe([HEADLINE, ...BODY].join('\n\n'));
  });

  it('alone at the top, is no title: the title is unknown', () => {
    expect(cleanArticle(page('Northshore Herald', ...BODY)).headline).toBeNull();
  });

  it('is a name ending in an outlet’s noun, not a headline with such a noun inside it', () => {
    expect(isMastheadName('Velmora Courier')).toBe(true);
    expect(isMastheadName('THE NORTHSHORE HERALD')).toBe(true);
    expect(isMastheadName('Record Heat Hits Harlow')).toBe(false);
    expect(isMastheadName('Local News')).toBe(false);
    const cleaned = cleanArticle(page('Record Heat Hits Harlow\nTemperatures near 40C', ...BODY));
    expect(cleaned.headline).toBe('Record Heat Hits Harlow Temperatures near 40C');
  });
});

describe('a section label', () => {
  it('above the article is dropped as navigation, on its own or above the headline', () => {
    for (const top of [page('OPINION', HEADLINE), `Local News\n${HEADLINE}`]) {
      const cleaned = cleanArticle(page(top, ...BODY));
      expect(cleaned.headline).toBe(HEADLINE);
      expect(cleaned.text).toBe([HEADLINE, ...BODY].join('\n\n'));
      expect(cleaned.dropped.map(({ reason }) => reason)).toEqual(['navigation']);
    }
  });

  it('below the article’s first paragraph stays (a list item, a subheading)', () => {
    const raw = page(HEADLINE, BODY[0]!, 'Regions that bid:', 'Europe', 'Asia', BODY[1]!);
    expect(cleanArticle(raw).text).toContain('\n\nEurope\n\nAsia\n\n');
  });
});

describe('a row of share buttons', () => {
  it.each(['Share on Facebook | X', 'Facebook · WhatsApp · Copy link', 'Tweet | Email this story'])(
    '%j is navigation',
    (line) => {
      expect(furnitureReason(line)).toBe('navigation');
    },
  );

  it.each(['Share | Hold', 'X marks the spot | Facebook', 'Facebook shares fell 4 per cent.'])(
    '%j is not a share row',
    (line) => {
      expect(furnitureReason(line)).not.toBe('navigation');
    },
  );
});
