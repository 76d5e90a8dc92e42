import { describe, expect, it } from 'vitest';
import {
  isCorrect,
  rankOfFirstCorrect,
  scoreAnswers,
  type EvalQuestion,
  type ShownQuote,
  type SystemAnswer,
} from './metrics.js';

const q = (text: string) => ({ text, file: 'a.txt' });
const answered = (...passages: string[]): SystemAnswer => ({
  answered: true,
  passages: passages.map((text) => [q(text)]),
  withheld: [],
});
const refused = (...withheld: string[]): SystemAnswer => ({
  answered: false,
  passages: [],
  withheld: withheld.map((text) => [q(text)]),
});

describe('isCorrect', () => {
  it('wants every string of one answer in the same quote, case and spacing aside', () => {
    const answers = [{ all: ['Harbour Row', 'silt'] }];
    expect(isCorrect([q('Volunteers clear SILT from harbour\n  row.')], answers)).toBe(true);
    expect(isCorrect([q('Volunteers clear silt.'), q('Harbour Row flooded.')], answers)).toBe(
      false,
    );
  });

  it('accepts any one of the answers, and an "also reported by" quote of the passage', () => {
    const answers = [{ all: ['March'] }, { all: ['spring'] }];
    expect(isCorrect([q('No date.'), q('Work starts in spring.')], answers)).toBe(true);
  });

  it('counts a quote only from the files an answer names, compared without folder or extension', () => {
    const answers = [{ all: ['$218 million'], files: ['wire.txt'] }];
    const from = (file: string): ShownQuote[] => [{ text: 'It costs $218 million.', file }];
    expect(isCorrect(from('articles/wire.txt'), answers)).toBe(true);
    expect(isCorrect(from('wire'), answers)).toBe(true);
    expect(isCorrect(from('courier.txt'), answers)).toBe(false);
  });
});

describe('rankOfFirstCorrect', () => {
  it('gives the 1-based rank of the first correct passage, 0 when none is', () => {
    const answers = [{ all: ['tide'] }];
    expect(rankOfFirstCorrect([[q('no')], [q('the tide')], [q('tide again')]], answers)).toBe(2);
    expect(rankOfFirstCorrect([[q('no')]], answers)).toBe(0);
  });
});

describe('scoreAnswers', () => {
  const questions: EvalQuestion[] = [
    { question: 'one', answers: [{ all: ['alpha'] }] },
    { question: 'two', answers: [{ all: ['beta'] }] },
    { question: 'three', answers: [{ all: ['gamma'] }] },
    { question: 'four', answers: [{ all: ['delta'] }] },
    { question: 'five', answerable: false },
    { question: 'six', answerable: false },
  ];

  it('computes hit@1, hit@3 and MRR over answerable questions, a refusal a miss', () => {
    const scores = scoreAnswers(questions, [
      answered('alpha'), // rank 1
      answered('x', 'y', 'beta'), // rank 3
      refused('gamma'), // refused: a miss although its closest passage answers
      answered('x', 'y', 'z', 'delta'), // rank 4: beyond hit@3, still in MRR
      refused(),
      answered('something'),
    ]);
    expect(scores).toMatchObject({
      answerable: 4,
      unanswerable: 2,
      hits1: 1,
      hits3: 2,
      hitAt1: 0.25,
      hitAt3: 0.5,
      refusedAnswerable: 1,
      refusedAnswerableShare: 0.25,
      refusedUnanswerable: 1,
      refusedUnanswerableShare: 0.5,
    });
    expect(scores.mrr).toBeCloseTo((1 + 1 / 3 + 0 + 1 / 4) / 4, 10);
  });

  it('counts withheld passages only in the ranking-alone figures', () => {
    const scores = scoreAnswers(questions.slice(0, 2), [refused('alpha'), refused('x', 'beta')]);
    expect(scores.hitAt1).toBe(0);
    expect(scores.rankingHitAt1).toBe(0.5);
    expect(scores.rankingHitAt3).toBe(1);
  });

  it('treats a missing answer as a refusal and an empty group as share 0', () => {
    const scores = scoreAnswers(questions.slice(0, 1), []);
    expect(scores).toMatchObject({ refusedAnswerable: 1, hitAt1: 0, refusedUnanswerableShare: 0 });
  });
});
