/**
 * An outlet's name that a question makes the holder of what it asks ("the chief executive of
 * Norland Foods") is what the question asks about,
 * not its source, though the company issued one of the articles (src/search/plan/
 * source-framing.ts `heldAsSubject`); framed as a source ("what did Norland Foods say") it
 * stays one. The others' articles mention the company only in their bodies, so no headline
 * reports on it (source-also-subject.test.ts covers that case). Invented outlets and people.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'press.md': frontMatterArticle(
    'New dairy opens at Fenwick',
    'Norland Foods',
    '2026-03-02',
    'Norland Foods today opened its new dairy at Fenwick.\n\nThe dairy will process 200,000 litres of milk a day.',
  ),
  'trade.md': frontMatterArticle(
    'Cheese output to double',
    'Grocer Weekly',
    '2026-03-03',
    'A Fenwick dairy will double its cheese output by 2028.\n\nChief executive Tomas Berg said Norland Foods would hire 120 staff at Fenwick.',
  ),
  'echo.md': frontMatterArticle(
    'Farmers welcome dairy',
    'Dunmore Echo',
    '2026-03-04',
    'Farmers welcomed the new dairy at Fenwick on Tuesday.\n\nMilk prices paid by Norland Foods will rise by 2p a litre.',
  ),
});

describe("an outlet's name as the holder of what a question asks", () => {
  it('is what the question asks about: every source answers', () => {
    for (const question of [
      'Who is the chief executive of Norland Foods?',
      'Who is the chief executive of the Norland Foods company?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.notFromNamed, question).toBeUndefined();
      expect(answer.answered, question).toBe(true);
      expect(answer.passages[0]?.quote, question).toContain('Tomas Berg');
    }
  });

  it('is the source where the question frames it as one', () => {
    const answer = engine.ask('What did Norland Foods say about the dairy?');
    expect(answer.passages[0]?.source.outlet).toBe('Norland Foods');
  });
});
