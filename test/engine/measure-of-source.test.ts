/**
 * "How old is X" when X names a source (an article's author): every searched word names it, but
 * the question asks an age, not what the source reported (src/engine/about-fallback.ts
 * `asksOnlyOfSource`), so the author's article leads are no answer. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

/** An article of the Kelby Herald of 2 March 2026 by `author`. */
const article = (title: string, author: string, text: string) =>
  frontMatterArticle(title, 'Kelby Herald', '2026-03-02', text, author);

const FILES = {
  'floods.md': article(
    'Flooded shops wait for compensation',
    'Maren Holt',
    'Fourteen shops have received a total of £90,000 in compensation from Kelby council.\n\nThe council said the remaining claims would be paid by May.',
  ),
  'bakery.md': article(
    'Bakery reopens after flood',
    'Tom Ridley',
    'Baker Ilse Varga, 52, reopened her shop on Monday.\n\nShe said the flood had ruined her ovens.',
  ),
  ...UNRELATED_ARTICLES,
};

describe('"how old is" an author', () => {
  const engine = suiteEngine(FILES);

  it('is refused when no sentence gives an age', () => {
    const reply = engine.ask('How old is Maren Holt?');
    expect(reply.answered).toBe(false);
  }, 120_000);

  it('still answers the age of a person the coverage names', () => {
    const reply = engine.ask('How old is Ilse Varga?');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('52');
  }, 120_000);
});
