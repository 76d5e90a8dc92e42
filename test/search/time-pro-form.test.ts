/**
 * "at the time", "at that moment": a time-position adjunct that only points to a time the
 * context gives ("then" spelt out), so its noun is no word of what is asked. Tiny invented
 * corpora.
 */
import { describe, expect, it } from 'vitest';
import { adverbialsIn, isTimeProForm } from '../../src/search/plan/adverbials.js';
import { tokenize } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

const ARTICLE = (id: string, ...paragraphs: string[][]) => ({
  id,
  published: null,
  paragraphs,
});

describe('time pro-forms', () => {
  it('reads "at" with a definite determiner and "time" or "moment" as one', () => {
    expect(isTimeProForm('at the time')).toBe(true);
    expect(isTimeProForm('at that moment')).toBe(true);
    expect(isTimeProForm('at this time')).toBe(true);
    expect(isTimeProForm('at a time')).toBe(false);
    expect(isTimeProForm('the time')).toBe(false);
    const question = 'how old was the mayor at the time of the flood';
    expect(
      adverbialsIn(question, tokenize(question), isTimeProForm).map((match) => match.phrase),
    ).toEqual(['at the time']);
  });

  it('drops the noun of "at the time" from the question’s concepts', () => {
    const { index } = engineOver(
      ARTICLE('a', ['Mayor Oduya said a deal was only a matter of time.']),
    );
    const labels = index.rank('what did Oduya say at the time').plan.concepts.map((c) => c.label);
    expect(labels).not.toContain('time');
  });

  it('ranks the age of the described person above a sentence repeating "time"', () => {
    const { engine } = engineOver(
      ARTICLE(
        'town',
        [
          'Mayor Grete Oduya, who has run the port town since 2009, said a new harbour was only a matter of time.',
        ],
        ['Critics of Oduya walked out of the council meeting.'],
        ['The 58-year-old has led the council through two floods.'],
      ),
    );
    const answer = engine.ask('how old was Oduya at the time');
    expect(answer.passages[0]?.quote).toContain('58-year-old');
  });
});
