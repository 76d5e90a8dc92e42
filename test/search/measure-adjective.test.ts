/**
 * "How hot did it get": "how" before an adjective of a quality measured on a scale with a unit
 * asks a figure in that unit (answer-type.ts `degreeDimension`), and "get" after it is a
 * resulting copula naming no act (plan/resulting-copula.ts), so a passage giving the temperature
 * answers before one that only says "get". Invented corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { isResultingCopula } from '../../src/search/plan/resulting-copula.js';
import { tokenize } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

/** A heatwave at a reservoir: the figure with its unit, and "get" used of something else. */
const HEAT = {
  id: 'heat',
  published: '2026-07-21',
  paragraphs: [
    ['About 3,000 homes in Farlow get their water from the Colby reservoir.'],
    ['On the hottest day of the heatwave the thermometer at Colby reached 33C.'],
    ['The water company asked customers to take shorter showers.'],
  ],
};

/** True when some word of `question` is read as a resulting copula. */
const hasCopula = (question: string): boolean => {
  const tokens = tokenize(question);
  return tokens.some((_, i) => isResultingCopula(tokens, i));
};

describe('a measure asked by "how" and its adjective', () => {
  beforeAll(() => {
    engineOver(HEAT);
  });

  it('asks a temperature of "how hot", a degree of "how badly"', () => {
    expect(answerTypeOf('how hot did it get')).toEqual({
      name: 'number',
      dimension: 'temperature',
    });
    expect(answerTypeOf('how cold was the water')?.dimension).toBe('temperature');
    expect(answerTypeOf('how badly damaged is it')).toEqual({ name: 'degree' });
    expect(answerTypeOf('how warm a welcome did the crew get')).toEqual({ name: 'degree' });
  });

  it('reads "get" and "become" after a fronted "how ADJ" as a copula only', () => {
    expect(hasCopula('how hot did it get')).toBe(true);
    expect(hasCopula('how bad has the flooding become')).toBe(true);
    expect(hasCopula('how hot is it getting')).toBe(true);
    // "get" as a verb of receiving or of moving, and a relative clause's verb.
    expect(hasCopula('how much did she get')).toBe(false);
    expect(hasCopula('how big a grant did they get')).toBe(false);
    expect(hasCopula('how far did the walkers get')).toBe(false);
    expect(hasCopula('how big was the grant they got')).toBe(false);
    // "get" after another verb's "to", and "get there" as arriving.
    expect(hasCopula('how long did it take to get there')).toBe(false);
    expect(hasCopula('how early did they get there')).toBe(false);
  });

  it('answers "how hot did it get" with the temperature', () => {
    const { engine } = engineOver(HEAT);
    const answer = engine.ask('how hot did it get');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('33C');
  });
});
