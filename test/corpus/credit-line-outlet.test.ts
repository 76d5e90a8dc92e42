import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';

const article = (...blocks: string[]) => blocks.join('\n\n');
const HEADLINE = 'Dig volunteers sought';
const STORY = 'The Fenwick Field Club will run a public dig at Hollin Barrow this summer.';

describe('a name beside the date on the credit line under the byline', () => {
  it('is the outlet’s name as the page states it: unknown while nothing confirms it, never unstated', () => {
    const cleaned = cleanArticle(
      article(HEADLINE, 'By Tom Reyes\nFenwick Echo | 9 June 2026', STORY),
    );
    expect(cleaned.author).toBe('Tom Reyes');
    expect(cleaned.dateline).toBe('2026-06-09');
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.outletCandidate).toBe('Fenwick Echo');
    expect(cleaned.text).toBe(article(HEADLINE, STORY));
  });

  it.each([
    ['with no byline above it', article(HEADLINE, 'Fenwick Echo | 9 June 2026', STORY)],
    [
      'naming the byline’s author',
      article(HEADLINE, 'By Tom Reyes\nTom Reyes | 9 June 2026', STORY),
    ],
  ])('names no outlet %s', (_case, raw) => {
    const cleaned = cleanArticle(raw);
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.outletCandidate).toBeUndefined();
  });
});
