/**
 * A framing verb's noun ("the report") is content, the verb ("what was reported") frames the
 * question (plan/framing-noun.ts). Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { isFramingNoun } from '../../src/search/plan/framing-noun.js';
import { tokenize } from '../../src/text/terms.js';
import { FERRY_INQUIRY } from '../support/ferry-inquiry.js';
import { engineOver } from './fixtures.js';

function framingNouns(question: string): string[] {
  const tokens = tokenize(question);
  return tokens.filter((_, i) => isFramingNoun(question, tokens, i)).map((t) => t.word);
}

describe('framing nouns', () => {
  it('reads a framing verb after an article, a possessive or a genitive as its noun', () => {
    expect(framingNouns('how many recommendations did the report make')).toEqual(['report']);
    expect(framingNouns("what did the council's report find")).toEqual(['report']);
    expect(framingNouns('what did their final report say')).toEqual(['report']);
    expect(framingNouns('what is on the list')).toEqual(['list']);
  });

  it('leaves the verb, and a noun pointing at the coverage, framing', () => {
    expect(framingNouns('what was reported about the fire')).toEqual([]);
    expect(framingNouns('what did the council report')).toEqual([]);
    expect(framingNouns('what does this report say about the fire')).toEqual([]);
    expect(framingNouns('which report said it')).toEqual([]);
    expect(framingNouns('what did they say')).toEqual([]);
  });

  it('answers with the sentence of the report asked about, not another count of the same noun', () => {
    const { engine } = engineOver(...FERRY_INQUIRY);
    expect(engine.ask('how many recommendations did the report make?').passages[0]?.quote).toBe(
      'The report made 14 recommendations, including new fire doors.',
    );
  }, 120_000);
});
