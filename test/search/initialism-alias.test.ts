import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/search-index.js';
import { stemmedIntoInitialism } from '../../src/search/plan/initialism-alias.js';
import { searchCorpus, type SearchFixtureArticle } from './fixtures.js';

/** An invented grant story: one sentence says what the grant was used for, one names the US. */
const GRANT: SearchFixtureArticle = {
  id: 'harbour-grant',
  title: 'Harbour grant awarded',
  published: '2024-02-11',
  paragraphs: [
    ['The United States grant for Portmere was announced in America last week.'],
    ['Officials said the grant was used to rebuild the harbour wall at Portmere.'],
  ],
};

const ALIASES = [['United States', 'US', 'U.S.', 'USA', 'America']];

describe('a word stemmed into an initialism does not name it', () => {
  it('tells "used" from "US" by the word written', () => {
    const group = [['us'], ['unit', 'state'], ['america']];
    expect(stemmedIntoInitialism(group, 'us', 'used')).toBe(true);
    expect(stemmedIntoInitialism(group, 'us', 'us')).toBe(false);
    // A one-word alias that spells no other member is matched by stem as before.
    expect(stemmedIntoInitialism([['guard'], ['rosgvardia']], 'guard', 'guards')).toBe(false);
  });

  const corpus = searchCorpus(GRANT);
  const index = SearchIndex.build(corpus, ALIASES);

  it('gives "used" no alias of the United States', () => {
    const plan = index.rank('what was the Portmere grant used for?').plan;
    const used = plan.concepts.find((concept) => concept.label === 'used')!;
    expect(used.alternatives.map((alternative) => alternative.terms.join(' '))).toEqual(['us']);
    // The name written out still has its aliases.
    const named = index.rank('what was the United States grant for?').plan;
    const country = named.concepts.find((concept) => concept.label === 'United States')!;
    expect(country.alternatives.map((alternative) => alternative.terms.join(' '))).toContain(
      'america',
    );
  });

  it('ranks what the grant was used for above the sentence naming the United States', () => {
    const ranking = index.rank('what was the Portmere grant used for?');
    const sentence = corpus.sentences[ranking.ranked[0]!.sentence]!;
    const text = corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
    expect(text).toMatch(/^Officials said/);
  });
});
