/**
 * Date questions answered from the timeline (src/engine/date-question.ts) after two date rules:
 * a day counted inside a correction's restatement of an earlier report is never counted from the
 * correction's own date (src/timeline/earlier-report.ts), and an event said in the present to
 * happen "today" is the publication day's, not expected (src/timeline/same-day-present.ts).
 * Invented warehouse and parking articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import {
  frontMatterArticle,
  plainCorpusEngine,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    // Published Monday 11 May 2026: its own Friday before would be 8 May.
    'warehouse-correction.md': frontMatterArticle(
      'Warehouse blaze under control',
      'Tarn Radio',
      '2026-05-11',
      [
        'Correction: In a report on 3 May we said that two men had been arrested over the Quay Road warehouse fire. That was wrong: no arrests had been made.',
        'We also said the warehouse fire started on Friday evening; in fact it began on the afternoon of Saturday 2 May.',
      ].join('\n\n'),
    ),
    'parking.md': frontMatterArticle(
      'Parking consultation opens',
      'Harbury Echo',
      '2026-06-01',
      'A consultation on parking charges in Harbury opens today.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe('a weekday a correction restates from an earlier report', () => {
  it('is not an event of the Friday before the correction', () => {
    const answer = engine.ask('What happened on 8 May 2026?');
    expect(answer.passages.map((p) => p.quote).join(' | ')).not.toMatch(/Friday evening/);
    const page = engine.timeline({ from: '2026-05-08', to: '2026-05-08' });
    expect(page.events).toEqual([]);
  });

  it('the corrected day is the answer for that day', () => {
    const answer = engine.ask('What happened on 2 May 2026?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.quote).join(' | ')).toMatch(/Saturday 2 May/);
  });
});

describe('an event said to happen "today" in the present', () => {
  it('answers what happened on the publication day', () => {
    const answer = engine.ask('What happened on 1 June 2026?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.quote)).toEqual([
      'A consultation on parking charges in Harbury opens today.',
    ]);
  });
});
