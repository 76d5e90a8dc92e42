import { describe, expect, it } from 'vitest';
import { feedbackScore, feedbackSet, relevanceModel } from '../../src/search/feedback.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { searchCorpus } from './fixtures.js';

describe('relevanceModel (RM1)', () => {
  it('weights each term by its share of each passage times the passage’s score, summing to 1', () => {
    // Passage A (weight 1): terms 1 1 2 3 → P(1|A) = 0.5, P(2|A) = P(3|A) = 0.25.
    // Passage B (weight 0.5): terms 2 4 → P(2|B) = P(4|B) = 0.5.
    const model = relevanceModel(
      [
        { terms: [[1, 1, 2, 3]], weight: 1 },
        { terms: [[2], [4]], weight: 0.5 },
      ],
      () => false,
      10,
    );
    // Mass: 1 → 0.5, 2 → 0.25 + 0.25, 3 → 0.25, 4 → 0.25; total 1.5.
    expect(model.get(1)).toBeCloseTo(0.5 / 1.5);
    expect(model.get(2)).toBeCloseTo(0.5 / 1.5);
    expect(model.get(3)).toBeCloseTo(0.25 / 1.5);
    expect(model.get(4)).toBeCloseTo(0.25 / 1.5);
  });

  it('leaves out the excluded terms and keeps the heaviest, renormalised', () => {
    const model = relevanceModel([{ terms: [[7, 7, 7, 8, 8, 9]], weight: 1 }], (id) => id === 7, 1);
    expect([...model]).toEqual([[8, 1]]);
  });

  it('is empty when no passage has weight or terms', () => {
    expect(relevanceModel([{ terms: [[1, 2]], weight: 0 }], () => false).size).toBe(0);
    expect(relevanceModel([{ terms: [[]], weight: 1 }], () => false).size).toBe(0);
  });
});

describe('feedbackScore', () => {
  const model = new Map([
    [1, 0.5],
    [2, 0.3],
    [3, 0.2],
  ]);

  it('sums the weight of the model’s terms a passage holds, each once', () => {
    expect(feedbackScore(model, [1, 1, 9])).toBeCloseTo(0.5);
    expect(feedbackScore(model, [3, 9], [1, 3])).toBeCloseTo(0.7);
    expect(feedbackScore(model, [9, 10])).toBe(0);
    expect(feedbackScore(new Map(), [1])).toBe(0);
  });
});

describe('feedbackSet', () => {
  const candidate = (sentence: number, contextCoverage: number, bm25 = 0) => ({
    sentence,
    features: { contextCoverage, bm25 },
  });

  it('keeps the best by the question’s words, ties by BM25 then corpus order', () => {
    const set = feedbackSet(
      [
        candidate(5, 0.2),
        candidate(3, 0.9),
        candidate(4, 0.5, 0.1),
        candidate(1, 0.5, 0.3),
        candidate(2, 0.5, 0.3),
      ],
      3,
    );
    expect(set.map((c) => c.sentence)).toEqual([3, 1, 2]);
  });
});

describe('the feedback feature in the ranking', () => {
  // An invented report: every sentence holds the question's "pact"; the answer words its start
  // as "comes into force", beside the topic's other words ("harbour", "levy") that most of the
  // passages matching the question use; another pact, of a bakery, shares none of them.
  const corpus = searchCorpus({
    id: 'gazette',
    title: 'Council notes',
    published: '2024-03-02',
    paragraphs: [
      ['The harbour ferry pact sets a levy on each ferry crossing.'],
      ['Critics said the pact would kick the levy onto harbour traders.'],
      ['The pact levy comes into force at the harbour in April.'],
      ['A bakery pact was signed on Mill Street in April.'],
    ],
  });
  const index = SearchIndex.build(corpus, []);
  const text = (s: number) => {
    const sentence = corpus.sentences[s]!;
    return corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
  };

  it('credits a candidate holding the best-matching passages’ other words above one holding few', () => {
    const ranked = index.rank('when does the pact kick in?').ranked;
    const feedbackOf = (start: string) =>
      ranked.find((r) => text(r.sentence).startsWith(start))?.features.feedback ?? -1;
    const answer = feedbackOf('The pact levy comes into force');
    expect(answer).toBeGreaterThan(0.3);
    expect(feedbackOf('A bakery pact')).toBeGreaterThanOrEqual(0);
    expect(feedbackOf('A bakery pact')).toBeLessThan(answer / 2);
  });
});
