/**
 * A named source that writes the asked noun's verb ("has died" for "the death"): a form derived
 * from the asked word is its root in another word class, so the named source's passage is its
 * answer, as the asked word itself would be (src/engine/named-source.ts `contentBeyondNaming`),
 * and the derived table links the verb's forms that the stemmer shortens ("died" → "di": src/
 * search/synonyms.ts). A synonym alone is still no answer (named-source-content.test.ts).
 * Invented outlets and articles.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'kell.md': frontMatterArticle(
    'Ferry passenger dies',
    'Radio Kell',
    '2026-03-02',
    'A 79-year-old passenger has died in hospital, Radio Kell understands.\n\nThe ferry was crossing to Harrow Island when he fell on the stairs.',
  ),
  'echo.md': frontMatterArticle(
    'Inquiry into ferry fall',
    'Dunmore Echo',
    '2026-03-03',
    'The death of a 79-year-old man who fell on a ferry stairway will be investigated by the marine authority.\n\nThe operator said it would co-operate fully.',
  ),
});

describe('a named source writing the verb derived from the asked noun', () => {
  it("is that source's answer, with no note that it does not answer", () => {
    const answer = engine.ask('What did Radio Kell say about the death?');
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.source.outlet).toBe('Radio Kell');
    expect(answer.passages[0]?.quote).toContain('has died in hospital');
  });
});
