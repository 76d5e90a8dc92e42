/**
 * No passage shown ("No passage in the coverage uses the words this question asks about") only when no
 * content word, no named source and no named day or month of the question is found in it
 * (src/engine/about-fallback.ts). The
 * events are written with weekdays ("on Tuesday"), which only the timeline dates: the search
 * alone finds no word of "4 June 2024" in them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  datedQuotes,
  datedTo,
  idNamed,
  idTermsOf,
  namingIds,
  namedDate,
} from '../../src/engine/about-fallback.js';
import { asksWhatHappened } from '../../src/engine/date-question.js';
import type { Answer, Engine, Quote, TimelineEvent } from '../../src/engine/types.js';
import { OUTLET_ARTICLES, plainCorpusEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...OUTLET_ARTICLES,
    'letter.txt':
      'I have crossed on the ferry every week for thirty years.\n\nThe crew deserve our thanks.\n\nThe council should publish the ferry survey in full.',
  }));
}, 60_000);
afterAll(() => cleanup());

const idOf = (file: string) => engine.sources().find((s) => s.file === file)!.id;
const shown = (answer: Answer) => [...answer.passages, ...answer.closest];

describe('a question naming a day or month', () => {
  it('"what happened on <day>" is answered by the events the timeline dates to that day', () => {
    for (const question of ['what happened on 4 June 2024?', 'What happened on June 4?']) {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.passages[0]!.quote).toMatch(/old mill on Tuesday/);
      const sources = [answer.passages[0]!, ...answer.passages[0]!.alsoReportedBy].map(
        (p) => p.source.id,
      );
      expect(sources.sort()).toEqual([idOf('fire-post.md'), idOf('fire-wire.md')].sort());
    }
    // A Discord timestamp of that day (00:00 UTC) asks the same.
    const stamped = engine.ask('what happened on <t:1717459200:D>?');
    expect(stamped.answered).toBe(true);
    expect(stamped.passages.map((p) => p.quote)).toEqual(
      engine.ask('what happened on 4 June 2024?').passages.map((p) => p.quote),
    );
    const month = engine.ask('what happened in June 2024?');
    expect(month.passages.map((p) => p.quote).join(' ')).toMatch(/approved its budget/);
  });

  it('is never "nothing" when the timeline dates an event to it, within the source chosen', () => {
    const answer = engine.ask('Who was blamed on 28 June 2024?');
    expect(shown(answer).length).toBeGreaterThan(0);
    const wire = engine.ask('what happened on 4 June 2024?', { source: idOf('fire-wire.md') });
    expect(shown(wire).map((p) => p.source.id)).toEqual([idOf('fire-wire.md')]);
  });

  it('with no event, source or word of it in the coverage, shows the nearest dated events', () => {
    // Not "nothing": the timeline's events nearest the day are what the coverage has about it,
    // each marked with its own date (date-question.ts).
    const answer = engine.ask('what happened on 5 August 2024?');
    expect(answer.answered).toBe(false);
    expect(answer.notOnDate).toEqual({ asked: '2024-08-05', shown: 'nearest' });
    expect(answer.closest.length).toBeGreaterThan(0);
    for (const passage of answer.closest) expect(passage.dated?.date).not.toMatch(/^2024-08/);
  });
});

describe('a question naming a source and nothing else', () => {
  it("is answered by that outlet's leading passages", () => {
    const answer = engine.ask('What did Gull Radio report?');
    const radio = [idOf('radio-1.md'), idOf('radio-2.md')];
    expect(answer.answered).toBe(true);
    expect(answer.closest).toEqual([]);
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const passage of answer.passages) expect(radio).toContain(passage.source.id);
  });

  it('with the source chosen by the asker', () => {
    const radio = [idOf('radio-1.md'), idOf('radio-2.md')];
    const answer = engine.ask('what happened', { sources: radio });
    expect(shown(answer).length).toBeGreaterThan(0);
    for (const passage of shown(answer)) expect(radio).toContain(passage.source.id);
  });

  it('by a word of its id when it has no title', () => {
    const answer = engine.ask('when was the letter published?');
    const about = [
      ...shown(answer).map((p) => p.source.id),
      ...(answer.notStated ?? []).map((n) => n.source.id),
    ];
    expect(about).toContain(idOf('letter.txt'));
  });

  it("asked only when it was published or who wrote it: its page's answer, never a story passage", () => {
    // The letter's own "should publish" sentence shares the question's words, not its sense.
    for (const [question, asks] of [
      ['when was the letter published?', 'date'],
      ['Who wrote the letter?', 'author'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(false);
      expect(shown(answer)).toEqual([]);
      expect(answer.notStated?.map((n) => [n.source.id, n.asks])).toEqual([
        [idOf('letter.txt'), asks],
      ]);
    }
    // Asked about more than its page, the id word is what the story's passages are searched for.
    expect(engine.ask('who wrote the letter about the crew?').notStated).toBeUndefined();
  });
});

it('claims "nothing" for a question none of whose words the coverage has', () => {
  const answer = engine.ask('zxqv plorbic?');
  expect(answer.answered).toBe(false);
  expect(shown(answer)).toEqual([]);
});

describe('the parts', () => {
  it('reads a named day or month, not a year alone, a season or a date counted from another', () => {
    expect(namedDate('what happened on 8 March 2026?')).toMatchObject({
      year: 2026,
      month: 3,
      day: 8,
    });
    expect(namedDate('what happened on March 13?')).toMatchObject({ month: 3, day: 13 });
    expect(namedDate('what happened on March 13?')?.year).toBeUndefined();
    expect(namedDate('what happened in 2026?')).toBeNull();
    expect(namedDate('what happened last March?')).toBeNull();
  });

  it('takes a weekday restating the day as part of the date: the question asks nothing else', () => {
    for (const question of [
      'what happened on Tuesday 3 March 2026?',
      'what happened on tuesday, 3 March 2026',
    ]) {
      expect(namedDate(question)).toMatchObject({ year: 2026, month: 3, day: 3, start: 17 });
      expect(asksWhatHappened(question, namedDate(question)!)).toBe(true);
    }
    expect(
      asksWhatHappened(
        'what happened at the pier 3 March 2026',
        namedDate('what happened at the pier 3 March 2026')!,
      ),
    ).toBe(false);
  });

  it('dates an event to a day, a month or a range holding it; a stated year must match', () => {
    const event = (date: string, precision: TimelineEvent['precision'], end?: string) =>
      ({
        date,
        precision,
        end,
        yearStated: !date.startsWith('--'),
        future: false,
        quotes: [],
      }) as TimelineEvent;
    const day = { year: 2026, month: 3, day: 8, start: 0, end: 0 };
    expect(datedTo(event('2026-03-08', 'day'), day)).toBe(true);
    expect(datedTo(event('2025-03-08', 'day'), day)).toBe(false);
    expect(datedTo(event('2026-03', 'month'), day)).toBe(false);
    expect(datedTo(event('2026-03-06', 'day', '2026-03-09'), day)).toBe(true);
    expect(datedTo(event('--03-08', 'day'), day)).toBe(false);
    expect(datedTo(event('--03-08', 'day'), { month: 3, day: 8, start: 0, end: 0 })).toBe(true);
    const month = { year: 2026, month: 3, start: 0, end: 0 };
    expect(datedTo(event('2026-03-08', 'day'), month)).toBe(true);
    expect(datedTo(event('2026-03', 'month'), month)).toBe(true);
    expect(datedTo(event('2026', 'year'), month)).toBe(false);
  });

  it('puts a quote under another\'s "also reported by" only when it is the same fact', () => {
    const quote = (id: string, text: string, published = '2026-03-04'): Quote => ({
      quote: text,
      source: { id, title: id, outlet: null, published, url: null, author: null },
      start: 0,
      end: text.length,
    });
    const slide = {
      date: '2026-03-03',
      precision: 'day',
      yearStated: true,
      future: false,
      quotes: [
        quote('echo', 'About 12,000 tonnes of rock slid onto the pass road on Tuesday.'),
        quote('radio', 'Around 15,000 tonnes of rock slid onto the pass road on Tuesday.'),
        quote('wire', 'Some 12,000 tonnes of rock slid onto the pass road on Tuesday.'),
        quote('post', 'A landslide blocked the pass road on Tuesday.'),
      ],
    } as TimelineEvent;
    const day = { year: 2026, month: 3, day: 3, start: 0, end: 0 };
    const shown = datedQuotes([slide], day, 5).map((p) => [
      p.quote.source.id,
      p.also.map((q) => q.source.id),
    ]);
    // The 15,000 tonnes are a passage of their own, and so is the report with no amount (a
    // count on one side only is not confirmed by the other): only the same fact stays under.
    expect(shown).toEqual([
      ['echo', ['wire']],
      ['radio', []],
      ['post', []],
    ]);
    // The passages asked for bound what is shown.
    expect(datedQuotes([slide], day, 1)).toHaveLength(1);
    // One arrest, two outcomes: the arrest names the man, the outcomes are two facts.
    const arrest = {
      ...slide,
      date: '2026-05-08',
      quotes: [
        quote('gazette', 'The man arrested on 8 May remained under investigation.', '2026-05-20'),
        quote('post', 'The man arrested on 8 May was released without charge.', '2026-06-12'),
      ],
    } as TimelineEvent;
    const may = { year: 2026, month: 5, day: 8, start: 0, end: 0 };
    expect(datedQuotes([arrest], may, 5).map((p) => p.also.length)).toEqual([0, 0]);
  });

  it('asks what happened only when nothing else is asked', () => {
    const question = 'What happened on 8 March 2026?';
    expect(asksWhatHappened(question, namedDate(question)!)).toBe(true);
    const other = 'What caused the fire on 8 March 2026?';
    expect(asksWhatHappened(other, namedDate(other)!)).toBe(false);
  });

  it('names articles by the words of an id the article has no other name than, or was given', () => {
    const ids = namingIds([
      // A titled article's file name: no name it states, but for the kind of piece it says.
      { id: 'preliminary-report', file: 'preliminary-report.html', title: 'Cracks in weir' },
      { id: 'news_council-release', file: 'news/council-release.md', title: 'Bridge reopens' },
      { id: 'dup-1a2b3c4d', file: 'dup.txt', title: 'Dup' },
      // Untitled: its id is its only name.
      { id: 'misc_letter', file: 'misc/letter.txt', title: '' },
      // Given in articles.json.
      { id: 'mayor-interview', file: 'a/b/7.html', title: 'Mayor on the budget' },
    ]);
    expect(ids).toEqual(['', 'release', '', 'misc_letter', 'mayor-interview']);
  });

  it('names articles by id words that few articles carry', () => {
    const terms = idTermsOf(
      ['misc/letter', 'wire-fire', 'courier-fire', '004_8ad4ca1554fad83e'],
      0.3,
    );
    expect(idNamed('when was the letter published?', terms)).toEqual([0]);
    expect(idNamed('what about the fire?', terms)).toEqual([]); // "fire": half the articles
    expect(idNamed('what did the courier say?', terms)).toEqual([2]);
  });
});
