import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/search-index.js';
import { searchCorpus, type SearchFixtureArticle } from './fixtures.js';

/**
 * A sentence that leans on the one before it ("They are set to …" after the sentence naming
 * them) takes its referent from it, not its date, count or place: features.ts REFERENT_TYPES.
 */
const COMPACT: SearchFixtureArticle = {
  id: 'compact',
  title: 'Water companies sign compact',
  published: '2025-06-02',
  paragraphs: [
    [
      'Kestrel Water and the Fenwick Trust signed a supply compact on 4 May in Harrowgate, with 12 engineers present.',
      'They are set to share the Ashby reservoir.',
    ],
    ['The reservoir lies north of the town.'],
  ],
};

const SHARE = 'They are set to share the Ashby reservoir.';

/** The leaning sentence's features for `question`. */
function featuresOfShare(question: string) {
  const corpus = searchCorpus(COMPACT);
  const share = corpus.sentences.findIndex(
    (s) => corpus.articles[s.article]!.text.slice(s.start, s.end) === SHARE,
  );
  const ranking = SearchIndex.build(corpus, []).rank(question);
  const found = ranking.ranked.find((r) => r.sentence === share);
  expect(found, question).toBeDefined();
  return found!.features;
}

describe('the answer type a sentence takes from the sentence it leans on', () => {
  it.each([
    ['When will Kestrel Water start to share the Ashby reservoir?'],
    ['How many Kestrel Water engineers will share the Ashby reservoir?'],
    ['Where will Kestrel Water share the Ashby reservoir?'],
  ])('"%s": the date, count or place before belongs to the signing, not to the sharing', (q) => {
    const features = featuresOfShare(q);
    // The context still adds the words the sentence lacks.
    expect(features.contextCoverage).toBeGreaterThan(features.coverage);
    expect(features.typeMatch).toBe(0);
    expect(features.typeMiss).toBe(1);
  });

  it('a person or a body is read through the referent the pronoun stands for', () => {
    const features = featuresOfShare(
      'Which company will share the Ashby reservoir with Kestrel Water?',
    );
    expect(features.typeMatch).toBeGreaterThan(0);
    expect(features.typeMiss).toBe(0);
  });

  it('the sentence that states the date still holds it', () => {
    const corpus = searchCorpus(COMPACT);
    const ranking = SearchIndex.build(corpus, []).rank('When was the supply compact signed?');
    expect(ranking.ranked[0]?.features.typeMatch).toBe(1);
  });
});
