/**
 * A possessive or attributive date ("last month's pay deal", "Monday's announcement", "the 2019
 * survey") dates the thing its noun names, not the act of its clause: the quote is listed under
 * that date saying whose date it is (`dates`). Invented union, newspaper and council sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { formatTimelinePage, timelineJson } from '../../src/cli/timeline.js';
import { renderTimeline } from '../../src/framework/render/timeline.js';
import { articleOf } from './fixtures.js';

// Tuesday 11 March 2025: last month is February, Monday the 10th.
const TUESDAY = '2025-03-11';
const entriesOf = (sentence: string) =>
  buildTimeline(articleOf(TUESDAY, sentence)).map((e) => [e.date, e.quotes[0]?.dates ?? null]);

describe('the thing a date names', () => {
  it.each([
    // The rejection is Tuesday's; last month is the deal's.
    [
      "The union rejected last month's pay deal on Tuesday.",
      [
        ['2025-02', "last month's pay deal"],
        ['2025-03-11', null],
      ],
    ],
    ["The union rejected last month's pay deal.", [['2025-02', "last month's pay deal"]]],
    ["Readers will find it in last week's edition.", [['2025-03', "last week's edition"]]],
    ["Workers gathered after Monday's announcement.", [['2025-03-10', "Monday's announcement"]]],
    [
      "Analysts will study Monday's surprise announcement.",
      [['2025-03-10', "Monday's surprise announcement"]],
    ],
    ['The council should publish the 2019 survey.', [['2019', '2019 survey']]],
    // The head after the nouns that modify it is a noun, whatever its tag: wink-nlp reads "final"
    // here as an adjective, which would cut the occasion short at "cup".
    [
      "Fans signed a petition demanding a replay of Sunday's county cup final.",
      [['2025-03-09', "Sunday's county cup final"]],
    ],
  ])('"%s"', (sentence, expected) => {
    expect(entriesOf(sentence)).toEqual(expected);
  });

  it('is not said when the date is its clause subject, whose act is its own', () => {
    expect(entriesOf('The March 3 meeting approved the budget.')).toEqual([['2025-03-03', null]]);
    expect(entriesOf("Last month's pay deal was rejected on Tuesday.")).toEqual([
      ['2025-02', null],
      ['2025-03-11', null],
    ]);
  });

  it('nor for a date that is the time of its act', () => {
    expect(entriesOf('The union rejected the pay deal last month.')).toEqual([['2025-02', null]]);
  });

  it('is said with the quote in every front end', () => {
    const events = buildTimeline(articleOf(TUESDAY, "The union rejected last month's pay deal."));
    const page = { events, total: events.length, offset: 0, limit: 10 };
    expect(formatTimelinePage(page)).toContain(
      "“The union rejected last month's pay deal.” (the date of “last month's pay deal”)",
    );
    expect(renderTimeline(page, {}).embeds?.[0]?.fields?.[0]?.value).toContain(
      "(the date of “last month's pay deal”)",
    );
    const json = timelineJson(page) as { events: Array<{ quotes: Array<{ dates?: string }> }> };
    expect(json.events[0]?.quotes[0]?.dates).toBe("last month's pay deal");
  });
});

describe('an act inside the occasion named', () => {
  it('is dated by it: the quote says nothing more', () => {
    expect(
      entriesOf("Councillors deferred a decision at Monday's planning committee after a debate."),
    ).toEqual([['2025-03-10', null]]);
    expect(entriesOf("Two councillors walked out during Monday's debate.")).toEqual([
      ['2025-03-10', null],
    ]);
  });
});
