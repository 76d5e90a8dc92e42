import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { asksLength, namesPhysicalThing } from '../../src/search/plan/length-or-duration.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { searchCorpus, type SearchFixtureArticle } from './fixtures.js';

/**
 * An invented pier: one sentence gives its length, another how long its repairs and a strike
 * lasted. "How long is the pier" asks the first; "how long did the repairs take" the second.
 */
const PIER: SearchFixtureArticle = {
  id: 'pier',
  title: 'Harwick pier reopens',
  published: '2025-06-02',
  paragraphs: [
    ['Harwick pier reopened to walkers on Saturday after repairs that took eleven weeks.'],
    ['The rebuilt pier is 412 metres long, with a new deck of recycled timber.'],
    ['A strike by the contractor’s crews lasted nine days in April.'],
  ],
};

const length = 'The rebuilt pier is 412 metres long, with a new deck of recycled timber.';
const weeks = 'Harwick pier reopened to walkers on Saturday after repairs that took eleven weeks.';

function firstFor(question: string): string {
  const corpus = searchCorpus(PIER);
  const top = SearchIndex.build(corpus, []).rank(question).ranked[0]!;
  const sentence = corpus.sentences[top.sentence]!;
  return corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
}

describe('"how long": a length or a duration, by the predicate', () => {
  it('reads a physical thing after a copula as asking its length', () => {
    for (const question of [
      'How long is the pier?',
      "How long is the cliff railway's track?",
      'how long were the inland mail routes in 1850',
      "how long's the new road",
      'How long is the tunnel under the river?',
    ]) {
      expect(asksLength(question), question).toBe(true);
      expect(answerTypeOf(question), question).toEqual({ name: 'number', dimension: 'length' });
    }
  });

  it('reads a happening, a verb of duration or a state held over time as asking a duration', () => {
    for (const question of [
      'How long was the strike?',
      'How long did the repairs take?',
      'How long did the pier stay closed?',
      'How long is the deal valid for?',
      'How long is the pier expected to stay closed?',
      'How long has she chaired the trust?',
      'How long was the flight?',
      // A match is a contest as well as a matchstick: its length is a time.
      'How long was the match?',
      // A path "to citizenship" is first a course of conduct (WordNet's noun.act).
      'How long is the path to citizenship?',
    ]) {
      expect(asksLength(question), question).toBe(false);
      expect(answerTypeOf(question)?.name, question).toBe('duration');
    }
  });

  it('reads the noun by its most frequent WordNet senses', () => {
    expect(namesPhysicalThing('pier')).toBe(true);
    expect(namesPhysicalThing('routes')).toBe(true);
    expect(namesPhysicalThing('strike')).toBe(false);
    expect(namesPhysicalThing('valid')).toBe(false);
  });

  it('scores a length as the answer to a length, and a span of time as none', () => {
    const type = answerTypeOf('How long is the pier?')!;
    expect(answerTypeScore(length, type)).toBe(1);
    expect(answerTypeScore(weeks, type)).toBeLessThan(1);
  });

  it('ranks the sentence with the length first for "how long is the pier"', () => {
    expect(firstFor('How long is the pier?')).toBe(length);
    expect(firstFor('How long did the pier repairs take?')).toBe(weeks);
  });
});
