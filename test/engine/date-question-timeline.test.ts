/**
 * Date questions answered from the timeline (src/engine/date-question.ts): a deadline dated to a
 * day is no answer to what happened that day (what it sets falls on or before it:
 * src/timeline/deadline.ts); a question naming more than its date ("what happened at the viaduct
 * on 6 June 2024?", "what happened yesterday at the viaduct?") is answered from the events whose
 * quotes tell of its other words; a quote whose date is a thing it names ("rejected last
 * month's pay deal") is no answer to what happened then. Invented viaduct, harbour and union
 * articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { happenedTopic } from '../../src/engine/date-question.js';
import { namedDate } from '../../src/engine/about-fallback.js';
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
    'harbour-protest.md': frontMatterArticle(
      'Fishermen protest at harbour',
      'Bay Radio',
      '2024-06-07',
      'Fishermen protested at the harbour on 6 June against the new mooring fees.',
    ),
    'union-pay.md': frontMatterArticle(
      'Union rejects pay deal',
      'Vale Post',
      '2024-07-03',
      "The dockers' union rejected last month's pay deal after a ballot of its members.",
    ),
    'harbour-divers.md': frontMatterArticle(
      'Divers search harbour',
      'Bay Radio',
      '2024-06-20',
      'Police divers searched the harbour yesterday after a boat sank at its mooring.',
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

  it('the events of a day are the answer, a deadline not among them', () => {
    const answer = engine.ask('What happened on 6 June 2024?');
    expect(answer.answered).toBe(true);
    const shown = answer.passages.map((p) => p.quote).join(' | ');
    expect(shown).toMatch(/Trains crossed the repaired viaduct/);
    expect(shown).not.toMatch(/no later than/);
  });

  it('the timeline lists it, marked as a deadline', () => {
    const page = engine.timeline({ from: '2024-06-05', to: '2024-06-05' });
    const days = page.events.filter((e) => e.precision === 'day');
    expect(days.map((e) => [e.date, e.deadline ?? false])).toEqual([['2024-06-05', true]]);
  });
});

describe('a date question naming more than its date', () => {
  const quotes = (passages: readonly { quote: string }[]) => passages.map((p) => p.quote);

  it('reads the other words asked, before or after the date', () => {
    const topic = (question: string) => {
      const date = namedDate(question);
      return date === null ? undefined : happenedTopic(question, date);
    };
    expect(topic('What happened at the viaduct on 6 June 2024?')).toBe('at the viaduct');
    expect(topic('What happened on 6 June 2024 at the viaduct?')).toBe('at the viaduct');
    expect(topic('What happened on 6 June 2024?')).toBe('');
    expect(topic('Why did the viaduct close on 6 June 2024?')).toBeNull();
  });

  it('is answered by the events of that date with its other words', () => {
    const answer = engine.ask('What happened at the viaduct on 6 June 2024?');
    expect(answer.answered).toBe(true);
    expect(quotes(answer.passages)).toEqual([
      'Trains crossed the repaired viaduct on 6 June for the first time since the winter.',
    ]);
    // Without them, every event of the day.
    expect(quotes(engine.ask('What happened on 6 June 2024?').passages)).toHaveLength(2);
  });

  it('counted from the time of asking, shows the latest events with its other words, not an article’s own "yesterday"', () => {
    const answer = engine.ask('What happened yesterday at the viaduct?');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.notOnDate).toEqual({ asked: 'yesterday', shown: 'latest' });
    expect(quotes(answer.closest)).toEqual([
      'Trains crossed the repaired viaduct on 6 June for the first time since the winter.',
    ]);
    expect(answer.closest[0]?.dated?.date).toBe('2024-06-06');
  });

  it('with no event of its other words dated, the latest of all, still no answer', () => {
    const answer = engine.ask('What happened yesterday at the lighthouse?');
    expect(answer.answered).toBe(false);
    expect(answer.notOnDate).toEqual({ asked: 'yesterday', shown: 'latest' });
    expect(answer.closest.every((p) => p.dated !== undefined)).toBe(true);
    expect(quotes(answer.closest)).toContain(
      'Police divers searched the harbour yesterday after a boat sank at its mooring.',
    );
  });
});

describe('a quote whose date is a thing it names, not its act', () => {
  it('is no answer to what happened then', () => {
    const answer = engine.ask('What happened in June 2024?', { limit: 10 });
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.quote).join(' | ')).not.toMatch(/rejected last month/);
  });

  it('the timeline lists it under that date, saying whose date it is', () => {
    const page = engine.timeline({ keyword: 'pay deal' });
    expect(page.events.map((e) => [e.date, e.quotes[0]?.dates])).toEqual([
      ['2024-06', "last month's pay deal"],
    ]);
  });
});
