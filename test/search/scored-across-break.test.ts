/**
 * A paragraph opening on someone named only before it ("The 58-year-old has run the port …",
 * "She said …") is scored with the sentence before the break: news style sets a sentence or
 * two to a paragraph, and a second reference needs the first. Its quote still stops at the
 * break, so the answer must be in it (features.ts `scoredAcrossBreak`). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { scoredAcrossBreak } from '../../src/search/features.js';
import { engineOver, searchCorpus, type SearchFixtureArticle } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

const PORT: SearchFixtureArticle = {
  id: 'port',
  title: 'North quay to close for repairs',
  published: '2026-01-20',
  paragraphs: [
    ['Harbour master Ines Kolar announced the closure of the north quay on Monday.'],
    ['The 58-year-old has run the port for 12 years and will retire in May.'],
    [
      'The route for lorries will pass the south gate.',
      'She said the quay would reopen in spring.',
    ],
    ['Fishing boats will moor at the south quay meanwhile.'],
  ],
};

describe('a paragraph opening on someone named before the break', () => {
  it('leans on the sentence before when its subject is a pronoun or a person described', () => {
    const corpus = searchCorpus(PORT);
    const textOf = (n: number) => sentenceText(corpus, n);
    const leans = (start: string) =>
      scoredAcrossBreak(
        corpus.sentences,
        textOf,
        corpus.sentences.findIndex((_, n) => textOf(n).startsWith(start)),
      );
    expect(leans('The 58-year-old')).toBe(true);
    // A thing described is no second reference to someone; a sentence inside its paragraph
    // leans on its own paragraph's sentence (features.ts contextSentence), not across a break.
    expect(leans('The route')).toBe(false);
    expect(leans('She said')).toBe(false);
    expect(leans('Fishing boats')).toBe(false);
  });

  it('answers with the sentence after the break, quoted alone', () => {
    const { engine } = engineOver(PORT);
    const quote = engine.ask('how old is Ines Kolar?').passages[0]?.quote;
    expect(quote).toContain('58-year-old');
    expect(quote).not.toContain('announced the closure');
  });
});
