/**
 * A question only about a day or month ("what happened on 4 June 2024?"), or only about what a
 * named source reported then, is answered by the timeline's events of that date, never by
 * passages that merely share its words (src/engine/date-question.ts). A question naming only a
 * source is answered by the source's leading passages, never by passages its name finds.
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
    // Enough other articles that an outlet of two of them is a name, not most of the coverage.
    ...UNRELATED_ARTICLES,
    'quay-post.md': frontMatterArticle(
      'Quay wall collapses',
      'Bay Post',
      '2024-06-05',
      'Part of the old quay wall collapsed on 4 June, closing the harbour road.\n\nThe council had inspected the wall on 3 June and found no fault.',
    ),
    'quay-radio.md': frontMatterArticle(
      'Harbour road shut',
      'Gull Radio',
      '2024-06-05',
      'Gull Radio understands the harbour road will stay shut for a month.\n\nDivers searched the water beside the quay on 4 June.',
    ),
    'vote-post.md': frontMatterArticle(
      'Council to vote on repairs',
      'Bay Post',
      '2024-06-01',
      'The council will vote on the repair budget on 6 June.',
    ),
    'radio-later.md': frontMatterArticle(
      'Ferry timetable changes',
      'Gull Radio',
      '2024-06-12',
      'Ferries will leave from the north pier until the quay is rebuilt.',
    ),
    'pier-radio.md': frontMatterArticle(
      'North pier open',
      'Gull Radio',
      '2024-07-19',
      'The north pier reopened to ferries on Friday after a week of repairs.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

const quotes = (passages: readonly { quote: string }[]) => passages.map((p) => p.quote).join(' | ');
const idOf = (title: string) => engine.sources().find((s) => s.title === title)!.id;

describe('a question only about a date', () => {
  it("is answered by that day's events, not by passages sharing its month", () => {
    const answer = engine.ask('What happened on 4 June 2024?');
    expect(answer.answered).toBe(true);
    const shown = [...answer.passages, ...answer.passages.flatMap((p) => p.alsoReportedBy)];
    expect(quotes(shown)).toMatch(/quay wall collapsed on 4 June/);
    expect(quotes(shown)).toMatch(/Divers searched/);
    expect(quotes(shown)).not.toMatch(/inspected the wall on 3 June/);
  });

  it('lists the month for a month, leaving out what was only expected', () => {
    const answer = engine.ask('What happened in June 2024?', { limit: 5 });
    expect(answer.answered).toBe(true);
    expect(quotes(answer.passages)).toMatch(/inspected the wall on 3 June/);
    expect(quotes(answer.passages)).not.toMatch(/will vote/);
  });

  it('reads a month typed in lower case as the month, as its capitalised form', () => {
    for (const [lower, capitalised] of [
      ['what happened on 4 june 2024', 'What happened on 4 June 2024?'],
      ['what happened in june 2024', 'What happened in June 2024?'],
    ] as const) {
      const asked = engine.ask(lower, { limit: 5 });
      const reference = engine.ask(capitalised, { limit: 5 });
      expect(asked.answered).toBe(true);
      expect(quotes(asked.passages)).toBe(quotes(reference.passages));
    }
  });

  it('with nothing dated that day, shows the events of its month, each marked with its date', () => {
    const answer = engine.ask('What happened on 20 June 2024?');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.notOnDate).toEqual({ asked: '2024-06-20', shown: 'month' });
    expect(answer.closest.length).toBeGreaterThan(0);
    for (const passage of answer.closest) {
      expect(passage.dated?.date).toMatch(/^2024-06-0[34]$/);
      expect(passage.quote).toMatch(/on [34] June/);
    }
    // What was only expected is no event of the month that happened.
    expect(quotes(answer.closest)).not.toMatch(/will vote/);
  });

  it('the events of the month nearest the day asked come first, shown in date order', () => {
    const answer = engine.ask('What happened on 20 June 2024?', { limit: 1 });
    // 4 June is nearer the 20th than 3 June.
    expect(answer.closest.map((p) => p.dated?.date)).toEqual(['2024-06-04']);
    const all = engine.ask('What happened on 2 June 2024?', { limit: 5 });
    const dates = all.closest.map((p) => p.dated?.date);
    expect(dates[0]).toBe('2024-06-03');
    expect([...dates].sort()).toEqual(dates);
  });

  it('with nothing dated in the month either, shows the nearest dated events', () => {
    const answer = engine.ask('What happened in August 2024?', { limit: 1 });
    expect(answer.notOnDate).toEqual({ asked: '2024-08', shown: 'nearest' });
    expect(answer.closest.map((p) => [p.dated?.date, p.quote])).toEqual([
      ['2024-07-19', 'The north pier reopened to ferries on Friday after a week of repairs.'],
    ]);
    const day = engine.ask('What happened on 1 May 2024?', { limit: 2 });
    expect(day.notOnDate).toEqual({ asked: '2024-05-01', shown: 'nearest' });
    expect(day.closest.map((p) => p.dated?.date)).toEqual(['2024-06-03', '2024-06-04']);
  });

  it('a day without a year gets the events of its month in any year, none nearest', () => {
    const answer = engine.ask('What happened on June 20?');
    expect(answer.notOnDate).toEqual({ asked: '--06-20', shown: 'month' });
    for (const passage of answer.closest) expect(passage.dated?.date).toMatch(/^2024-06/);
    expect(engine.ask('What happened on August 20?').notOnDate).toBeUndefined();
  });

  it('a day no calendar has is said to be so, with the events of its month', () => {
    const answer = engine.ask('What happened on 31 June 2024?');
    expect(answer.notOnDate).toEqual({ asked: '2024-06-31', shown: 'month', noSuchDay: true });
    for (const passage of answer.closest) expect(passage.dated?.date).toMatch(/^2024-06/);
    // A day of the next month is measured from the month asked: 19 July is nearest.
    const september = engine.ask('What happened on 31 September 2024?', { limit: 1 });
    expect(september.notOnDate).toEqual({ asked: '2024-09-31', shown: 'nearest', noSuchDay: true });
    expect(september.closest.map((p) => p.dated?.date)).toEqual(['2024-07-19']);
    // 29 February is a real day of a leap year.
    expect(engine.ask('What happened on February 29?').notOnDate?.noSuchDay).toBeUndefined();
  });

  it("a date counted from the time of asking is no article's: the latest events, not an answer", () => {
    // "yesterday" in the question is the asker's; an article's "yesterday" is its own.
    for (const question of ['What happened yesterday?', 'what happened on Friday?']) {
      const answer = engine.ask(question, { limit: 1 });
      expect(answer.answered).toBe(false);
      expect(answer.notOnDate).toEqual({
        asked: question.includes('Friday') ? 'Friday' : 'yesterday',
        shown: 'latest',
      });
      expect(answer.closest.map((p) => p.dated?.date)).toEqual(['2024-07-19']);
    }
    // Anything else asked is the search's.
    expect(engine.ask('Who reopened the north pier on Friday?').notOnDate).toBeUndefined();
  });

  it.each(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'])(
    'reads a weekday typed in lowercase as the weekday: what happened on %s?',
    (weekday) => {
      const answer = engine.ask(`what happened on ${weekday}?`, { limit: 1 });
      expect(answer.answered).toBe(false);
      expect(answer.passages).toEqual([]);
      const asked = `${weekday[0]!.toUpperCase()}${weekday.slice(1)}`;
      expect(answer.notOnDate).toEqual({ asked, shown: 'latest' });
      expect(answer.closest.map((p) => p.dated?.date)).toEqual(['2024-07-19']);
    },
  );

  it('leaves a lowercase weekday that a word before it may name with to the search', () => {
    // "black friday" as "Black Friday": a name, not a day counted from the asking.
    expect(engine.ask('what happened on black friday?').notOnDate).toBeUndefined();
  });

  it('keeps to the articles the asker chose', () => {
    const id = idOf('Harbour road shut');
    const answer = engine.ask('What happened on 20 June 2024?', { source: id });
    expect(answer.notOnDate?.shown).toBe('month');
    expect(answer.closest.map((p) => p.source.id)).toEqual([id]);
  });

  it('is not answered by a plan alone: the plan is the closest passage', () => {
    const answer = engine.ask('What happened on 6 June 2024?');
    expect(answer.answered).toBe(false);
    expect(quotes(answer.closest)).toMatch(/will vote on the repair budget/);
    expect(answer.notOnDate).toBeUndefined();
  });
});

describe('a question about what a named source reported at a date', () => {
  it("is answered by that source's events of the day", () => {
    const answer = engine.ask('What did Gull Radio report on 4 June?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.source.id)).toEqual([idOf('Harbour road shut')]);
    expect(answer.passages[0]!.quote).toMatch(/Divers searched/);
  });

  it('is answered alike with or without the year, also on the day the source published', () => {
    // "19 July" is then also the source's publication date, words naming it, and the text says
    // only "on Friday": the date's words are all the question has besides the source's name.
    const [yearless, withYear] = ['What did Gull Radio report on 19 July?', '…on 19 July 2024?']
      .map((q) => q.replace('…', 'What did Gull Radio report '))
      .map((q) => engine.ask(q));
    for (const answer of [yearless!, withYear!]) {
      expect(answer.answered).toBe(true);
      expect(quotes(answer.passages)).toMatch(/north pier reopened to ferries on Friday/);
    }
    expect(quotes(yearless!.passages)).toBe(quotes(withYear!.passages));
  });

  it("is answered, when the source dates nothing there, by the lead of that day's article", () => {
    const answer = engine.ask('What did Gull Radio report on 12 June?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.source.id)).toEqual([idOf('Ferry timetable changes')]);
    expect(answer.passages[0]!.quote).toMatch(/^Ferries will leave from the north pier/);
  });

  it('shows, when the source published nothing that day either, its leads only as the closest', () => {
    const answer = engine.ask('What did Gull Radio report on 20 June?');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.closest.length).toBeGreaterThan(0);
    const radio = [
      idOf('Harbour road shut'),
      idOf('Ferry timetable changes'),
      idOf('North pier open'),
    ];
    for (const passage of answer.closest) expect(radio).toContain(passage.source.id);
  });
});

it("a question naming only a source is answered by its articles' leads, one each", () => {
  // The search finds "Gull Radio understands …" by the source's name; what answers is each
  // article's lead, whatever its words.
  const answer = engine.ask('What did Gull Radio report?');
  expect(answer.answered).toBe(true);
  expect(answer.closest).toEqual([]);
  expect(answer.passages.map((p) => p.quote).sort()).toEqual([
    'Ferries will leave from the north pier until the quay is rebuilt.',
    'Gull Radio understands the harbour road will stay shut for a month.',
    'The north pier reopened to ferries on Friday after a week of repairs.',
  ]);
});

it("a question about a subject its source's title names still asks about the subject", () => {
  // "harbour road" is in the title "Harbour road shut": what it is about, not only which it is.
  const answer = engine.ask('What did Gull Radio say about the harbour road?');
  expect(answer.answered).toBe(true);
  expect(answer.passages[0]!.quote).toMatch(/harbour road will stay shut/);
});
