/**
 * What a reply says of the passages it shows in place of an answer to a date question must hold
 * of the timeline the reader can open. "What happened yesterday?" counts from the day of asking,
 * which no article shares: the reply shows the latest events the timeline dates instead; "what
 * happened on 15 July 2024?", with nothing dated then, the nearest. The timeline also dates
 * entries that tell nothing happened then (a plan, a quote dated only by a thing it names, "the
 * compensation deal agreed last month"): they are left out, later or nearer as they may be, and
 * the note says so. Invented Ashby ferry articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import type { TimelineEvent } from '../../src/types/timeline.js';
import { notOnDateNote } from '../../src/framework/render/not-on-date.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'aground.md': frontMatterArticle(
      'Ferry runs aground',
      'Ashby Echo',
      '2024-03-02',
      'The Ashby ferry ran aground on the sandbar on 1 March.',
    ),
    'slipway.md': frontMatterArticle(
      'Slipway repaired',
      'Ashby Echo',
      '2024-05-10',
      'Crews repaired the damaged Ashby slipway on 8 May.',
    ),
    'deal.md': frontMatterArticle(
      'Ferry crews to be paid',
      'Quay Radio',
      '2024-07-20',
      'Ferry crews will receive back pay under the compensation deal agreed last month.',
    ),
    'fees.md': frontMatterArticle(
      'Board to vote on fees',
      'Quay Radio',
      '2024-07-22',
      'The harbour board will vote on new mooring fees on 30 July.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

const allEntries = (): TimelineEvent[] => engine.timeline({ limit: 50 }).events;

describe('what happened yesterday', () => {
  it('shows the latest events that happened, and the note names what it leaves out', () => {
    const answer = engine.ask('What happened yesterday?');
    expect(answer.answered).toBe(false);
    expect(answer.notOnDate).toEqual({ asked: 'yesterday', shown: 'latest' });
    expect(answer.closest.map((p) => p.quote)).toEqual([
      'The Ashby ferry ran aground on the sandbar on 1 March.',
      'Crews repaired the damaged Ashby slipway on 8 May.',
    ]);
    // The timeline dates later entries: a plan, and a deal dated by the sentence's noun only.
    const later = allEntries().filter((e) => e.date > '2024-05-08');
    expect(later.map((e) => [e.date, e.future, e.quotes[0]?.dates ?? null])).toEqual([
      ['2024-06', false, 'the compensation deal agreed last month'],
      ['2024-07-30', true, null],
    ]);
    // Each is one the note says it leaves out.
    const { text } = notOnDateNote(answer.notOnDate!);
    expect(text).toContain('as having happened then: not a plan, forecast or deadline');
    expect(text).toContain('nor a sentence dated only by a thing it names');
  });
});

describe('a day with nothing dated to it', () => {
  it('shows the nearest events that happened, and does not say its month has no event', () => {
    const answer = engine.ask('What happened on 15 July 2024?');
    expect(answer.answered).toBe(false);
    expect(answer.notOnDate).toEqual({ asked: '2024-07-15', shown: 'nearest' });
    // The plan of 30 July and the deal of June are nearer, and left out.
    expect(answer.closest.map((p) => p.dated?.date)).toEqual(['2024-03-01', '2024-05-08']);
    const july = allEntries().filter((e) => e.date.startsWith('2024-07'));
    expect(july.map((e) => [e.date, e.future])).toEqual([['2024-07-30', true]]);
    const { title, text } = notOnDateNote(answer.notOnDate!);
    expect(title).toBe(
      'The timeline dates no event to 2024-07-15, nor any in 2024-07 as having happened then',
    );
    expect(text).toContain(
      'the events nearest to it that the timeline dates to a day or month as having happened then: not a plan, forecast or deadline, nor a sentence dated only by a thing it names.',
    );
  });
});
