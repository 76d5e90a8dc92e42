import { describe, expect, it } from 'vitest';
import {
  MatchSlots,
  QuestionMatcher,
  TermMarks,
  type ScoredConcept,
} from '../../src/search/match.js';

/** A concept whose alternatives are term-id lists, each with its factor. */
function concept(weight: number, ...alternatives: Array<[number[], number]>): ScoredConcept {
  return {
    weight,
    alternatives: alternatives.map(([ids, factor]) => ({ ids, factor })),
    name: false,
  };
}

/** A matcher over invented sentences (lists of term ids) in a vocabulary of 100 terms. */
function matcherOver(concepts: ScoredConcept[], sentences: number[][]): QuestionMatcher {
  return new QuestionMatcher(concepts, new TermMarks(100), (s) => sentences[s] ?? []);
}

describe('QuestionMatcher', () => {
  // Question "ferry reopen june": ferry (1; alias 2), reopen (3), june (4).
  const concepts = [concept(2, [[1], 1], [[2], 0.95]), concept(1, [[3], 1]), concept(1, [[4], 1])];
  const sentences = [
    [1, 3, 9, 4], // ferry reopen … june
    [9, 8, 7], // nothing of the question
    [4, 9, 9, 9, 2], // june … (alias of ferry), far apart
    [3, 1], // reopen ferry: the pair in the other order
  ];
  const matcher = matcherOver(concepts, sentences);

  it('weights coverage by concept and takes the best alternative of each', () => {
    expect(matcher.sentence(0).coverage).toBe(1);
    expect(matcher.sentence(2).coverage).toBeCloseTo((2 * 0.95 + 1) / 4, 12);
    expect(matcher.sentence(2).matched).toEqual([0.95, 0, 1]);
    expect([...matcher.matchedIds([2])].sort()).toEqual([2, 4]);
  });

  it('gives a sentence that holds none of the question nothing', () => {
    const none = matcher.sentence(1);
    expect(none).toMatchObject({ coverage: 0, proximity: 0, phrases: 0 });
    expect(none.matched).toEqual([0, 0, 0]);
    expect(matcher.matchedIds([1]).size).toBe(0);
  });

  it('measures proximity of the matched words and the question word pairs kept together', () => {
    expect(matcher.sentence(0).proximity).toBe(3 / 4);
    expect(matcher.sentence(2).proximity).toBe(2 / 5);
    // "ferry reopen" stands together in sentence 0, and reversed in 3; "reopen june" in neither.
    expect(matcher.sentence(0).phrases).toBe(1 / 2);
    expect(matcher.sentence(3).phrases).toBe(1 / 2);
    expect(matcher.sentence(2).phrases).toBe(0);
  });

  it('counts a word pair the question repeats once', () => {
    // "police … army … police": pairs (police, army) and (army, police) are the same two terms.
    const repeated = matcherOver(
      [concept(1, [[5], 1]), concept(1, [[6], 1]), concept(1, [[5], 1])],
      [[5, 6, 0]],
    );
    expect(repeated.sentence(0).phrases).toBe(1 / 2);
  });

  it('covers a window with the best match of each concept among its sentences', () => {
    expect(matcher.coverage([1, 2])).toBeCloseTo((2 * 0.95 + 1) / 4, 12);
    expect(matcher.spanCoverage(2, 3)).toBe(1);
    expect(matcher.spanCoverage(3, 2)).toBe(0);
    expect(matcher.coverage([2, 3])).toBe(matcher.spanCoverage(2, 3));
    expect([...matcher.matchedIds([0, 2])].sort()).toEqual([1, 2, 3, 4]);
  });

  it("lists a window's matched terms as its sentences listed one by one would", () => {
    expect([...matcher.spanMatchedIds(0, 2)].sort()).toEqual([
      ...[...matcher.matchedIds([0, 1, 2])].sort(),
    ]);
    expect([...matcher.spanMatchedIds(2, 3)].sort()).toEqual(
      [...matcher.matchedIds([2, 3])].sort(),
    );
    expect(matcher.spanMatchedIds(3, 2).size).toBe(0);
  });

  it('highlights only the best alternative of each concept, as it is scored', () => {
    // "ferry" (1) and its weaker alias (2) both stand here: only the one scored is shown.
    const both = matcherOver(concepts, [[2, 1, 3]]);
    expect(both.sentence(0).matched).toEqual([1, 1, 0]);
    expect([...both.matchedIds([0])].sort()).toEqual([1, 3]);
    // Asked again after other sentences were matched, the same terms.
    both.sentence(0);
    expect([...both.matchedIds([0, 0])].sort()).toEqual([1, 3]);
  });
});

describe('TermMarks.sharedCount', () => {
  it('counts the distinct terms two lists share, each once', () => {
    const marks = new TermMarks(20);
    expect(marks.sharedCount([1, 2, 3, 3], [3, 3, 2, 7])).toBe(2);
    expect(marks.sharedCount([1], [2])).toBe(0);
    // A fresh set after a count starts clean.
    marks.set([7, 8]);
    expect(marks.has(3)).toBe(false);
    expect(marks.has(8)).toBe(true);
  });
});

describe('MatchSlots', () => {
  const sentences = [
    [1, 2],
    [2, 3],
    [3, 4],
  ];
  const marks = new TermMarks(10);
  const termsOf = (s: number) => sentences[s] ?? [];
  const ferry = [concept(1, [[1], 1])];
  const june = [concept(1, [[4], 1])];

  it('gives each question its own matches, never one an earlier question left in the same slot', () => {
    const slots = new MatchSlots(sentences.length);
    const first = new QuestionMatcher(ferry, marks, termsOf, undefined, slots);
    expect(first.sentence(0).coverage).toBe(1);
    const second = new QuestionMatcher(june, marks, termsOf, undefined, slots);
    expect(second.sentence(0).coverage).toBe(0);
    expect(second.sentence(2).coverage).toBe(1);
    // The first matcher's slot 0 was taken by the second: it matches the sentence again, alike.
    expect(first.sentence(0).coverage).toBe(1);
    expect(first.sentence(2).coverage).toBe(0);
  });

  it('matches as a matcher of its own does, and keeps each match once made', () => {
    const slots = new MatchSlots(sentences.length);
    const shared = new QuestionMatcher(ferry, marks, termsOf, undefined, slots);
    const alone = new QuestionMatcher(ferry, marks, termsOf);
    for (let s = 0; s < sentences.length; s++)
      expect(shared.sentence(s)).toEqual(alone.sentence(s));
    expect(shared.sentence(1)).toBe(shared.sentence(1));
  });
});
