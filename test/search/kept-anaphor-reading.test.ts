/**
 * context-chain.ts `opensAnaphor` as answering reads it: from the opening code the index saved
 * at build (described-subject.ts `readOpenings`), so no question reads the lexicon or WordNet
 * for it, and kept per sentence by the index. Read from the saved code, it must give what
 * reading the text afresh gives. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/corpus/types.js';
import { opensAnaphor } from '../../src/search/context-chain.js';
import { readOpenings } from '../../src/search/described-subject.js';
import { engineOver } from './fixtures.js';

const TEXTS = [
  'The Ollerby Canal Trust has bought a cottage.',
  'The group argues that the fee is unfair.',
  'The driver fled the scene.',
  'The charity will open the building.',
  'Its volunteers will rebuild the roof.',
  'The railway reopened in May.',
  'Boats will moor beside the lock.',
];

describe('opensAnaphor from the saved opening code', () => {
  it('reads the code it is given, not the text, for the description', () => {
    // "The group argues": no pronoun or select/widen.ts description opener; only the code's
    // head noun ("group", a body) makes it refer back.
    expect(opensAnaphor(TEXTS[1]!)).toBe(true);
    expect(opensAnaphor(TEXTS[1]!, 0)).toBe(false);
  });

  it('gives, with the codes the build saves, what the text read afresh gives', () => {
    const sentences: Sentence[] = TEXTS.map((_, s) => ({
      article: 0,
      paragraph: s,
      kind: 'body',
      start: 0,
      end: 0,
    }));
    const { codes } = readOpenings(sentences, (s) => TEXTS[s]!);
    const saved = TEXTS.map((text, s) => opensAnaphor(text, codes[s]));
    expect(saved).toEqual(TEXTS.map((text) => opensAnaphor(text)));
    expect(saved).toContain(true);
    expect(saved).toContain(false);
  });

  it('scores a chain alike question after question in an index keeping the verdicts', () => {
    const { index } = engineOver({
      id: 'trust',
      title: 'Canal charity buys cottage',
      published: '2026-04-02',
      paragraphs: [
        ["The Ollerby Canal Trust has bought the lock-keeper's cottage at Marden."],
        ['The group argues that the cottage belongs beside the lock.'],
        ['Its volunteers will rebuild the roof by September.'],
      ],
    });
    const question = 'When will the Ollerby Canal Trust rebuild the roof?';
    const first = index.rank(question).ranked.map((r) => [r.sentence, r.features]);
    index.rank('What does the group argue?');
    expect(index.rank(question).ranked.map((r) => [r.sentence, r.features])).toEqual(first);
    // The chain reaches the name through "The group", a body by its saved code alone.
    expect(first.find(([s]) => s === 2)?.[1]).toMatchObject({ contextCoverage: 1 });
  });
});
