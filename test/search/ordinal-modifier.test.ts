/**
 * An ordinal modifying a noun ("the first strike") picks out one member of a series: it means
 * only itself, and no other word means it ("start" is not "first"; search/plan/ordinal-modifier.ts).
 * Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { isOrdinalModifier, isOrdinalTerm } from '../../src/search/plan/ordinal-modifier.js';
import { tokenize } from '../../src/text/terms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const VOTE: SearchFixtureArticle = {
  id: 'vote',
  title: 'Bus drivers vote to strike',
  outlet: 'Vale Courier',
  published: '2026-06-02',
  paragraphs: [
    ['The union said the strike would begin at 05:00 on Monday 15 June.'],
    ['The first of the 40 new drivers will start work in September.'],
    ['Passengers who bought tickets for the first week of June can claim a refund.'],
    ['The first strike ended at 05:00 on Wednesday 17 June.'],
  ],
};

describe('an ordinal modifying a noun', () => {
  it('is read after a determiner or a possessive, not as an adverb', () => {
    const at = (question: string, word: string) => {
      const tokens = tokenize(question);
      return isOrdinalModifier(
        question,
        tokens,
        tokens.findIndex((token) => token.word === word),
      );
    };
    expect(at('when does the first strike start', 'first')).toBe(true);
    expect(at("what was Tully's second offer", 'second')).toBe(true);
    // A plural's possessive writes the apostrophe alone (text/possessive.ts).
    expect(at("what did the miners' second ballot decide", 'second')).toBe(true);
    expect(at("what did Wales' first minister say", 'first')).toBe(true);
    expect(at('what did the 2nd round decide', '2nd')).toBe(true);
    expect(at('when did they first meet', 'first')).toBe(false);
    expect(at('when does the strike start', 'strike')).toBe(false);
    expect(isOrdinalTerm('second')).toBe(true);
    expect(isOrdinalTerm('start')).toBe(false);
  });

  it('means only itself, and no other word of the question means an ordinal', () => {
    const { index } = engineOver(VOTE);
    const { concepts } = index.rank('when does the first strike start').plan;
    const terms = (label: string) =>
      concepts.find((concept) => concept.label === label)?.alternatives.map((a) => a.terms[0]);
    expect(terms('first')).toEqual(['first']);
    expect(terms('start')).toContain('begin');
    expect(terms('start')).not.toContain('first');
  });

  it('finds the strike beginning before the first new drivers starting work', () => {
    const { engine } = engineOver(VOTE);
    expect(engine.ask('when does the first strike start').passages[0]?.quote).toBe(
      'The union said the strike would begin at 05:00 on Monday 15 June.',
    );
  });
});
