/**
 * A planned entry shows, quoted and attributed, a later article's report that the same planned
 * event was called off, postponed or put on hold: same event noun (or a WordNet synonym), same
 * date by the date rules, an article published later than every source of the plan. Nothing is
 * linked otherwise. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { droppedPlanAct } from '../../src/timeline/dropped-plan.js';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/types/timeline.js';
import { corpusOf, one, type FixtureArticle } from './fixtures.js';

/** The plan: published Monday 2026-10-26, four strike days named. */
const PLAN = one(
  'plan',
  '2026-10-26',
  'The union has named four strike days: 3 November, 4 November, 12 November and 20 November.',
);

/** An invented article of one sentence with no publication date. */
const undated = (id: string, sentence: string): FixtureArticle => ({
  id,
  published: null,
  paragraphs: [[sentence]],
});

/** The entries of the articles that carry outcomes, as "date: outcome ← id: quote". */
function outcomes(...articles: FixtureArticle[]): string[] {
  return buildTimeline(corpusOf(...articles)).flatMap((e: TimelineEvent) =>
    (e.outcomes ?? []).map(
      (o) =>
        `${e.date}${e.future ? ' future' : ''}: ${o.outcome} ← ${o.quote.source.id}: ${o.quote.quote}`,
    ),
  );
}

describe('a later report that a planned event was called off', () => {
  it('is shown on the planned entry of that day only, verbatim with its source', () => {
    expect(
      outcomes(
        PLAN,
        one(
          'later',
          '2026-11-18',
          'The 20 November strike was called off by the union on Tuesday.',
        ),
      ),
    ).toEqual([
      '2026-11-20 future: called off ← later: The 20 November strike was called off by the union on Tuesday.',
    ]);
  });

  it.each([
    ['The strike planned for 20 November has been called off.', 'called off'],
    ['The union has cancelled the walkout planned for 20 November.', 'called off'],
    ['The strike on 20 November has been put on hold while talks continue.', 'put on hold'],
    ['The 20 November strike has been postponed to 4 December.', 'postponed'],
    ['The strike, planned for 20 November, has been postponed to 4 December.', 'postponed'],
  ])('"%s" is linked as %s', (sentence, outcome) => {
    const found = outcomes(PLAN, one('later', '2026-11-10', sentence));
    expect(found).toEqual([`2026-11-20 future: ${outcome} ← later: ${sentence}`]);
  });

  it("shows a postponement's new date only as quoted: no claim of its own", () => {
    const events = buildTimeline(
      corpusOf(
        PLAN,
        one('later', '2026-11-10', 'The 20 November strike has been postponed to 4 December.'),
      ),
    );
    const planned = events.find((e) => e.date === '2026-11-20');
    expect(planned?.outcomes?.map((o) => o.outcome)).toEqual(['postponed']);
    // The new date is an entry of the report's own words, expected; the plan's stays expected.
    expect(planned?.future).toBe(true);
    expect(events.find((e) => e.date === '2026-12-04')?.outcomes).toBeUndefined();
  });
});

describe('a plan of a month', () => {
  it('takes a later report of the plan for that month', () => {
    const plan = one('plan', '2026-10-26', 'Drivers plan a strike in December over pay.');
    const report = 'The strike planned for December has been put off until the new year.';
    expect(outcomes(plan, one('later', '2026-11-10', report))).toEqual([
      `2026-12 future: postponed ← later: ${report}`,
    ]);
  });
});

describe('the same event under a second name', () => {
  it('links a strike called off to the walkout planned that day (a walkout is a kind of strike)', () => {
    const plan = one('plan', '2026-10-26', 'Drivers will stage a walkout on 20 November.');
    const report = 'The strike planned for 20 November has been called off.';
    expect(outcomes(plan, one('later', '2026-11-10', report))).toEqual([
      `2026-11-20 future: called off ← later: ${report}`,
    ]);
  });
});

