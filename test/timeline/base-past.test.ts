/**
 * A past spelt as its base form ("beat", "upset", "broadcast", "hurt", "let") is known from the
 * lexicon's tags (base form, past and participle) when no other past and no regular past is
 * listed; in a sentence it governs a weekday as "set" and "cut" did. After a determiner such a
 * word is a noun ("the bid"), and after "will get" a participle ("will get rid of"). Invented
 * forms, lexicons and sentences.
 */
import { describe, expect, it } from 'vitest';
import { isBasePast } from '../../src/timeline/past-forms.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

describe('a past spelt as its base form', () => {
  const lexicon = new Map<string, string[]>([
    ['blat', ['VB', 'NN', 'VBD', 'VBN']],
    ['blom', ['VB', 'VBD', 'VBN']],
    ['blommed', ['VBD']],
    ['blim', ['VB', 'VBN']],
    ['blan', ['VB', 'VBD', 'VBN']],
  ]);
  const tagsOf = (word: string) => lexicon.get(word);

  it('is a word tagged base form, past and participle with no other past', () => {
    expect(isBasePast('blat', tagsOf, new Set())).toBe(true);
  });

  it('is not a word with a regular past, another past, or no past tag', () => {
    expect(isBasePast('blom', tagsOf, new Set())).toBe(false);
    expect(isBasePast('blan', tagsOf, new Set(['blan']))).toBe(false);
    expect(isBasePast('blim', tagsOf, new Set())).toBe(false);
  });

  /** Friday 18 September 2026: Thursday is the day before. */
  const dated = (sentence: string) =>
    buildTimeline(articleOf('2026-09-18', sentence)).map((e) => e.date);

  it.each([
    'The champion beat her rival on Thursday.',
    'Norway upset India on Thursday.',
    'The channel broadcast the final on Thursday.',
    'He hurt his wrist on Thursday.',
  ])('dates a weekday it governs to the day before: "%s"', (sentence) => {
    expect(dated(sentence)).toEqual(['2026-09-17']);
  });

  it.each([
    'The board will consider the bid on Thursday.',
    'The council will get rid of the old bins on Thursday.',
  ])('is no past verb after a determiner or "will get": "%s"', (sentence) => {
    expect(dated(sentence)).toEqual(['2026-09-24']);
  });
});
