/**
 * A chain of anaphors ("The Ollerby Canal Trust …" / "The sale …, the trust said." / "The
 * charity …" / "Its treasurer …") stands for the name its first sentence gives in full: the
 * last sentence is scored with the chain back to that name, at most three sentences back,
 * across news style's one-sentence paragraphs (context-chain.ts). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { chainStart, opensAnaphor } from '../../src/search/context-chain.js';
import { engineOver, searchCorpus, type SearchFixtureArticle } from './fixtures.js';

const TRUST: SearchFixtureArticle = {
  id: 'trust',
  title: 'Canal charity buys cottage',
  published: '2026-04-02',
  paragraphs: [
    ["The Ollerby Canal Trust has bought the lock-keeper's cottage at Marden."],
    ['The sale was agreed in March, the trust said.'],
    ['The charity will open the building to visitors.'],
    ['Its volunteers will rebuild the roof by September.'],
    ['Boats will moor beside the lock meanwhile.'],
  ],
};

const MEETING: SearchFixtureArticle = {
  id: 'meeting',
  title: 'Canal trust meets in Marden',
  published: '2026-02-10',
  paragraphs: [
    ['The trust held its annual meeting in Marden on Tuesday.'],
    ['Members heard that the towpath would be resurfaced.'],
  ],
};

describe('a chain of anaphors', () => {
  const corpus = searchCorpus(TRUST, MEETING);
  const textOf = (n: number) => {
    const s = corpus.sentences[n]!;
    return corpus.articles[s.article]!.text.slice(s.start, s.end);
  };
  const at = (start: string) => corpus.sentences.findIndex((_, n) => textOf(n).startsWith(start));
  const anaphorAt = (n: number) => opensAnaphor(textOf(n));

  it('reaches back to the first full name, at most three sentences', () => {
    expect(
      chainStart(corpus.sentences, anaphorAt, at('Its volunteers'), at('Its volunteers')),
    ).toBe(at('The Ollerby Canal Trust has'));
    expect(chainStart(corpus.sentences, anaphorAt, at('The charity'), at('The charity'))).toBe(
      at('The Ollerby Canal Trust has'),
    );
  });

  it('starts only at a sentence that refers back, and stops at one that does not', () => {
    expect(chainStart(corpus.sentences, anaphorAt, at('Boats will'), at('Boats will'))).toBe(
      at('Boats will'),
    );
    // Never into another article.
    expect(
      chainStart(corpus.sentences, anaphorAt, at('The trust held'), at('The trust held')),
    ).toBe(at('The trust held'));
  });

  it('scores the sentence ending the chain with the name it stands for', () => {
    const { index } = engineOver(TRUST, MEETING);
    const ranked = index.rank('When will the Ollerby Canal Trust rebuild the roof?').ranked;
    const end = ranked.find((r) => r.sentence === at('Its volunteers'));
    // Its own words and the name three paragraphs back: every word of the question.
    expect(end?.features.contextCoverage).toBe(1);
    expect(end?.features.coverage).toBeLessThan(1);
  });
});
