/**
 * `/sources` shows each article's byline as the article states it, as `npm run sources` does, and
 * nothing in its place when the article states none (never a guessed author). Invented articles.
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
  it('shows a stated author after the outlet and date, and none for an article stating none', () => {
    const payload = renderSources([source('a', 'Eilidh Rowe'), source('b', null)], 0);
    const fields = payload.embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.value)).toEqual([
      expect.stringMatching(
        /^The Porthaven Courier · 21 February 2026 · by Eilidh Rowe · 12 passages/,
      ),
      expect.stringMatching(/^The Porthaven Courier · 21 February 2026 · 12 passages/),
    ]);
    expect(fields[1]?.value).not.toMatch(/\bby\b/);
  });

  it("escapes a byline's markdown, so a name cannot format the reply", () => {
    const payload = renderSources([source('a', '**Ann** @everyone')], 0);
    const value = payload.embeds?.[0]?.fields?.[0]?.value ?? '';
    expect(value).toContain('by \\*\\*Ann\\*\\*');
    expect(value).not.toMatch(/(?<!\\)\*\*Ann/);
  });
});
