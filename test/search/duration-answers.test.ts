/**
 * "How long" asks for a length of time: "for 72 hours" and "after 15 hours of talks" give one;
 * "for a second day" counts which day it is (an ordinal, not the unit "second"); and the verb
 * "last" (or "go on", or "take") of "how long did the talks last" says only what "how long"
 * asks, so a passage need not write it (search/plan/answer-type.ts). Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const duration = { name: 'duration' } as const;

const STRIKES: SearchFixtureArticle = {
  id: 'strikes',
  title: 'Bus drivers call second strike',
  outlet: 'Vale Courier',
  published: '2026-06-19',
  paragraphs: [
    [
      "Commuters were stranded last night after the drivers' strike shut the network for a second day.",
    ],
    ['The union said yesterday that its members would walk out for 72 hours from 1 July.'],
    ['Passengers can claim a refund for tickets bought during the strike.'],
  ],
};

const TALKS: SearchFixtureArticle = {
  id: 'talks',
  title: 'Dockers end overtime ban',
  outlet: 'Port Gazette',
  published: '2026-05-15',
  paragraphs: [
    [
      'Dockers called off their overtime ban on Thursday after 15 hours of talks with the employer.',
    ],
    ['The minister had urged both sides to return to talks last week.'],
  ],
};

let strikes: Engine;
let talks: Engine;
beforeAll(() => {
  strikes = engineOver(STRIKES).engine;
  talks = engineOver(TALKS).engine;
}, 60_000);

describe('a length of time', () => {
  it('is not an ordinal before a unit, and is a count of units spent on something', () => {
    expect(answerTypeScore('The strike shut the network for a second day.', duration)).toBe(0);
    expect(answerTypeScore('Prices rose for the third year running.', duration)).toBe(0);
    expect(answerTypeScore('He paused for a second.', duration)).toBe(1);
    expect(answerTypeScore('They will walk out for 72 hours.', duration)).toBe(1);
    expect(answerTypeScore('The ban ended after 15 hours of talks.', duration)).toBe(1);
    expect(answerTypeScore('It took two years of negotiations.', duration)).toBe(1);
  });

  it('is a count of units as a compound adjective, or what a verb of taking time takes', () => {
    expect(answerTypeScore('The council chose the firm after a six-week tender.', duration)).toBe(
      1,
    );
    expect(answerTypeScore('A 90-minute meeting was held.', duration)).toBe(1);
    expect(answerTypeScore('The full closure took 38 minutes.', duration)).toBe(1);
    expect(answerTypeScore('The talks lasted about three hours.', duration)).toBe(1);
    expect(answerTypeScore('The crew spent two days at sea.', duration)).toBe(1);
    // An age is not a length of time, nor is taking effect.
    expect(answerTypeScore('The 65-year-old has led the party.', duration)).toBe(0);
    expect(answerTypeScore('The ban took effect on Monday.', duration)).toBe(0);
  });

  it('is a count of units placing one event from another, or a fortnight', () => {
    // TimeML reads "four days" of "four days after …" as a DURATION, "after" its signal: the
    // interval between the two events ("ago" counts back from now, a date: "how long ago").
    expect(
      answerTypeScore('They were brought out on Friday, four days after the water rose.', duration),
    ).toBe(1);
    expect(answerTypeScore('A day later, the pumps were switched off.', duration)).toBe(1);
    expect(answerTypeScore('Two hours before the vote, the doors were shut.', duration)).toBe(1);
    expect(answerTypeScore('They met two days ago.', duration)).toBe(0);
    expect(answerTypeScore('He left on the second day after the vote.', duration)).toBe(0);
    // A fortnight is a unit of time as a week is.
    expect(answerTypeScore('The road will be shut for a fortnight.', duration)).toBe(1);
    expect(answerTypeScore('The repairs took a fortnight.', duration)).toBe(1);
  });

  it('answers "how long" with a compound adjective of time over the same words without one', () => {
    const { engine } = engineOver({
      id: 'tender',
      title: 'Firm chosen for flood wall',
      published: '2026-02-11',
      paragraphs: [
        ['The tender process for the flood wall drew four bids from firms across the region.'],
        ['The council chose Bellhaven after a six-week tender process.'],
      ],
    });
    expect(engine.ask('how long was the tender process?').passages[0]?.quote).toContain('six-week');
  });

  it('frames "last" and "go on" in a "how long" question, not the adjective "last"', () => {
    const framed = (question: string) =>
      (answerTypeOf(question)?.framing ?? []).map((at) => question.slice(at).split(' ')[0]);
    expect(framed('how long did the talks last')).toEqual(['last']);
    expect(framed('how long did the talks go on for')).toEqual(['go']);
    expect(framed('how long did the last strike run')).toEqual([]);
    expect(framed('how long did the closure last week hold')).toEqual([]);
  });

  it('frames "take" as the taking of time, not in an idiom of its own', () => {
    const framed = (question: string) =>
      (answerTypeOf(question)?.framing ?? []).map((at) => question.slice(at).split(' ')[0]);
    expect(framed('how long did the repairs take?')).toEqual(['take?']);
    expect(framed('how long will it take the council to decide')).toEqual(['take']);
    expect(framed('how long did she take over the firm')).toEqual([]);
    expect(framed('how long did the festival take place')).toEqual([]);
  });

  it('answers "how long did it take" with a span after "over", the verb unwritten', () => {
    expect(answerTypeScore('The ship was cleaned over nine days.', duration)).toBe(1);
    expect(answerTypeScore('It was repainted over the past 3 weeks.', duration)).toBe(1);
    // "Over" a thing, or an ordinal day, is no span.
    expect(answerTypeScore('The ship sailed over the reef at dawn.', duration)).toBe(0);
    expect(answerTypeScore('Queues formed over a second day.', duration)).toBe(0);
    const { engine } = engineOver({
      id: 'ferry',
      title: 'Ferry to sail again',
      published: '2026-05-15',
      paragraphs: [
        ['The ferry will now undergo a deep clean of every cabin, the operator said on Monday.'],
        ['The Morning Tide is due to sail again tomorrow after being cleaned over nine days.'],
      ],
    });
    const answer = engine.ask('how long did the cleaning take');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('over nine days');
  });

  it('answers "how long" with the passage giving one', () => {
    expect(
      strikes.ask('how long was the second strike supposed to last').passages[0]?.quote,
    ).toContain('for 72 hours');
    expect(talks.ask('how long did the talks last').passages[0]?.quote).toContain(
      '15 hours of talks',
    );
  });
});

describe('a state told by its end', () => {
  it('is "until" a day, a month or a year, as "since" a month or a year tells its start', () => {
    const closed = 'The pool will stay closed until at least Friday while engineers inspect it.';
    expect(answerTypeScore(closed, duration)).toBe(1);
    expect(answerTypeScore('The road is shut until next week.', duration)).toBe(1);
    expect(answerTypeScore('The exhibition runs until 2027.', duration)).toBe(1);
    // "Since" an event gives no length, nor a date to count one from.
    expect(answerTypeScore('The pool has been closed since the flood.', duration)).toBe(0);
    expect(answerTypeScore('Nobody knows how long it will stay shut.', duration)).toBe(0);
  });

  it('answers "how long" over a passage giving only what the state followed', () => {
    const { engine } = engineOver({
      id: 'pool',
      title: 'Town pool shut after flood',
      published: '2026-03-09',
      paragraphs: [
        ['The pool, which has 20,000 swimmers a year, has been closed since the flood.'],
        ['The pool will stay closed until at least Friday while engineers inspect it.'],
      ],
    });
    expect(engine.ask('how long is the pool closed for').passages[0]?.quote).toContain(
      'until at least Friday',
    );
  });
});

describe('a span of time read where the words state one', () => {
  it('reads no unit in "a second" or "a minute" going on to a noun: the ordinal, the adjective', () => {
    for (const text of [
      'The inspectors took a second look at the bridge.',
      'The council will vote for a second time.',
      'The panel met for a second session.',
      'The survey found a minute crack in the pier.',
    ])
      expect(answerTypeScore(text, duration)).toBe(0);
    for (const text of [
      'The check took a second.',
      'It took a second to answer.',
      'The lights went out for a minute or two.',
    ])
      expect(answerTypeScore(text, duration)).toBe(1);
  });

  it('reads no span in an age, and a span from now in "in two hours\' time"', () => {
    expect(answerTypeScore('The driver, about 40 years old, was unhurt.', duration)).toBe(0);
    expect(answerTypeScore('The driver was 40 years of age.', duration)).toBe(0);
    expect(answerTypeScore('The driver worked there for 40 years.', duration)).toBe(1);
    expect(answerTypeScore("The crane will be lifted in two hours' time.", duration)).toBe(1);
  });
});
