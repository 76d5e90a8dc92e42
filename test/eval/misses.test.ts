import { describe, expect, it } from 'vitest';
import type { EvalQuestion, SystemAnswer } from './metrics.js';
import { describeGold, describeMisses } from './misses.js';

const quote = (file: string, text: string) => [{ file, text }];
const answered = (...passages: ReturnType<typeof quote>[]): SystemAnswer => ({
  answered: true,
  passages,
  withheld: [],
});

describe('development misses', () => {
  it('shows a gold alternative with its strings and the files it names', () => {
    expect(describeGold({ all: ['signed in Moscow', 'Nov. 19'] })).toBe(
      '"signed in Moscow" + "Nov. 19"',
    );
    expect(describeGold({ all: ['in Minsk'], files: ['a.txt', 'b.txt'] })).toBe(
      '"in Minsk" (a.txt, b.txt)',
    );
  });

  it('lists a miss with its rank, its gold and the passages shown, and skips a hit at rank 1', () => {
    const questions: EvalQuestion[] = [
      { question: 'where was it signed', answers: [{ all: ['in Minsk'] }] },
      { question: 'who signed it', answers: [{ all: ['the minister'] }, { all: ['Ivanov'] }] },
      { question: 'how many troops', answerable: false },
    ];
    const lines = describeMisses('toy', questions, [
      answered(quote('a.txt', 'The deal was signed in Minsk.')),
      answered(quote('a.txt', 'It rained.'), quote('b.txt', 'Ivanov  signed\nit.')),
      answered(quote('c.txt', 'Troops were sent.')),
    ]);
    expect(lines).toEqual([
      'Engine misses on toy (dev):',
      '  rank 2: who signed it',
      '    gold: "the minister" | or "Ivanov"',
      '    a.txt: It rained.',
      '    b.txt: Ivanov signed it.',
      '  answered an unanswerable question: how many troops',
      '    c.txt: Troops were sent.',
    ]);
  });

  it('shows the withheld passages of a refused question', () => {
    const lines = describeMisses(
      'toy',
      [{ question: 'where', answers: [{ all: ['Minsk'] }] }],
      [{ answered: false, passages: [], withheld: [quote('a.txt', 'In Minsk.')] }],
    );
    expect(lines.slice(1)).toEqual([
      '  refused: where',
      '    gold: "Minsk"',
      '    a.txt: In Minsk.',
    ]);
  });
});
