/**
 * Answerable questions the abstention gates refused although the passage ranked first answers
 * them (issue #8 item 6), each by the principle its gate stands for: a collective noun counted
 * by its members (src/search/collective-noun.ts), a relative date anchored to another
 * (src/search/anchored-date.ts), a stranded preposition after a "when was X VERBed" question
 * (src/search/abstain-asked-time.ts), and a speaker's words on a topic, asked by "what"
 * (src/search/abstain-said-about.ts). A tiny invented corpus on a ferry company.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { holdsAnchoredDate } from '../../src/search/anchored-date.js';
import { collectiveOfPersons } from '../../src/search/collective-noun.js';
import { asksWordsAbout } from '../../src/search/abstain-said-about.js';
import { asksSum } from '../../src/search/abstain-asked-sum.js';
import { askedPassive } from '../../src/search/abstain-asked-time.js';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const DEPOT: SearchFixtureArticle = {
  id: 'depot',
  title: 'Kelsby ferry firm opens new depot',
  outlet: 'Kelsby Courier',
  published: '2026-03-04',
  paragraphs: [
    ['Tarrow Ferries employs 240 people at its depot in Kelsby.'],
    ['The harbour board suspended the ferry operator’s licence after a collision in the harbour.'],
    ['The board restored the operator’s licence on the same day.'],
  ],
};

const SAILING: SearchFixtureArticle = {
  id: 'sailing',
  title: 'First Kelsby sailing put back',
  outlet: 'Kelsby Courier',
  published: '2026-05-20',
  paragraphs: [
    ['Tarrow Ferries said the first sailing to Orrin would now leave in the summer of 2027.'],
    ['"Every cancelled crossing costs our shops and our cafes," Ms Ilsa Penhale said.'],
    ['Ms Penhale runs the tearoom beside the slipway.'],
  ],
};

describe('the rules read', () => {
  it('takes a collective noun of persons, not a regular plural, as counted by its members', () => {
    expect(collectiveOfPersons('staff')).toBe(true);
    expect(collectiveOfPersons('crew')).toBe(true);
    expect(collectiveOfPersons('teams')).toBe(false);
    expect(collectiveOfPersons('boats')).toBe(false);
  });

  it('reads relative dates anchored to another time', () => {
    expect(holdsAnchoredDate('It was restored on the same day.')).toBe(true);
    expect(holdsAnchoredDate('The ferry sailed two days later.')).toBe(true);
    expect(holdsAnchoredDate('The appeal was heard eleven days later.')).toBe(true);
    expect(holdsAnchoredDate('The following week the harbour reopened.')).toBe(true);
    expect(holdsAnchoredDate('The day was windy.')).toBe(false);
    expect(holdsAnchoredDate('The licence was restored.')).toBe(false);
  });

  it('reads no act\'s date asked when a preposition ends "when was X VERBed"', () => {
    expect(askedPassive('when was the first sailing put back to?')).toBeNull();
    expect(askedPassive('when was the first sailing put back?')?.act).toBe('put');
  });

  it('reads "what did X say about …" as asking words, "how much did X say" as asking a sum', () => {
    const about = 'what did Penhale say about delays costing the town?';
    expect(asksWordsAbout(about)).toBe(true);
    expect(asksSum(about, answerTypeOf(about))).toBe(false);
    const sum = 'how much did Penhale say the delays cost?';
    expect(asksWordsAbout(sum)).toBe(false);
  });
});

describe('answerable questions answered', () => {
  const engine = () => engineOver(DEPOT, SAILING).engine;
  beforeAll(() => void engine(), 120_000);

  it('answers a count of a collective noun by a count of people with the asked act', () => {
    const reply = engine().ask('how many staff does Tarrow Ferries employ');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('240 people');
  });

  it('answers "when" by a date anchored to another', () => {
    const reply = engine().ask('when was the licence restored?');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('on the same day');
  });

  it('answers "when was X put back to" by the time it was put back to', () => {
    const reply = engine().ask('when was the first sailing put back to?');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('summer of 2027');
  });

  it('answers "what did X say about" a topic with a money verb by the quotation', () => {
    const reply = engine().ask('what did Penhale say about crossings costing the shops?');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('Every cancelled crossing');
  });
});
