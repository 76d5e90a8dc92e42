/**
 * Typo corrections made on the word as typed: a misspelling the stemmer leaves whole
 * ("petiton") is one edit from a word whose stem is shorter ("petition" → "petit"). Tiny
 * invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { oneEditCorrections, oneEditWords } from '../../src/search/plan/typo-edits.js';
import { stem } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

const ARTICLE = (id: string, sentence: string) => ({
  id,
  published: null,
  paragraphs: [[sentence]],
});

describe('one-edit typo corrections', () => {
  it('lists every word one deletion, swap, replacement or insertion away, once each', () => {
    const words = oneEditWords('ab');
    expect(words).toEqual(expect.arrayContaining(['b', 'a', 'ba', 'xb', 'ax', 'xab', 'abx']));
    expect(words).not.toContain('ab');
    expect(new Set(words).size).toBe(words.length);
    // 54n + 25 at most for n letters.
    expect(oneEditWords('petiton').length).toBeLessThanOrEqual(54 * 7 + 25);
  });

  it('finds the corpus term a misspelling is one edit from, through the word it stems from', () => {
    const vocabulary = new Set(['petit', 'start', 'happi']);
    const has = (term: string) => vocabulary.has(term);
    expect(oneEditCorrections('petiton', has, stem, 6)).toEqual(['petit']);
    // A final "y" the stemmer turns to "i" is still reached.
    expect(oneEditCorrections('hapy', has, stem, 6)).toEqual(['happi']);
    // Two edits away is out of reach, and so is anything not made of letters.
    expect(oneEditCorrections('pettiton', has, stem, 6)).toEqual([]);
    expect(oneEditCorrections('petit0n', has, stem, 6)).toEqual([]);
    expect(oneEditCorrections('petiton', has, stem, 0)).toEqual([]);
  });

  it("looks each of the typed word's own prefixes up once, however many variants share it", () => {
    const vocabulary = new Set(['pet', 'petit', 'start']);
    const asked = new Map<string, number>();
    const has = (term: string) => {
      asked.set(term, (asked.get(term) ?? 0) + 1);
      return vocabulary.has(term);
    };
    expect(oneEditCorrections('petiton', has, stem, 6)).toEqual(['petit']);
    // Prefixes no variant stems to: looked up as prefixes only.
    for (const prefix of ['p', 'pe']) expect(asked.get(prefix)).toBe(1);
  });

  it('ranks the passage with the misspelt word first', () => {
    const { engine, index } = engineOver(
      ARTICLE('petition', 'A petition about the harbour wall was started by Mara Lind.'),
      ARTICLE('fire', 'Nobody knows how the fire on the quay started.'),
    );
    const concept = index
      .rank('who started the petiton')
      .plan.concepts.find((c) => c.label === 'petiton');
    // The one corpus word it can stand for: matched as the word itself (sure-correction.ts).
    expect(concept?.alternatives).toContainEqual({
      terms: ['petit'],
      kind: 'exact',
      typoCorrection: true,
    });
    const answer = engine.ask('who started the petiton');
    expect(answer.passages[0]?.quote).toContain('Mara Lind');
  });
});
