/**
 * A year the question states is matched by the publication date of the articles of that year
 * (fielded retrieval: the date field matches it for the whole text), not by the one sentence
 * of theirs that writes the year again. Invented yearly reports of a harbour board.
 */
import { describe, expect, it } from 'vitest';
import { QuestionMatcher, TermMarks, type ScoredConcept } from '../../src/search/match.js';
import type { QueryPlan } from '../../src/search/plan/query-plan.js';
import { heldByPublicationYear, yearConcepts } from '../../src/search/publication-year.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

/** A plan of one-word concepts (only what publication-year.ts reads). */
function planOf(...words: string[]): QueryPlan {
  return {
    concepts: words.map((word) => ({
      label: word,
      alternatives: [{ terms: [word], kind: 'exact' }],
      name: false,
      common: false,
    })),
  } as unknown as QueryPlan;
}

describe('a year the question states, held by the articles published that year', () => {
  it('finds the concepts that are a year written alone, and no other number', () => {
    expect([...yearConcepts(planOf('ferri', '2020', 'board'))]).toEqual([[2020, [1]]]);
    expect(yearConcepts(planOf('ferri', '14', '20000')).size).toBe(0);
    const held = heldByPublicationYear(planOf('ferri', '2020'), (s) => [2019, 2020, undefined][s]);
    expect([0, 1, 2].map((s) => held?.(s))).toEqual([undefined, [1], undefined]);
    expect(heldByPublicationYear(planOf('ferri'), () => 2020)).toBeUndefined();
  });

  it('counts the year in no sentence of its article, and in those of other years as written', () => {
    // Terms: 1 ferri, 2 2020; sentences 0–2 of a 2020 article, 3 of another year.
    const concepts: ScoredConcept[] = [
      { weight: 1, alternatives: [{ ids: [1], factor: 1 }], name: false },
      { weight: 3, alternatives: [{ ids: [2], factor: 1 }], name: false },
    ];
    const terms = [[1], [1, 2], [2], [1, 2]];
    const matcher = new QuestionMatcher(
      concepts,
      new TermMarks(10),
      (s) => terms[s] ?? [],
      undefined,
      undefined,
      (s) => (s < 3 ? [1] : undefined),
    );
    expect(matcher.sentence(0).coverage).toBe(0.25);
    expect(matcher.sentence(1).coverage).toBe(0.25);
    expect(matcher.sentence(1).matched).toEqual([1, 0]);
    // Its year alone says when, not what about: no match.
    expect(matcher.sentence(2).coverage).toBe(0);
    expect(matcher.sentence(3).coverage).toBe(1);
    expect(matcher.spanCoverage(1, 3)).toBe(1);
  });

  const report = (year: string, text: string) =>
    frontMatterArticle(
      `Harbour board annual report ${year}`,
      'Harbour Board',
      `${year}-12-01`,
      text,
    );
  const engine = suiteEngine({
    'report-2019.md': report(
      '2019',
      [
        'The board ran nine ferries on the island routes this year.',
        'Passenger numbers in the year to March 2019 were the highest on record.',
      ].join('\n\n'),
    ),
    'report-2020.md': report(
      '2020',
      [
        'The board now runs 14 ferries on the island routes, and two more are on order.',
        'The ferries carried 2 million passengers in the year to March 2020.',
        'Work on the north quay will start in the spring.',
      ].join('\n\n'),
    ),
    'report-2021.md': report(
      '2021',
      [
        'The board ran 15 ferries on the island routes this year.',
        'The harbour master retired after thirty years of service.',
      ].join('\n\n'),
    ),
  });

  it('answers from the year’s report by what is asked, not by the sentence repeating its year', () => {
    expect(
      engine.ask('how many ferries did the board run on the island routes in 2020?').passages[0]
        ?.quote,
    ).toContain('now runs 14 ferries');
  });
});
