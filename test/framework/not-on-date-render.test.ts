/**
 * "The timeline dates no event to <the date asked>" as every front end shows it: the note leads
 * the reply, each passage says its own date, an entry of the month alone says its day is not
 * stated, and the JSON carries both. Invented passages; Discord's limits kept.
 */
import { describe, expect, it } from 'vitest';
import { answerJson, formatAnswer } from '../../src/cli/format-answer.js';
import { renderText } from '../../src/console/render-text.js';
import type { Answer, AnswerPassage } from '../../src/engine/types.js';
import type { NotOnDate, PassageDate } from '../../src/engine/types.js';
import { checkPayloadLimits } from '../../src/framework/check-limits.js';
import { renderAnswer } from '../../src/framework/render/answer.js';
import { notOnDateNote, passageDateLabel } from '../../src/framework/render/not-on-date.js';
import { hostileText, passage, source } from '../support/fake-engine.js';

const dated = (text: string, date: PassageDate): AnswerPassage => ({
  ...passage(text, source('p')),
  dated: date,
});
const walkout = dated('Teachers walked out this morning.', {
  date: '2025-09-22',
  precision: 'day',
  yearStated: true,
});
const ballot = dated('Members backed the strike in a ballot earlier this month.', {
  date: '2025-09',
  precision: 'month',
  yearStated: true,
});

function answerWith(note: NotOnDate, closest: AnswerPassage[] = [ballot, walkout]): Answer {
  return {
    question: 'What happened on 29 September 2025?',
    answered: false,
    passages: [],
    closest,
    sourcesDiffer: [],
    notOnDate: note,
  };
}

describe('the note that nothing is dated to the date asked', () => {
  it('says what the timeline dates, of which articles, and what the passages are', () => {
    expect(notOnDateNote({ asked: '2025-09-29', shown: 'month' })).toEqual({
      title: 'The timeline dates no event to 2025-09-29',
      text: 'That is, in the articles searched; an event it could not date may still fall then. The passages below are the events the timeline dates in 2025-09 as having happened then: not a plan, forecast or deadline, nor a sentence dated only by a thing it names. Each is marked with its own date. They are not an answer.',
    });
    expect(notOnDateNote({ asked: '2025-08-29', shown: 'nearest' }).title).toBe(
      'The timeline dates no event to 2025-08-29, nor any in 2025-08 as having happened then',
    );
    expect(notOnDateNote({ asked: '2025-08-29', shown: 'nearest' }).text).toContain(
      'the events nearest to it that the timeline dates to a day or month as having happened then: not a plan, forecast or deadline',
    );
    expect(notOnDateNote({ asked: '2025-08', shown: 'nearest' }).title).toBe(
      'The timeline dates no event to 2025-08',
    );
    expect(notOnDateNote({ asked: '2026-02-30', shown: 'month', noSuchDay: true })).toEqual({
      title: 'There is no 2026-02-30',
      text: 'No calendar has that day, so no event is dated to it. The passages below are the events the timeline dates in 2026-02 as having happened then: not a plan, forecast or deadline, nor a sentence dated only by a thing it names. Each is marked with its own date. They are not an answer.',
    });
    expect(notOnDateNote({ asked: 'yesterday', shown: 'latest' })).toEqual({
      title: '“yesterday” counts from the day you ask',
      text: 'An article’s “yesterday” counts from the day it was published, so no passage is taken to answer it. The passages below are the latest events the timeline dates to a day or month of a stated year as having happened then: not a plan, forecast or deadline, nor a sentence dated only by a thing it names (for a question naming more than its date, the latest with its other words, when the timeline dates any). Each is marked with its own date. They are not an answer.',
    });
    expect(notOnDateNote({ asked: '--09-29', shown: 'month' }).text).toContain(
      'the events the timeline dates in September as having happened then:',
    );
  });

  it("marks each passage with its entry's date; a month alone does not say the day", () => {
    expect(passageDateLabel(walkout.dated!)).toBe('dated 2025-09-22');
    expect(passageDateLabel(ballot.dated!)).toBe('dated 2025-09 (month), day not stated');
  });

  it('leads the reply on Discord, the console and the command line, and is in the JSON', () => {
    const answer = answerWith({ asked: '2025-09-29', shown: 'month' });
    const payload = renderAnswer(answer, { page: 0, perPage: 3 });
    const [head, ...shown] = payload.embeds!;
    expect(head!.title).toBe('The timeline dates no event to 2025-09-29');
    expect(shown.map((e) => e.author?.name)).toEqual([
      'Dated 2025-09 (month), day not stated · not an answer',
      'Dated 2025-09-22 · not an answer',
    ]);
    expect(renderText(payload).text).toContain('The timeline dates no event to 2025-09-29');
    const text = formatAnswer(answer);
    expect(text.split('\n')[0]).toMatch(/^The timeline dates no event to 2025-09-29\. /);
    expect(text).toContain('- (dated 2025-09-22)\n  “Teachers walked out this morning.”');
    expect(text).not.toMatch(/No passage clearly answers/);
    expect(answerJson(answer)).toMatchObject({
      notOnDate: { asked: '2025-09-29', shown: 'month' },
      closest: [{ dated: { date: '2025-09' } }, { dated: { date: '2025-09-22' } }],
    });
  });

  it('stays within Discord’s limits with long, hostile quotes and titles', () => {
    const long = Array.from({ length: 5 }, (_, i) => ({
      ...passage(hostileText(3000), source(`h${i}`, { title: hostileText(400) })),
      dated: { date: '2025-09-01', end: '2025-09-30', precision: 'day' as const, yearStated: true },
    }));
    const payload = renderAnswer(answerWith({ asked: '2025-09-29', shown: 'month' }, long), {
      page: 0,
      perPage: 5,
    });
    expect(checkPayloadLimits(payload)).toEqual([]);
  });
});
