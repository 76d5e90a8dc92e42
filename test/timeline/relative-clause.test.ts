/**
 * A date inside a relative clause or an embedded question dates that clause's verb, not the main
 * clause's: "A help line has been opened for anyone who was on the lift on Saturday" is listed
 * under Saturday saying whose date it is (`dates`), so the help line is not read as opened on
 * Saturday, and is no answer to what happened that day. A date of the main clause is left as it
 * is, a relative clause after it or not. Invented cable-car sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf, corpusOf } from './fixtures.js';

// Sunday 22 June 2025: Saturday is the 21st, Monday the 16th.
const entriesOf = (sentence: string) =>
  buildTimeline(articleOf('2025-06-22', sentence)).map((e) => [e.date, e.quotes[0]?.dates ?? null]);

describe('a date in a relative clause or an embedded question', () => {
  it.each([
    [
      'A help line has been opened for anyone who was on the lift on Saturday.',
      'anyone who was on the lift on Saturday',
    ],
    [
      'The paper has asked the operator how many staff were on duty on Saturday.',
      'how many staff were on duty on Saturday',
    ],
    [
      'Police are appealing for witnesses who saw the crash on Saturday.',
      'witnesses who saw the crash on Saturday',
    ],
    [
      'Engineers are still trying to explain what happened on Saturday.',
      'what happened on Saturday',
    ],
    [
      'The lift stopped with 86 people on board, who were rescued on Saturday.',
      'who were rescued on Saturday',
    ],
    [
      'The resort closed the cabin that broke down on Saturday.',
      'the cabin that broke down on Saturday',
    ],
    [
      'The valley station where the cabins stalled on Saturday stays shut.',
      'The valley station where the cabins stalled on Saturday',
    ],
  ])('dates that clause: "%s"', (sentence, dates) => {
    expect(entriesOf(sentence)).toEqual([['2025-06-21', dates]]);
  });

  it.each([
    [
      'The resort has voted to reopen two of the cabins it closed on Saturday.',
      'the cabins it closed on Saturday',
    ],
    [
      'The cabins they repaired on Saturday are running again.',
      'The cabins they repaired on Saturday',
    ],
  ])('dates a zero relative clause, its subject right after the noun: "%s"', (sentence, dates) => {
    expect(entriesOf(sentence)).toEqual([['2025-06-21', dates]]);
  });

  it('leaves a content clause after a verb’s object to the reported act: "told the staff it closed"', () => {
    expect(entriesOf('The operator told the staff it closed the lift on Saturday.')).toEqual([
      ['2025-06-21', null],
    ]);
  });

  it('keeps the main clause’s own date beside it', () => {
    expect(
      entriesOf('The man who was trapped on Saturday thanked the rescuers on Monday.'),
    ).toEqual([
      ['2025-06-16', null],
      ['2025-06-21', 'The man who was trapped on Saturday'],
    ]);
  });

  it.each([
    // The date is the main clause's; the relative clause after it has none.
    'The lift stopped on Saturday with 86 people on board, who were rescued overnight.',
    // A second verb after a subject relative is the main verb, and the date its.
    'Passengers who were stranded returned to the valley on Saturday.',
    // "that" opening a clause with its own subject is no relative: "told … that the lift would…".
    'The operator told passengers that the lift stopped on Saturday.',
    'The operator said the lift stopped on Saturday.',
    // A clause set off by a comma has ended before the date.
    'The cabin, which was new, stopped on Saturday.',
  ])('leaves a main clause’s date as it is: "%s"', (sentence) => {
    expect(entriesOf(sentence)).toEqual([['2025-06-21', null]]);
  });

  it('leaves a possessive date to the thing it names', () => {
    const dates = entriesOf('The operator issued a report that covers last month’s stoppage.');
    expect(dates.every(([, note]) => !note?.includes('report'))).toBe(true);
  });

  it('still joins another source telling the same act by the clause’s verb', () => {
    const corpus = corpusOf(
      { id: 'a', published: '2025-06-22', paragraphs: [['The cable car stopped on Saturday.']] },
      {
        id: 'b',
        published: '2025-06-22',
        paragraphs: [['A help line is open for the cable car, which stopped on Saturday.']],
      },
    );
    const entries = buildTimeline(corpus).filter((e) => e.date === '2025-06-21');
    expect(entries.map((e) => e.quotes.map((q) => q.source.id))).toEqual([['a', 'b']]);
  });
});
