/**
 * A date inside a reduced relative clause ("the rota agreement reached with the port operator last
 * month") dates the noun's act, not the main clause's: the quote is listed under it saying whose
 * date it is (`dates`), as for "last month's pay deal". Near misses, where the date is the
 * clause's own: a past verb with an object ("said the operator reached a deal last month"), a
 * participle that is the clause's main verb ("The operator reached the agreement last month").
 * Invented ferry-crew sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
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

describe('a reduced relative clause in the subject, a finite verb after it', () => {
  // Quirk et al. 1985, 17.29–17.30: "shut", "withdrawn" postmodify the subject's noun; the
  // finite verb after the date is the main verb, so the date is the noun's act's.
  it.each([
    [
      'The two ferries withdrawn in March will return to service in the autumn.',
      'The two ferries withdrawn in March',
    ],
    [
      'Three of the eight piers shut in March will reopen with new staff.',
      'the eight piers shut in March',
    ],
    ['The slipway closed in March is now open again.', 'The slipway closed in March'],
    [
      'The pier repaired by the council in March collapsed again.',
      'The pier repaired by the council in March',
    ],
  ])('dates the noun\'s act: "%s"', (sentence, dates) => {
    expect(entriesOf(sentence).find(([date]) => date === '2026-03')).toEqual(['2026-03', dates]);
  });

  it('keeps the main verb’s own date, ahead, beside the noun’s, past', () => {
    const entries = buildTimeline(
      articleOf('2026-01-30', 'The ferries withdrawn last year will return in the spring.'),
    ).map((e) => [e.date, e.future, e.quotes[0]?.dates ?? null]);
    expect(entries).toEqual([
      ['2025', false, 'The ferries withdrawn last year'],
      ['2026-03', true, null],
    ]);
  });

  it.each([
    // The participle spelt as the past is the main verb: no finite verb follows the date.
    'The eight piers shut in March.',
    'The eight piers shut in March, the operator said.',
    'The pier closed in March following protests.',
    // A verb further on is another clause's.
    'The pier closed in March after residents protested.',
    'The pier closed in March and reopened in the spring.',
  ])('leaves the date to the clause\'s own verb: "%s"', (sentence) => {
    expect(entriesOf(sentence).find(([date]) => date === '2026-03')).toEqual(['2026-03', null]);
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

describe('a participle of planning or forecasting after its noun', () => {
  // Monday 15 June 2026: the weekend before is 13–14 June, the one after 20–21 June.
  const MONDAY = '2026-06-15';
  const detailed = (sentence: string, published = MONDAY) => {
    const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
    return {
      entries: events.map((e) => `${e.date}${e.future ? ' future' : ''}`),
      undated: undated.map((u) => u.text),
    };
  };

  it.each([
    ['Investigators will examine the gust speeds forecast for the weekend.', 'the weekend'],
    ['Marshals checked the crowd barriers planned for Saturday.', 'Saturday'],
    ['Stewards are briefing volunteers on the crowds expected on Saturday.', 'Saturday'],
  ])(
    'heads a clause with no tense, and the verb\'s is not its date\'s: "%s" is in doubt',
    (sentence, date) => {
      expect(detailed(sentence)).toEqual({ entries: [], undated: [date] });
    },
  );

  it('leaves a full date at that date, dating the noun', () => {
    expect(entriesOf('The trust will repay the loans due on 20 June 2026.')).toEqual([
      ['2026-06-20', 'the loans due on 20 June 2026'],
    ]);
    expect(detailed('The trust will repay the loans due on 12 June 2026.').entries).toEqual([
      '2026-06-12',
    ]);
  });

  it.each([
    // A headline's passive, its "is" left out: the participle is the clause's verb.
    ['Heavy rain forecast for the weekend.', '2026-06-13 future'],
    ['Gusts of 60mph are forecast for the weekend.', '2026-06-13 future'],
    // "next" says the side itself.
    ['Investigators will examine the gust speeds forecast for next weekend.', '2026-06-13 future'],
  ])('near miss, a side stated: "%s"', (sentence, want) => {
    expect(detailed(sentence, '2026-06-10').entries).toEqual([want]);
  });

  it.each([
    ['The gust speeds forecast for the weekend were high.', 'the weekend'],
    ['The crowds expected on Saturday were smaller than feared.', 'Saturday'],
    ['The walkout planned for Saturday drew wide support.', 'Saturday'],
  ])(
    'heads a clause in the subject under a past main verb: "%s" is in doubt, not a past fact',
    (sentence, date) => {
      expect(detailed(sentence)).toEqual({ entries: [], undated: [date] });
    },
  );

  it.each([
    // The main verb ahead or in the present: the plan still holds.
    ['The walkout planned for Saturday will close the ferry terminal.', '2026-06-20 future'],
    ['The rain forecast for Saturday is heavy.', '2026-06-20 future'],
    // The sentence tells how it turned out.
    ['The walkout planned for Saturday went ahead.', '2026-06-13'],
    // A participle that is no plan: the main verb's past dates it.
    ['The report published on Saturday was critical of the port.', '2026-06-13'],
  ])('in the subject, near miss: "%s"', (sentence, want) => {
    expect(detailed(sentence).entries).toEqual([want]);
  });
});
