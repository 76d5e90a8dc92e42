import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { asksLength, namesPhysicalThing } from '../../src/search/plan/length-or-duration.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { searchCorpus, type SearchFixtureArticle } from './fixtures.js';

/**
 * An invented pier: one sentence gives the day it reopened, one its length, one how long a
 * strike lasted. "How long is the pier" asks the second; "how long was the strike" the third.
 */
const PIER: SearchFixtureArticle = {
  id: 'pier',
  title: 'Harwick pier reopens',
  published: '2025-06-02',
  paragraphs: [
    ['Harwick pier reopened to walkers on Saturday, June 1, after the storm repairs.'],
    ['The rebuilt pier is 412 metres long, with a new deck of recycled timber.'],
    ['A strike by the contractor’s crews lasted nine days in April.'],
  ],
};

const length = 'The rebuilt pier is 412 metres long, with a new deck of recycled timber.';
const weeks = 'Repairs to the pier took eleven weeks.';
const strike = 'A strike by the contractor’s crews lasted nine days in April.';

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
      expect(answerTypeOf(question), question).toMatchObject({
        name: 'duration',
        dimension: 'length',
      });
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
      // A pronoun is the whole subject, and a participle after it a passive's: a state held.
      'How long were they trapped for?',
      'How long were they in the tunnel?',
      'How long was the tunnel closed?',
      'How long were the cavers trapped?',
    ]) {
      expect(asksLength(question), question).toBe(false);
      expect(answerTypeOf(question)?.name, question).toBe('duration');
      expect(answerTypeOf(question)?.dimension, question).toBeUndefined();
    }
  });

  it('reads the noun by its most frequent WordNet senses', () => {
    expect(namesPhysicalThing('pier')).toBe(true);
    expect(namesPhysicalThing('routes')).toBe(true);
    expect(namesPhysicalThing('strike')).toBe(false);
    expect(namesPhysicalThing('valid')).toBe(false);
  });

  it("scores a length as an answer to a thing's length, as a span of time is", () => {
    const type = answerTypeOf('How long is the pier?')!;
    expect(answerTypeScore(length, type)).toBe(1);
    // The noun's kind is its most frequent sense's: a span of time still answers.
    expect(answerTypeScore(weeks, type)).toBe(1);
    expect(answerTypeScore('The pier has 30 new benches.', type)).toBe(0);
    // Of a happening, a length is no answer.
    expect(answerTypeScore(length, answerTypeOf('How long was the strike?')!)).toBe(0);
  });

  it('ranks the sentence with the length first for "how long is the pier"', () => {
    expect(firstFor('How long is the pier?')).toBe(length);
    expect(firstFor('How long was the strike by the crews?')).toBe(strike);
  });
});
