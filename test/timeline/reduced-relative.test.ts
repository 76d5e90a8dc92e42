/**
 * A date inside a reduced relative clause ("the rota agreement reached with the port operator last
 * month") dates the noun's act, not the main clause's: the quote is listed under it saying whose
 * date it is (`dates`), as for "last month's pay deal". Near misses, where the date is the
 * clause's own: a past verb with an object ("said the operator reached a deal last month"), a
 * participle that is the clause's main verb ("The operator reached the agreement last month").
 * Invented ferry-crew sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

// Friday 12 June 2026: last month is May.
const entriesOf = (sentence: string) =>
  buildTimeline(articleOf('2026-06-12', sentence)).map((e) => [e.date, e.quotes[0]?.dates ?? null]);

describe('a date in a reduced relative clause', () => {
  it.each([
    [
      'The ferry crews have voted to accept the rota agreement reached with the operator last month, ending the dispute.',
      'the rota agreement reached with the operator last month',
    ],
    ['The ferry crews backed the pay deal agreed in May.', 'the pay deal agreed in May'],
    [
      'The ferry crews voted on the offer made by the operator in May.',
      'the offer made by the operator in May',
    ],
  ])('dates the noun\'s act: "%s"', (sentence, dates) => {
    expect(entriesOf(sentence)).toEqual([['2026-05', dates]]);
  });

  it.each([
    'The ferry crews said the operator reached a deal last month.',
    'The operator reached the rota agreement with the ferry crews last month.',
    'The ferry crews accepted the rota agreement last month.',
    // No verb before "of the old ferry ramp": the phrase is the subject's, "collapsed" its verb.
    'Part of the old ferry wall collapsed in May, closing the slipway.',
  ])('leaves a date of the clause\'s own act as it is: "%s"', (sentence) => {
    expect(entriesOf(sentence)).toEqual([['2026-05', null]]);
  });
});

describe('a noun and participle after a verb of saying or thinking', () => {
  it.each([
    [
      'Engineers believe the ferry wall damaged in May will have to be rebuilt.',
      'the ferry wall damaged in May',
    ],
    [
      'Engineers said the ferry wall damaged in May would be rebuilt.',
      'the ferry wall damaged in May',
    ],
    ['The crews think the ramp closed in May is unsafe.', 'the ramp closed in May'],
  ])('is a relative when a verb of its own follows the date: "%s"', (sentence, dates) => {
    expect(entriesOf(sentence)).toEqual([['2026-05', dates]]);
  });

  it.each([
    'Engineers believe the ferry wall collapsed in May.',
    'The crews think the ramp closed in May, the operator said.',
    'Engineers suspect the ferry wall cracked in May and the ramp moved in April.',
  ])('is the clause said or thought, its participle the verb: "%s"', (sentence) => {
    expect(entriesOf(sentence).find(([date]) => date === '2026-05')).toEqual(['2026-05', null]);
  });
});
