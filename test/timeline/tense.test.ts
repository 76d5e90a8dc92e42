/**
 * Tense from the sentence's own verbs and cues, applied to weekdays and to yearless dates.
 * The table runs every weekday against every publication weekday for each kind of wording;
 * the expected day is counted by hand-written calendar arithmetic, not by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { tenseOf } from '../../src/timeline/tense.js';
import { weekdayTableMismatches, type Direction } from './weekday-oracle.js';
import { articleOf } from './fixtures.js';

const WORDINGS: Array<[string, Direction, boolean]> = [
  ['The committee will meet on {W} to vote on the harbour plan.', 'ahead', true],
  ['The harbour report is expected on {W}, officials said.', 'ahead', true],
  ['The ferry hearing is scheduled for {W} at the town hall.', 'ahead', true],
  ['Officials said the coast road would reopen by {W}.', 'ahead', true],
  ['The harbour inquiry is due to report on {W}.', 'ahead', true],
  ['The mayor said the vote would be held on {W}.', 'ahead', true],
  ['The committee met on {W} to vote on the harbour plan.', 'behind', false],
  ['The port authority announced on {W} that it will close the north quay.', 'behind', false],
  ['Officials said on {W} that the ferry talks had failed.', 'behind', false],
  ['On {W}, the harbour master said the quay was safe.', 'behind', false],
  ['Crews finished the repairs to the quay last {W}.', 'last', false],
  ['The harbour board meets again next {W}.', 'next', true],
];

describe('weekday × tense × publication weekday', () => {
  it.each(WORDINGS)('"%s" counts %s', (template, direction, future) => {
    expect(weekdayTableMismatches(template, direction, future)).toEqual([]);
  });

  it('gets the examples of issue 10 right', () => {
    const one = (published: string, sentence: string) =>
      buildTimeline(articleOf(published, sentence)).map((e) => [e.date, e.future]);
    // Published Monday 2021-03-15.
    expect(
      one('2021-03-15', 'The verdict in the harbour fraud case is expected on Thursday.'),
    ).toEqual([['2021-03-18', true]]);
    expect(
      one('2021-03-15', 'The ballot on the harbour strike is scheduled for Saturday.'),
    ).toEqual([['2021-03-20', true]]);
    expect(one('2021-03-15', 'He said the harbour rally would be held on Sunday.')).toEqual([
      ['2021-03-21', true],
    ]);
    // Published Wednesday 2021-03-10 (the case dates-weekday-tense).
    expect(one('2021-03-10', 'Officials expect the report on Thursday.')).toEqual([
      ['2021-03-11', true],
    ]);
    expect(one('2021-03-10', 'Moore said the road would reopen by Saturday.')).toEqual([
      ['2021-03-13', true],
    ]);
    // Published Tuesday 2021-04-20.
    expect(
      one('2021-04-20', 'The ministry announced on Monday that the border will stay closed.'),
    ).toEqual([['2021-04-19', false]]);
  });

  it('dates the case dates-weekday-tense (shared/cases), published Wednesday 2021-03-10', () => {
    const corpus = articleOf(
      '2021-03-10',
      'The council will meet on Friday to discuss the budget.',
      'Moore said the road would reopen by Saturday.',
      'The mayor said on Monday that he would sign the order next Tuesday.',
      'Officials expect the report on Thursday.',
      'Crews finished the repairs last Tuesday.',
    );
    // "last Tuesday" said on a Wednesday: yesterday or eight days ago, both in March.
    expect(buildTimeline(corpus).map((e) => [e.date, e.future])).toEqual([
      ['2021-03', false],
      ['2021-03-08', false],
      ['2021-03-11', true],
      ['2021-03-12', true],
      ['2021-03-13', true],
      ['2021-03-16', true],
    ]);
  });

  it('reads each date of a sentence by its own verb', () => {
    // Published Wednesday 2021-03-10: said on Monday (past), sign next Tuesday (ahead).
    const events = buildTimeline(
      articleOf(
        '2021-03-10',
        'The mayor said on Monday that he would sign the order next Tuesday.',
      ),
    );
    expect(events.map((e) => [e.date, e.future])).toEqual([
      ['2021-03-08', false],
      ['2021-03-16', true],
    ]);
  });

  it('counts "Monday next week" and "Friday last week" by calendar weeks (Monday to Sunday)', () => {
    // Published Monday 2022-07-11.
    const dates = (s: string) => buildTimeline(articleOf('2022-07-11', s)).map((e) => e.date);
    expect(dates('Ferry services return to a full timetable from Monday next week.')).toEqual([
      '2022-07-18',
    ]);
    expect(dates('The harbour board approved the fares on Friday last week.')).toEqual([
      '2022-07-08',
    ]);
  });
});

describe('tense of yearless dates', () => {
  // Published 2021-03-15.
  const one = (sentence: string) =>
    buildTimeline(articleOf('2021-03-15', sentence)).map((e) => [e.date, e.future]);

  it.each([
    ['The harbour summit is scheduled for March 3.', '2022-03-03', true],
    ['The harbour summit was held on March 3.', '2021-03-03', false],
    ['The council will vote on the ferry contract on March 20.', '2021-03-20', true],
    ['The council voted on the ferry contract on March 20.', '2020-03-20', false],
    ['The port expects to finish dredging in February.', '2022-02', true],
    ['The port finished dredging in February.', '2021-02', false],
    // An occasion set for a day is ahead, whatever the tense of the verb that arranged it.
    ['The mayor said she had secured a debate on ferry fares for March 20.', '2021-03-20', true],
    [
      'The grant is paid provided the city signed a contract before the end of June.',
      '2021-06',
      true,
    ],
  ])('"%s" → %s', (sentence, date, future) => {
    expect(one(sentence)).toEqual([[date, future]]);
  });

  it('puts "next December" after publication and "last December" before it', () => {
    // Published 2021-12-20, inside December.
    const dates = (s: string) => buildTimeline(articleOf('2021-12-20', s)).map((e) => e.date);
    expect(dates('The remaining flood gates will be installed before next winter.')).toEqual([
      '2022-12',
    ]);
    expect(dates('The quay flooded twice last December.')).toEqual(['2020-12']);
    expect(dates('The quay flooded twice in December.')).toEqual(['2021-12']);
  });
});

describe('tenseOf', () => {
  const at = (sentence: string, date: string) => {
    const start = sentence.indexOf(date);
    return tenseOf(sentence, start, start + date.length);
  };
  it('reads the verb that governs the date, not any verb of the sentence', () => {
    const s = 'The minister, who will retire next year, said on Monday that talks failed.';
    expect(at(s, 'on Monday')).toBe('past');
    expect(at('On Monday, the president will visit the port.', 'On Monday')).toBe('future');
    expect(at('The treaty will be signed on Monday.', 'on Monday')).toBe('future');
    expect(at('The treaty was expected on Monday but never came.', 'on Monday')).toBe('past');
    expect(at('Tsertsel did not rule out a war in the spring of 2021.', 'the spring of 2021')).toBe(
      'future',
    );
    expect(at('The harbour is quiet on Monday.', 'on Monday')).toBeNull();
    // A participle after a determiner is an adjective, not the verb of the clause.
    expect(
      at('Crews are expected to finish pumping the affected streets by Monday.', 'Monday'),
    ).toBe('future');
    expect(at('The grant depends on a signed contract by the end of June.', 'June')).toBe('future');
    expect(at('The official opening is set for July 8, the council said.', 'July 8')).toBe(
      'future',
    );
    // "for" a date gives an occasion its day; it does not make any noun's date ahead.
    expect(at('He had won a hearing on the quay for 12 February.', '12 February')).toBe('future');
    expect(at('The vote was scheduled for 12 January but never held.', '12 January')).toBe('past');
    expect(at('Figures for 12 February showed a rise.', '12 February')).not.toBe('future');
    // An en dash between digits is a tally, not a clause break: "voted" still governs.
    expect(at('The board voted 7–4 on Thursday to close the wards.', 'on Thursday')).toBe('past');
  });

  it('keeps a numeral between two words, so they are not read as adjacent', () => {
    // Dropping "31" made "plan to on" read as "plan to" + a verb, a plan still ahead.
    const tally = 'Councillors approved the plan 31 to 9 on Tuesday.';
    expect(at(tally, 'on Tuesday')).toBe('past');
    expect(at('Councillors approved the plan, 31 to 9, on Tuesday.', 'on Tuesday')).toBe('past');
    expect(at('The council plans to vote on Tuesday.', 'on Tuesday')).toBe('future');
  });
});
