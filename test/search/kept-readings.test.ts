import { describe, expect, it, vi } from 'vitest';
import { answerTypeScore } from '../../src/search/plan/answer-type.js';
import { oneEditCorrections } from '../../src/search/plan/typo-edits.js';
import { suiteEngine } from '../support/corpus-fixture.js';
import type * as AnswerTypes from '../../src/search/plan/answer-type.js';
import type * as TypoEdits from '../../src/search/plan/typo-edits.js';

vi.mock('../../src/search/plan/typo-edits.js', async (importOriginal) => {
  const actual = await importOriginal<typeof TypoEdits>();
  return { ...actual, oneEditCorrections: vi.fn(actual.oneEditCorrections) };
});
vi.mock('../../src/search/plan/answer-type.js', async (importOriginal) => {
  const actual = await importOriginal<typeof AnswerTypes>();
  return { ...actual, answerTypeScore: vi.fn(actual.answerTypeScore) };
});

const COUNCIL =
  'The Harbour Council approved a budget of 4 million euros on Monday.\n\n' +
  'Council members said the budget would pay for a new ferry pier.\n\n' +
  'The council meets again in March.';
const engine = suiteEngine({ 'council.txt': COUNCIL });

/** Calls `spy` received while `ask` ran. */
function callsDuring(spy: ReturnType<typeof vi.fn>, ask: () => unknown): number {
  spy.mockClear();
  ask();
  return spy.mock.calls.length;
}

describe('what a question reads of the index, kept for the next question', () => {
  it('corrects a misspelt word once, however often it is asked', () => {
    const question = 'What did the counsil approve?';
    const first = engine.ask(question);
    expect(callsDuring(vi.mocked(oneEditCorrections), () => engine.ask(question))).toBe(0);
    expect(engine.ask(question)).toEqual(first);
  });

  it('scores a candidate with the asked words blanked once for every question blanking it alike', () => {
    const question = 'How much did the Harbour Council approve?';
    engine.ask(question);
    vi.mocked(answerTypeScore).mockClear();
    engine.ask(question);
    // A text the article does not hold is a candidate with the question's words blanked.
    const blanked = vi
      .mocked(answerTypeScore)
      .mock.calls.filter(([text]) => !COUNCIL.includes(text));
    expect(blanked).toEqual([]);
  });
});