describe('no link when it is not certain', () => {
  it.each([
    // Another event's noun: a postmodifier's noun or a possessor is not the planned event.
    ['The march by the union planned for 20 November has been cancelled.'],
    ["The union's 20 November strike has been called off."],
  ])('"%s" is no outcome of a ballot planned that day', (report) => {
    const plan = one('plan', '2026-10-26', 'The union will hold a ballot on 20 November.');
    expect(outcomes(plan, one('later', '2026-11-10', report))).toEqual([]);
  });

  it('a plan restated after the report takes no outcome in its entry', () => {
    const events = buildTimeline(
      corpusOf(
        PLAN,
        one('later', '2026-11-10', 'The 20 November strike has been called off.'),
        one('again', '2026-11-12', 'The union said its strike on 20 November will now go ahead.'),
      ),
    );
    for (const e of events)
      if (e.quotes.some((q) => q.source.id === 'again')) expect(e.outcomes).toBeUndefined();
  });

  it.each([
    [
      'a different date',
      one('later', '2026-11-18', 'The 12 December strike was called off by the union on Tuesday.'),
    ],
    [
      'a different event',
      one(
        'later',
        '2026-11-18',
        'The 20 November meeting was called off by the council on Tuesday.',
      ),
    ],
    [
      'an earlier article',
      one('later', '2026-10-20', 'The 20 November strike has been called off.'),
    ],
    [
      'an article of the same day',
      one('later', '2026-10-26', 'The 20 November strike has been called off.'),
    ],
    ['an undated article', undated('later', 'The 20 November 2026 strike has been called off.')],
  ])('%s', (_, report) => {
    expect(outcomes(PLAN, report)).toEqual([]);
  });

  it('an undated plan takes no outcome', () => {
    const plan = undated('plan', 'The union will strike on 20 November 2026.');
    expect(
      outcomes(
        plan,
        one(
          'later',
          '2026-11-18',
          'The 20 November strike was called off by the union on Tuesday.',
        ),
      ),
    ).toEqual([]);
  });

  it("a calling off told without the plan's date links nothing", () => {
    expect(
      outcomes(PLAN, one('later', '2026-11-18', 'The union called off the strike on Tuesday.')),
    ).toEqual([]);
  });
});

describe('a plan named again by a general noun of a plan', () => {
  /** The plan: a shuttle-bus service, published 12 October 2026, starting next month. */
  const SHUTTLE = one(
    'plan',
    '2026-10-12',
    'A shuttle-bus service from the station, with 12 buses, is planned to start next month.',
  );

  it.each([
    'The shuttle-bus scheme that the council had planned for November has been scrapped.',
    'The shuttle-bus scheme the council had planned for November has been scrapped.',
    'The shuttle-bus plan which had been planned for November has been scrapped.',
  ])('links "%s": the same classifier, the head a general noun', (report) => {
    expect(outcomes(SHUTTLE, one('later', '2026-11-20', report))).toEqual([
      `2026-11 future: called off ← later: ${report}`,
    ]);
  });

  it.each([
    // The head alone: any plan could be "the scheme".
    ['The scheme that the council had planned for November has been scrapped.'],
    // Another classifier: another plan.
    ['The cycle-hire scheme that the council had planned for November has been scrapped.'],
  ])('does not link "%s"', (report) => {
    expect(outcomes(SHUTTLE, one('later', '2026-11-20', report))).toEqual([]);
  });
});

