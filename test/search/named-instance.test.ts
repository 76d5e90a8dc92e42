import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { namesInstanceOf } from '../../src/search/plan/named-instance.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { stem } from '../../src/text/terms.js';
import { searchCorpus, type SearchFixtureArticle } from './fixtures.js';

/**
 * An invented round of fisheries talks: one passage names the host country with no preposition
 * of place before it, another repeats more of the question's words and names no country.
 */
const TALKS: SearchFixtureArticle = {
  id: 'talks',
  title: 'Quota talks end without a deal',
  published: '2026-03-02',
  paragraphs: [
    ['Delegates argued for hours over who should host the next round of quota talks.'],
    ['Norway will host the next round of quota talks in May, the ministers agreed.'],
    ['The fleets stay in port until a deal is struck.'],
  ],
};

describe('a name of the class a "which N" question asks', () => {
  it('reads a proper noun WordNet files as an instance of the class, or of a class above it', () => {
    expect(namesInstanceOf('Norway will host the next round.', stem('country'))).toBe(true);
    expect(namesInstanceOf('The ship docked at dawn in Valparaiso.', stem('port'))).toBe(true);
    expect(namesInstanceOf('Massachusetts has 157.', stem('state'))).toBe(true);
    expect(namesInstanceOf('The Mississippi rose.', stem('river'))).toBe(true);
    // A class noun, a name of another class, or a class too far up: no.
    expect(namesInstanceOf('The country will host the next round.', stem('country'))).toBe(false);
    expect(namesInstanceOf('Norway will host the next round.', stem('river'))).toBe(false);
    expect(namesInstanceOf('Norway will host the next round.', stem('region'))).toBe(false);
  });

  it('scores such a name as a place for "which country", wherever it stands', () => {
    const type = answerTypeOf('Which country will host the next round of quota talks?')!;
    expect(type.name).toBe('place');
    expect(answerTypeScore('Norway will host the next round.', type)).toBe(1);
    expect(answerTypeScore('Delegates argued over who should host it.', type)).toBe(0);
    // "Where" names no class: a name with no preposition of place stays unread.
    expect(
      answerTypeScore('Norway will host the next round.', answerTypeOf('Where are the talks?')!),
    ).toBe(0);
  });

  it('ranks the passage naming the country first', () => {
    const corpus = searchCorpus(TALKS);
    const ranked = SearchIndex.build(corpus, []).rank(
      'which country will host the next round of quota talks?',
    ).ranked;
    const first = corpus.sentences[ranked[0]!.sentence]!;
    expect(corpus.articles[first.article]!.text.slice(first.start, first.end)).toMatch(
      /^Norway will host/,
    );
  });
});
