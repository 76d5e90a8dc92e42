/** "No passage of <the source named> clearly answers this" as every front end shows it, within Discord's limits. */
import { describe, expect, it } from 'vitest';
import { answerJson, formatAnswer } from '../../src/cli/format-answer.js';
import { renderText } from '../../src/console/render-text.js';
import type { Answer, NotFromNamed } from '../../src/engine/types.js';
import { checkPayloadLimits } from '../../src/framework/check-limits.js';
import { renderAnswer } from '../../src/framework/render/answer.js';
import { notFromNamedNote } from '../../src/framework/render/named-source.js';
import { hostileText, passage, source } from '../support/fake-engine.js';

const radio = [
  source('r1', { outlet: 'Gull Radio', title: 'Ferries resume' }),
  source('r2', { outlet: 'Gull Radio', title: 'Harbour toll frozen' }),
];
const wire = passage('Investigators said faulty wiring caused the fire.', source('w'));

function answerWith(note: NotFromNamed, answered = true): Answer {
  return {
    question: 'Did Gull Radio say anything about the cause of the fire?',
    answered,
    passages: answered ? [wire] : [],
    closest: answered ? [] : [wire],
    sourcesDiffer: [],
    notFromNamed: note,
  };
}

describe('the note that the source named does not answer', () => {
  it('names the outlet when the named articles are all of it, else the titles', () => {
    expect(notFromNamedNote({ sources: radio, outlet: 'Gull Radio' }, 'answer')).toEqual({
      title: 'No passage of Gull Radio clearly answers this',
      text: 'The question names Gull Radio: its 2 articles “Ferries resume”, “Harbour toll frozen” were searched. The passages below are from other articles.',
    });
    const one = notFromNamedNote({ sources: [radio[0]!], outlet: null }, 'answer');
    expect(one.title).toBe('No passage of “Ferries resume” clearly answers this');
    expect(one.text).toBe(
      'The question is read as naming “Ferries resume” (Gull Radio). The passages below are from other articles.',
    );
    const many = notFromNamedNote(
      { sources: Array.from({ length: 7 }, (_, i) => source(`s${i}`)), outlet: null },
      'answer',
    );
    expect(many.title).toBe('No passage of the 7 articles it names clearly answers this');
    expect(many.text).toContain('and 4 more');
  });

  it('says once that no passage answers: the text adds only which articles were searched', () => {
    // The command line shows title and text on one line; Discord as an embed's title and body.
    for (const note of [
      { sources: radio, outlet: 'Gull Radio' },
      { sources: [radio[0]!], outlet: null },
    ])
      for (const shown of ['answer', 'none'] as const) {
        const { title, text } = notFromNamedNote(note, shown);
        expect(`${title}. ${text}`.match(/clearly answers/g)).toHaveLength(1);
        expect(text).not.toMatch(/no passage/i);
      }
    // Beside the closest passages the refusal says it: on Discord, on the command line.
    const answer = answerWith({ sources: radio, outlet: 'Gull Radio' }, false);
    const payload = renderAnswer(answer, { page: 0, perPage: 3 });
    const said = payload.embeds!.map((e) => `${e.title ?? ''} ${e.description ?? ''}`).join(' ');
    expect(said.match(/clearly answers/g)).toHaveLength(1);
    expect(payload.embeds!.map((e) => e.title).slice(0, 2)).toEqual([
      'No passage clearly answers this',
      'The closest passages below are from other articles',
    ]);
    expect(formatAnswer(answer).match(/clearly answers/g)).toHaveLength(1);
  });

  it('is never beside “The whole coverage was searched.”: the note says what was searched', () => {
    const answer = answerWith({ sources: radio, outlet: 'Gull Radio' }, false);
    const text = renderText(renderAnswer(answer, { page: 0, perPage: 3 })).text;
    expect(text).toContain('The question names Gull Radio');
    expect(text).not.toContain('The whole coverage was searched.');
    expect(text).toContain('They are not an answer');
    // Without the note the refusal still says where was looked.
    const plain: Answer = { ...answer, notFromNamed: undefined };
    expect(renderText(renderAnswer(plain, { page: 0, perPage: 3 })).text).toContain(
      'The whole coverage was searched.',
    );
    expect(formatAnswer(answer)).not.toContain('The whole coverage was searched.');
  });

  it('says nothing of passages below when none is shown, and stands alone as the refusal', () => {
    const note = { sources: radio, outlet: 'Gull Radio' };
    expect(notFromNamedNote(note, 'none').text).toBe(
      'The question names Gull Radio: its 2 articles “Ferries resume”, “Harbour toll frozen” were searched.',
    );
    const answer: Answer = {
      ...answerWith(note, false),
      closest: [],
    };
    const payload = renderAnswer(answer, { page: 0, perPage: 3 });
    expect(payload.embeds!.map((e) => e.title)).toEqual([
      'No passage of Gull Radio clearly answers this',
    ]);
    const text = formatAnswer(answer);
    expect(text).not.toMatch(/below|uses the words/);
    expect(text.split('\n')[0]).toMatch(/^No passage of Gull Radio clearly answers this\./);
  });

  it('leads the reply on Discord, the console and the command line, and is in the JSON', () => {
    for (const answered of [true, false]) {
      const answer = answerWith({ sources: radio, outlet: 'Gull Radio' }, answered);
      const payload = renderAnswer(answer, { page: 0, perPage: 3 });
      const titles = payload.embeds!.map((e) => e.title);
      const title = answered
        ? 'No passage of Gull Radio clearly answers this'
        : 'The closest passages below are from other articles';
      expect(titles).toContain(title);
      expect(renderText(payload).text).toContain(title);
      expect(renderText(payload).text).toContain('The question names Gull Radio');
      expect(formatAnswer(answer).split('\n')[0]).toContain(title);
      expect(answerJson(answer)).toMatchObject({ notFromNamed: { outlet: 'Gull Radio' } });
    }
  });

  it('stays within Discord’s limits with long, hostile titles and outlets', () => {
    const hostile = Array.from({ length: 40 }, (_, i) =>
      source(`h${i}`, { title: hostileText(400), outlet: hostileText(300) }),
    );
    for (const perPage of [1, 5]) {
      const answer = answerWith({ sources: hostile, outlet: hostileText(300) });
      answer.passages = Array(5).fill(passage(hostileText(5_000), hostile[0]!));
      expect(checkPayloadLimits(renderAnswer(answer, { page: 0, perPage }))).toEqual([]);
      answer.notFromNamed = { sources: hostile, outlet: null };
      expect(checkPayloadLimits(renderAnswer(answer, { page: 0, perPage }))).toEqual([]);
    }
  });
});
