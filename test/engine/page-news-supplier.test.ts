/**
 * "Which news agencies fed into the Herald report?": an article built from agency copy names
 * the agencies in its credit line (the AP Stylebook's credit lines; Deutsche Welle's sign-off,
 * "ab/jk (AFP, Reuters)" at the foot), so such a question is answered by that page line
 * (src/search/plan/news-supplier.ts); "agencies" alone, a government body's as often, stays a
 * question about the story. Invented articles.
 */
import { expect, it } from 'vitest';
import { pageQuestionOf } from '../../src/search/plan/page-question.js';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'quarry.md': frontMatterArticle(
    'Quarry expansion approved despite protests',
    'Harbour Herald',
    '2024-05-02',
    [
      'The regional council approved the expansion of the Tarnby quarry on Thursday.',
      'Two state agencies will inspect the quarry before blasting resumes, the council said.',
      'Residents said the blasting had cracked walls in the village.',
      'ab/jk (AFP, Reuters)',
    ].join('\n\n'),
  ),
  'ferry.md': frontMatterArticle(
    'Ferry fares frozen for the summer',
    'Gull Radio',
    '2024-05-03',
    'The ferry operator froze fares until September.\n\nPassengers welcomed the decision.',
  ),
});

it.each([
  'which news agencies fed into the Harbour Herald report',
  'which wire agencies did the Herald use for this',
  'which wire services is the Harbour Herald article based on',
  'what agencies contributed to the Harbour Herald report',
])('"%s" is answered by the credit line', (question) => {
  const answer = engine.ask(question);
  expect(answer.answered, question).toBe(true);
  expect(answer.passages[0]?.quote, question).toBe('ab/jk (AFP, Reuters)');
  expect(answer.passages[0]?.page?.label, question).toBe('staff credits');
});

it('never quotes one article’s credit line for another that states none', () => {
  const answer = engine.ask('which news agencies fed into the Gull Radio report');
  expect(answer.passages.map((p) => p.quote)).not.toContain('ab/jk (AFP, Reuters)');
});

it.each([
  'which news agency reported the quarry approval in the Harbour Herald article',
  'which agencies will inspect the quarry',
  'which agencies will inspect the quarry, according to the Harbour Herald',
  'which countries contributed troops',
])('"%s" asks about the story', (question) => {
  expect(pageQuestionOf(question)?.kinds[0] ?? null).not.toBe('credits');
  const answer = engine.ask(question);
  expect(answer.passages.map((p) => p.quote)).not.toContain('ab/jk (AFP, Reuters)');
});
