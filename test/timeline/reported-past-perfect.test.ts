/**
 * A weekday naming the publication's own weekday under a past perfect reported after a past verb
 * of saying or thinking ("The harbour authority said it had sent divers … on Wednesday
 * morning", published on a Wednesday). In indirect speech after a past reporting verb the past
 * perfect may be only the backshift of the speaker's simple past ("we sent divers this
 * morning": Quirk et al. 1985, 14.31; Huddleston & Pullum 2002, ch. 17 §10.1), so the weekday
 * may be the day of writing or a week before: no day is shown, only the month both lie in, or
 * nothing. Outside reported speech the past perfect still puts it a week back (also after a
 * date opening its clause: "On Wednesday morning the authority had sent …"), and "since",
 * "last" and "this" still fix it. Invented sentences about a harbour.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const dated = (published: string, sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return {
    dates: events.map((e) => `${e.date} ${e.precision}${e.future ? ' future' : ''}`),
    undated,
  };
};

// 2026-05-16 is a Saturday, 2026-05-20 and 2026-06-03 Wednesdays.
const DIVERS = 'The harbour authority said it had sent divers to the wreck on Wednesday morning.';

describe('a past perfect reported after a past verb of saying', () => {
  it('is shown as the month when the day of writing and a week before share it', () => {
    // Wednesday 20 May or Wednesday 13 May.
    expect(dated('2026-05-20', DIVERS).dates).toEqual(['2026-05 month']);
  });

  it('is left undated when the two readings fall in two months', () => {
    // Wednesday 3 June or Wednesday 27 May.
    const { dates, undated } = dated('2026-06-03', DIVERS);
    expect(dates).toEqual([]);
    expect(undated.map((u) => u.text)).toEqual(['Wednesday']);
    expect(undated[0]?.reason).toMatch(/day of writing or a week before/u);
  });

  it('reads a verb of thinking too: "believed the crew had left"', () => {
    expect(
      dated(
        '2026-05-16',
        'Coastguard officers believed the crew had left the harbour on Saturday morning.',
      ).dates,
    ).toEqual(['2026-05 month']);
  });

  it('reads a reporting clause closing the sentence: "…, the skipper said"', () => {
    expect(
      dated(
        '2026-05-16',
        'The crew had checked the tide tables on Saturday morning, the skipper said.',
      ).dates,
    ).toEqual(['2026-05 month']);
  });

  it('reads a date opening the reported clause: "said that on Wednesday morning it had sent"', () => {
    expect(
      dated(
        '2026-05-20',
        'The harbour authority said that on Wednesday morning it had sent divers to the wreck.',
      ).dates,
    ).toEqual(['2026-05 month']);
  });
});

describe('what still settles the day', () => {
  it('a past perfect under no verb of saying is a week before', () => {
    expect(
      dated(
        '2026-05-20',
        'The harbour authority had sent divers to the wreck on Wednesday morning.',
      ).dates,
    ).toEqual(['2026-05-13 day']);
  });

  it('a past perfect after a date opening its clause is a week before', () => {
    expect(
      dated(
        '2026-05-20',
        'On Wednesday morning the harbour authority had sent divers to the wreck.',
      ).dates,
    ).toEqual(['2026-05-13 day']);
  });

  it('"had" as the verb itself after a date opening its clause is no past perfect', () => {
    expect(
      dated('2026-05-20', 'On Wednesday morning the harbour authority had an inspection.').dates,
    ).toEqual(['2026-05-20 day']);
  });

  it('a verb of saying in the past perfect itself reports no past perfect: a week before', () => {
    expect(
      dated('2026-05-20', 'The harbour master had told the board about the wreck on Wednesday.')
        .dates,
    ).toEqual(['2026-05-13 day']);
  });

  it('a present verb of saying shifts nothing back: "says … had sent" is a week before', () => {
    expect(dated('2026-05-20', DIVERS.replace('said', 'says')).dates).toEqual(['2026-05-13 day']);
  });

  it('"in the week since then" still puts it a week before', () => {
    expect(
      dated(
        '2026-05-20',
        'The harbour authority said it had sent divers to the wreck on Wednesday, and in the week since then they have found two anchors.',
      ).dates,
    ).toEqual(['2026-05-13 day']);
  });

  it('"last Wednesday" on a Wednesday is a week before', () => {
    expect(dated('2026-05-20', DIVERS.replace('on Wednesday', 'last Wednesday')).dates).toEqual([
      '2026-05-13 day',
    ]);
  });

  it('"this Wednesday" on a Wednesday is the day of writing', () => {
    expect(
      dated('2026-05-20', DIVERS.replace('on Wednesday morning', 'this Wednesday')).dates,
    ).toEqual(['2026-05-20 day']);
  });

  it('another weekday than the publication’s is settled', () => {
    expect(dated('2026-05-20', DIVERS.replace('Wednesday', 'Monday')).dates).toEqual([
      '2026-05-18 day',
    ]);
  });

  it('the simple past after a verb of saying is the day of writing', () => {
    expect(dated('2026-05-20', DIVERS.replace('had sent', 'sent')).dates).toEqual([
      '2026-05-20 day',
    ]);
  });
});
