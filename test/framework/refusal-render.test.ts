/**
 * Which refusal a reply with no answer shows (src/framework/render/refusal.ts), on Discord and
 * the command line: each claims only what its rule knows. Invented answers.
 */
import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../../src/cli/format-answer.js';
import type { Answer } from '../../src/engine/types.js';
import { renderAnswer } from '../../src/framework/render/answer.js';
import { refusalKind } from '../../src/framework/render/refusal.js';
import { passage, source } from '../support/fake-engine.js';

const unanswered: Answer = {
  question: 'Is it?',
  answered: false,
  passages: [],
  closest: [],
  sourcesDiffer: [],
};

describe('the refusal of a reply with no answer', () => {
  it('says a question with no word to look for has none, never that no passage uses its words', () => {
    const answer: Answer = { ...unanswered, asksNoWord: true };
    expect(refusalKind(answer, 0)).toBe('no-word-asked');
    const titles = renderAnswer(answer, { page: 0, perPage: 3 }).embeds!.map((e) => e.title);
    expect(titles).toEqual(['This question has no word to look for']);
    const text = formatAnswer(answer);
    expect(text).toMatch(/^This question has no word to look for\./);
    expect(text).not.toMatch(/uses the words/);
  });

  it('says no passage uses its words only of a question with words and no passage shown', () => {
    expect(refusalKind(unanswered, 0)).toBe('no-words');
    expect(refusalKind({ ...unanswered, asksNoWord: true }, 2)).toBe('closest');
    const closest: Answer = {
      ...unanswered,
      question: 'Was the ferry late?',
      closest: [passage('The ferry sailed at noon.', source('f'))],
    };
    expect(renderAnswer(closest, { page: 0, perPage: 3 }).embeds![0]!.title).toBe(
      'No passage clearly answers this',
    );
  });
});
