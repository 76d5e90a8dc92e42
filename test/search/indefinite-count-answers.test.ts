import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/**
 * An invented report on a harbour trust: one sentence says petitions were lodged, another that
 * several were, so only the second says (roughly) how many.
 */
const TRUST: SearchFixtureArticle = {
  id: 'harbour-trust',
  title: 'Harbour trust faces residents',
  published: '2023-05-02',
  paragraphs: [
    ['Since the spring, residents have lodged petitions against the fees.'],
    [
      'Since the spring, residents of the harbour villages have lodged several petitions with the trust about the new mooring fees.',
    ],
  ],
};

describe('an indefinite quantifier counts the asked things roughly', () => {
  const type = answerTypeOf('how many petitions did residents lodge')!;

  it('scores "several" or "a few" before the asked noun as a vague count', () => {
    expect(answerTypeScore('Residents lodged several petitions.', type)).toBe(0.75);
    expect(answerTypeScore('Residents lodged a few petitions.', type)).toBe(0.75);
    expect(answerTypeScore('Residents lodged petitions.', type)).toBe(0);
    // "Few" judges the number small rather than stating it; another noun's quantifier counts nothing asked.
    expect(answerTypeScore('Residents lodged few petitions.', type)).toBe(0);
    expect(answerTypeScore('Several residents complained.', type)).toBe(0);
    expect(answerTypeScore('Residents lodged 14 petitions.', type)).toBe(1);
  });

  it('reads the quantifier however the text writes the word (case, inner dots, accents)', () => {
    // The same words after folding (text/terms.ts foldWord): the cheap test that skips a text
    // holding none of them must not skip these.
    expect(answerTypeScore('Residents lodged SEVERAL petitions.', type)).toBe(0.75);
    expect(answerTypeScore('Residents lodged a F.e.w petitions.', type)).toBe(0.75);
    expect(answerTypeScore("Residents lodged sev'eral petitions.", type)).toBe(0.75);
    expect(answerTypeScore('Residents lodged sévéral petitions.', type)).toBe(0.75);
    expect(answerTypeScore('Residents lodged ｓｅｖｅｒａｌ petitions.', type)).toBe(0.75);
    expect(answerTypeScore('Residents lodged several-fold petitions.', type)).toBe(0.75);
    expect(answerTypeScore('Residents lodged severally petitions.', type)).toBe(0);
  });

  it('ranks "several petitions" above petitions not counted', () => {
    const { index, corpus } = engineOver(TRUST);
    const ranking = index.rank('how many petitions have residents lodged since the spring?');
    const sentence = corpus.sentences[ranking.ranked[0]!.sentence]!;
    const text = corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
    expect(text).toMatch(/several petitions/);
  });
});
