/**
 * The plans of the question last asked are kept (search-index.ts `plans`): the engine searches
 * a question naming a source several times in one ask, and planning it each time gave the same
 * plan. They are kept for that question alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engineOver } from './fixtures.js';

const ARTICLE = (id: string, sentence: string) => ({
  id,
  published: null,
  paragraphs: [[sentence]],
});

describe('the plans of the question asked', () => {
  const articles = [
    ARTICLE('harbour', 'The harbour board raised the mooring fee in May.'),
    ARTICLE('ferry', 'The ferry company cut its fares after the storm.'),
  ];
  // Building the first engine of a worker reads the language model and WordNet.
  beforeAll(() => void engineOver(...articles), 120_000);

  it('are planned once for the searches of one question, with and without its sources', () => {
    const { index } = engineOver(...articles);
    const question = 'when did the harbour board raise the fee';
    const plan = index.rank(question).plan;
    expect(index.rank(question).plan).toBe(plan);
    const unnamed = index.rank(question, undefined, false).plan;
    expect(unnamed).not.toBe(plan);
    expect(index.rank(question, undefined, false).plan).toBe(unnamed);
    expect(unnamed.question).toBe(plan.question);
  });

  it('are planned anew, the same, once other questions were asked', () => {
    const { index } = engineOver(...articles);
    const question = 'who cut the ferry fares';
    const plan = index.rank(question).plan;
    index.rank('what did the harbour board raise');
    index.rank('what did the harbour board raise', undefined, false);
    const again = index.rank(question).plan;
    expect(again).not.toBe(plan);
    expect(again).toEqual(plan);
  });
});
