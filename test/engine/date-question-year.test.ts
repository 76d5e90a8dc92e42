/**
 * "What happened in YEAR?" when the timeline dates no event to that year (src/engine/
 * year-question.ts): a passage holding the year's digits only as the bound of a comparison
 * ("the largest since 2011") tells of nothing then, so it is at most the closest passage. With
 * an event dated in the year, the search answers by the question's words as before. Invented
 * fair and mill articles.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'fair.md': frontMatterArticle(
    'Record crowds at Tellow fair',
    'Tellow Post',
    '2026-08-10',
    "Saturday's crowd of 41,000 at the Tellow summer fair was the largest since 2011, organisers said.",
  ),
  'mill.md': frontMatterArticle(
    'Tellow mill to reopen',
    'Tellow Post',
    '2026-08-03',
    'The Tellow flour mill closed in 2009 after a fire destroyed its roof.',
  ),
});

const quotes = (passages: readonly { quote: string }[]) => passages.map((p) => p.quote);

describe('a question about a year the timeline dates no event to', () => {
  it.each(['What happened in 2011?', 'What happened at the Tellow fair in 2011?'])(
    'is not answered by a comparison bounded by it: "%s"',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.passages).toEqual([]);
      expect(quotes(answer.closest).join(' | ')).toMatch(/largest since 2011/);
    },
  );
});

describe('a question about a year the timeline dates an event to', () => {
  it('is answered by its words', () => {
    const answer = engine.ask('What happened in 2009?');
    expect(answer.answered).toBe(true);
    expect(quotes(answer.passages)[0]).toMatch(/mill closed in 2009/);
  });
});