describe('a later report that plans named by their act were given up', () => {
  /** The plan: published 2026-03-10, an extension for next autumn (autumn 2026). */
  const EXTENSION = one(
    'plan',
    '2026-03-10',
    'The Riverside tram line will be extended to Ashworth and Kelbrook next autumn, the transport board said.',
  );

  it.each([
    'The transport board has scrapped plans to extend the line to Ashworth and Kelbrook.',
    'The transport board has abandoned its plans to extend the scheme to Ashworth and Kelbrook, it said yesterday.',
    'Plans to extend the tram line to Ashworth and Kelbrook have been shelved.',
  ])('"%s" is linked to the planned extension', (sentence) => {
    expect(outcomes(EXTENSION, one('later', '2026-07-02', sentence))).toEqual([
      `2026-09 future: called off ← later: ${sentence}`,
    ]);
  });

  it('is put on hold when the plans were suspended', () => {
    const sentence =
      'The transport board has suspended plans to extend the line to Ashworth and Kelbrook.';
    expect(outcomes(EXTENSION, one('later', '2026-07-02', sentence))).toEqual([
      `2026-09 future: put on hold ← later: ${sentence}`,
    ]);
  });

  it.each([
    // Another place: another act.
    'The transport board has scrapped plans to extend the line to Ashworth and Dunmere.',
    // Another verb on the same places.
    'The transport board has scrapped plans to close the line to Ashworth and Kelbrook.',
    // No distinctive argument: any plan of the board could be meant.
    'The transport board has scrapped plans to extend the scheme.',
    // Common nouns only, no name: any extension of a line could be meant.
    'The transport board has scrapped plans to extend the tram line.',
    // Not a plan given up.
    'The transport board has published plans to extend the line to Ashworth and Kelbrook.',
  ])('"%s" is not linked', (sentence) => {
    expect(outcomes(EXTENSION, one('later', '2026-07-02', sentence))).toEqual([]);
  });

  it.each([
    // Negated: no giving up is asserted.
    'The transport board has not scrapped plans to extend the line to Ashworth and Kelbrook.',
    // Under a modal: a giving up possible or ahead.
    'The transport board could scrap plans to extend the line to Ashworth and Kelbrook.',
    // The complement of a verb of denying, threatening or considering, or of "against".
    'The transport board denied it would abandon plans to extend the line to Ashworth and Kelbrook.',
    'The transport board threatened to scrap plans to extend the line to Ashworth and Kelbrook.',
    'The transport board is considering scrapping plans to extend the line to Ashworth and Kelbrook.',
    'Councillors voted against scrapping plans to extend the line to Ashworth and Kelbrook.',
    'Plans to extend the tram line to Ashworth and Kelbrook will not be shelved.',
    // A verb and "to" whose infinitive lies ahead (tense-markers.ts `markerAt`).
    'The transport board hopes to scrap plans to extend the line to Ashworth and Kelbrook.',
    'The transport board is expected to scrap plans to extend the line to Ashworth and Kelbrook.',
  ])('"%s" (negated or irrealis) is not linked', (sentence) => {
    expect(outcomes(EXTENSION, one('later', '2026-07-02', sentence))).toEqual([]);
  });

  it('is read from the acts given when a build read them already (on its build thread)', () => {
    const sentence =
      'The transport board has scrapped plans to extend the line to Ashworth and Kelbrook.';
    const corpus = corpusOf(EXTENSION, one('later', '2026-07-02', sentence));
    // Each article's acts by sentence start, read beforehand as the build thread reads them.
    const read = corpus.articles.map((article) => {
      const acts = new Map<number, NonNullable<ReturnType<typeof droppedPlanAct>>>();
      for (const s of corpus.sentences.filter(
        (s) => s.article === corpus.articles.indexOf(article),
      )) {
        const act = droppedPlanAct(article.text.slice(s.start, s.end));
        if (act !== null) acts.set(s.start, act);
      }
      return acts;
    });
    const shown = (events: TimelineEvent[]) => events.flatMap((e) => e.outcomes ?? []);
    expect(shown(buildTimeline(corpus, undefined, (a) => read[a]!))).toEqual(
      shown(buildTimeline(corpus)),
    );
    expect(shown(buildTimeline(corpus)).length).toBe(1);
    // Given as none, none is read again here.
    expect(shown(buildTimeline(corpus, undefined, () => new Map()))).toEqual([]);
  });

  it('is not linked from an article published before the plan, nor after its time has passed', () => {
    const sentence =
      'The transport board has scrapped plans to extend the line to Ashworth and Kelbrook.';
    expect(outcomes(EXTENSION, one('earlier', '2026-02-01', sentence))).toEqual([]);
    expect(outcomes(EXTENSION, one('late', '2027-01-15', sentence))).toEqual([]);
    expect(outcomes(EXTENSION, undated('undated', sentence))).toEqual([]);
  });
});
