/**
 * Regular forms of a verb the Porter stemmer puts apart ("die" → "die", "died" → "di";
 * src/search/plan/split-forms.ts) are one word to the search: a question's "die" finds "died",
 * and a question's "died" has the synonyms and derived forms WordNet gives "die". Tiny invented
 * corpus: a storm in which trees died and a mill was staffed.
 */
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/text/terms.js';
import { splitFormTerms } from '../../src/search/plan/split-forms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const STORM: SearchFixtureArticle = {
  id: 'storm',
  title: 'Storm fells the Garrow elms',
  outlet: 'Garrow Echo',
  published: '2026-06-02',
  paragraphs: [
    ['Two hundred elms along the Garrow towpath died after the salt flood in March.'],
    ['The death of the old oak by the lock was recorded a year earlier.'],
    ['The council says new trees will be planted in the autumn.'],
    ['Volunteers staffed the towpath café through the summer.'],
  ],
};

describe('the split forms of a verb', () => {
  it('are the terms of its regular forms the stemmer puts apart', () => {
    // The premise: Porter gives "die" and "died" two terms.
    expect(stem('die')).not.toBe(stem('died'));
    expect(splitFormTerms('died')).toContain(stem('die'));
    expect(splitFormTerms('die')).toContain(stem('died'));
    expect(splitFormTerms('staff')).toContain(stem('staffed'));
  });

  it('are none where the stemmer unites the forms', () => {
    expect(splitFormTerms('closed')).toEqual([]);
    expect(splitFormTerms('stopped')).toEqual([]);
    expect(splitFormTerms('studies')).toEqual([]);
  });

  it('are none through a form that is a word of its own', () => {
    // "seed" is no past of "see", nor "feed" of "fee".
    expect(splitFormTerms('see')).toEqual([]);
    expect(splitFormTerms('seed')).toEqual([]);
  });
});

describe('a question word with a split form', () => {
  const { engine, index } = engineOver(STORM);

  it('finds the form the text writes', () => {
    const answer = engine.ask('How many elms will die along the towpath?');
    expect(answer.passages[0]?.quote).toContain('elms along the Garrow towpath died');
    const concept = index
      .rank('Why did the elms die?')
      .plan.concepts.find((c) => c.label === 'die');
    expect(concept?.alternatives.map((a) => a.terms.join(' '))).toContain(stem('died'));
  });

  it("has the lemma's derived forms", () => {
    const concept = index
      .rank('When was it recorded that the oak died?')
      .plan.concepts.find((c) => c.label === 'died');
    expect(concept?.alternatives.map((a) => `${a.terms.join(' ')}:${a.kind}`)).toContain(
      `${stem('death')}:derived`,
    );
  });
});
