/**
 * Words that place a question in time counted from now ("tomorrow", "yesterday", "last week")
 * say when, not what about (src/search/plan/counted-from-now.ts): they weigh as a word every
 * article holds, so a question matching the coverage on them alone is not answered, while they
 * still order the passages its other words find.
 * Invented outlets and articles.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'bridge.md': frontMatterArticle(
    'Harlow bridge to close',
    'Westcliff Times',
    '2026-03-02',
    'The Harlow bridge will close tomorrow for repairs.\n\nThe council said the work would take a week.',
  ),
  'railway.md': frontMatterArticle(
    'Cliff railway busy',
    'Dunmore Echo',
    '2026-03-04',
    'Each car of the cliff railway carries up to 18 passengers.\n\nThe cliff railway carried 212,000 passengers last year.',
  ),
  'flood.md': frontMatterArticle(
    'Flood defences hold',
    'Dunmore Echo',
    '2026-03-03',
    'Flood defences at Harlow held yesterday as the river rose.\n\nLast week the agency issued a warning for the valley.',
  ),
});

describe('a time counted from now in a question', () => {
  it('is no topic: a question sharing only it with the coverage is refused', () => {
    for (const question of [
      'What will the weather be like tomorrow?',
      'Who won the football match yesterday?',
    ]) {
      expect(engine.ask(question).answered, question).toBe(false);
    }
  });

  it('still orders the passages on the question’s topic', () => {
    const answer = engine.ask('How many passengers did the cliff railway carry last year?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('212,000 passengers last year');
  });

  it('leaves the question its other words', () => {
    const answer = engine.ask('Why will the Harlow bridge close tomorrow?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('for repairs');
  });
});
