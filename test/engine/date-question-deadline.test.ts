/**
 * A deadline dated to a day is no answer to what happened that day: what it sets falls on or
 * before it (src/engine/date-question.ts, src/timeline/deadline.ts). Invented viaduct articles.
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
    'viaduct-order.md': frontMatterArticle(
      'Trust told to finish viaduct repairs',
      'Vale Post',
      '2024-06-10',
      'The rail trust was ordered to finish the viaduct repairs no later than 5 June.',
    ),
    'viaduct-open.md': frontMatterArticle(
      'Viaduct reopens',
      'Vale Post',
      '2024-06-07',
      'Trains crossed the repaired viaduct on 6 June for the first time since the winter.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe('a date question and a deadline of that day', () => {
  it('is not answered by the deadline, which is at most the closest passage, as a plan is', () => {
    const answer = engine.ask('What happened on 5 June 2024?');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.closest.map((p) => p.quote).join(' | ')).toMatch(/no later than 5 June/);
  });

  it('an event of that day is the answer', () => {
    const answer = engine.ask('What happened on 6 June 2024?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.quote)).toEqual([
      'Trains crossed the repaired viaduct on 6 June for the first time since the winter.',
    ]);
  });

  it('the timeline lists it, marked as a deadline', () => {
    const page = engine.timeline({ from: '2024-06-05', to: '2024-06-05' });
    expect(page.events.map((e) => [e.date, e.deadline ?? false])).toEqual([['2024-06-05', true]]);
  });
});
