/**
 * `/sources` shows each article's byline as the article states it, as `npm run sources` does, and
 * "author not stated" when the article states none (never a guessed author), as it says of an
 * unstated date. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../src/engine/types.js';
import { renderSources } from '../../src/framework/render/sources.js';

const source = (id: string, author: string | null): SourceSummary => ({
  id,
  title: `Ferry news ${id}`,
  outlet: 'The Porthaven Courier',
  published: '2026-02-21',
  url: null,
  author,
  passages: 12,
});

describe('the byline in /sources', () => {
  it('shows a stated author after the outlet and date, and says an unstated one is not stated', () => {
    const payload = renderSources([source('a', 'Eilidh Rowe'), source('b', null)], 0);
    const fields = payload.embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.value)).toEqual([
      expect.stringMatching(
        /^The Porthaven Courier · 21 February 2026 · by Eilidh Rowe · 12 passages/,
      ),
      expect.stringMatching(
        /^The Porthaven Courier · 21 February 2026 · author not stated · 12 passages/,
      ),
    ]);
    expect(fields[1]?.value).not.toMatch(/\bby\b/);
  });

  it('says an author articles.json sets to null is not given there', () => {
    const nulled = { ...source('c', null), nullInArticlesJson: ['author' as const] };
    const value = renderSources([nulled], 0).embeds?.[0]?.fields?.[0]?.value ?? '';
    expect(value).toContain('author not given in articles.json');
  });

  it("escapes a byline's markdown, so a name cannot format the reply", () => {
    const payload = renderSources([source('a', '**Ann** @everyone')], 0);
    const value = payload.embeds?.[0]?.fields?.[0]?.value ?? '';
    expect(value).toContain('by \\*\\*Ann\\*\\*');
    expect(value).not.toMatch(/(?<!\\)\*\*Ann/);
  });
});
