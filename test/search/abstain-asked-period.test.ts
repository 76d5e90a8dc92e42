/**
 * A question restricted to one period by an ordinal (src/search/abstain-asked-period.ts): "what
 * did the toll bring in in the second half" is not answered by the first half's figures, nor by
 * the second half's only compared with; it is by the second half's. Tiny invented corpora: a
 * bridge toll's first half told, then its second half.
 */
import { describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The toll's first half of the year, and a second-half figure only compared with. */
const FIRST_HALF: SearchFixtureArticle = {
  id: 'first-half',
  title: 'Brannock bridge toll brings in £2.3m',
  outlet: 'Orlick Mercury',
  published: '2026-07-09',
  paragraphs: [
    ['The Brannock bridge toll brought in £2.3 million in its first half year, the trust said.'],
    ['In the toll’s first half year, 610,000 cars crossed the bridge.'],
    ['The trust will spend the money on repainting the bridge deck.'],
  ],
};

/** The toll's second half, told. */
const SECOND_HALF: SearchFixtureArticle = {
  id: 'second-half',
  title: 'Bridge toll takings fall',
  outlet: 'Orlick Post',
  published: '2027-01-12',
  paragraphs: [
    ['The Brannock bridge toll brought in £1.9 million in its second half year.'],
    ['Fewer cars crossed the bridge in the second half year after the rail line reopened.'],
  ],
};

describe('the asked-period gate', () => {
  // The first question builds the fixtures' engine and loads WordNet: slow on a busy machine.
  const ENGINE_TIMEOUT = 120_000;
  it(
    'refuses a question for one period when the passages tell only another',
    () => {
      const { engine } = engineOver(FIRST_HALF);
      for (const question of [
        'what did the toll bring in in the second half year?',
        'how did the bridge toll do in its second half year',
      ])
        expect(engine.ask(question).answered, question).toBe(false);
    },
    ENGINE_TIMEOUT,
  );

  it(
    'answers it when a passage names the asked period, and a question naming none',
    () => {
      const { engine } = engineOver(FIRST_HALF, SECOND_HALF);
      const second = engine.ask('what did the toll bring in in the second half year?');
      expect(second.answered).toBe(true);
      expect(second.passages.map((p) => p.quote).join(' ')).toContain('£1.9 million');
      const first = engineOver(FIRST_HALF).engine.ask(
        'what did the toll bring in in the first half year?',
      );
      expect(first.answered).toBe(true);
      expect(engineOver(FIRST_HALF).engine.ask('what did the toll bring in?').answered).toBe(true);
    },
    ENGINE_TIMEOUT,
  );
});
