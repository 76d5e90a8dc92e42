/**
 * The speaker a question asks about is read once and kept for the question read last
 * (plan/speaker.ts `speakerQuestionOf`): what it gives must not depend on the questions read
 * before. Invented questions, read in turn and each again after the others.
 */
import { describe, expect, it } from 'vitest';
import { asksPastSaying, speakerPhrase, speakerStems } from '../../src/search/plan/speaker.js';

const QUESTIONS = [
  'What did the harbour board say about the mooring fees?',
  'How did the ferry union react to the fare cut?',
  'What does the deal say?',
  'When was the pier rebuilt?',
  "What did the inspectors' final report conclude?",
];

const readOf = (question: string) => ({
  phrase: speakerPhrase(question),
  stems: [...speakerStems(question)],
  past: asksPastSaying(question),
});

describe('the speaker of a question, kept for the question read last', () => {
  it('is the same read first, again at once, and again after other questions', () => {
    const first = QUESTIONS.map(readOf);
    expect(first[0]).toEqual({
      phrase: 'the harbour board',
      stems: ['harbor', 'board'],
      past: true,
    });
    expect(first[3]).toEqual({ phrase: null, stems: [], past: false });
    for (const [i, question] of QUESTIONS.entries()) {
      expect(readOf(question)).toEqual(first[i]);
      expect(readOf(question)).toEqual(first[i]);
    }
    for (const [i, question] of [...QUESTIONS.entries()].reverse())
      expect(readOf(question)).toEqual(first[i]);
  });
});
