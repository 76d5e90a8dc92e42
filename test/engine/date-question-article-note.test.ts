/**
 * An update or correction note about the article itself ("Update, 12 June 2026, 16:40: This
 * article was updated …") tells no event of the story: no answer to what happened on its day
 * (src/timeline/update-line.ts), yet it stays article text, quoted for a question about the
 * article ("when was this article corrected?"). Invented ferry article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import {
  frontMatterArticle,
  plainCorpusEngine,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

const UPDATE =
  "Update, 12 June 2026, 16:40: This article was updated to include the ferry operator's comments.";
const CORRECTION =
  "Correction, 12 June 2026: An earlier version of this article gave the wrong name for the crew's spokesman.";

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    // Published Friday 12 June 2026.
    'ferry.md': frontMatterArticle(
      'Ferry crews accept rota',
      'Kelda Courier',
      '2026-06-12',
      ['The crews voted to accept the new rota on Thursday.', UPDATE, CORRECTION].join('\n\n'),
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe("a note about the article on the article's own day", () => {
  it('is no event of that day', () => {
    const answer = engine.ask('What happened on 12 June 2026?');
    const quotes = answer.passages.map((p) => p.quote).join(' | ');
    expect(quotes).not.toMatch(/Update, 12 June|Correction, 12 June/);
    expect(engine.timeline({ from: '2026-06-12', to: '2026-06-12' }).events).toEqual([]);
  });

  it('is still quoted for a question about the article', () => {
    const answer = engine.ask('When was this article corrected?');
    expect(answer.passages.map((p) => p.quote)).toContain(CORRECTION);
  });

  it('leaves the story of the day before dated', () => {
    const answer = engine.ask('What happened on 11 June 2026?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.quote)).toEqual([
      'The crews voted to accept the new rota on Thursday.',
    ]);
  });
});
