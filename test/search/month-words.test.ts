import { describe, expect, it } from 'vitest';
import {
  agreesOnMonth,
  monthTerms,
  monthWordsOf,
  NO_MONTH_WORDS,
} from '../../src/search/month-words.js';
import { SEARCH_OPTIONS } from '../../src/search/options.js';

// Ids: 1 march, 3 move (not a month).
const ids = new Map([
  ['march', 1],
  ['move', 3],
]);
const monthIds = new Set([1]);
const of = (text: string) => monthWordsOf(text, (term) => ids.get(term), monthIds);
const sorted = (set: ReadonlySet<number>) => [...set].sort();

describe('how a sentence uses month names', () => {
  it('reads a capitalised month inside the sentence, or before a number, as a date', () => {
    expect(sorted(of('Talks resumed in March.').onlyAsDate)).toEqual([1]);
    expect(sorted(of('March 4 was the deadline.').onlyAsDate)).toEqual([1]);
    expect(sorted(of('Crowds march weekly.').onlyAsWord)).toEqual([1]);
  });

  it('leaves a capitalised month opening the sentence undecided, and a mix to either', () => {
    expect(of('March organisers said little.')).toEqual({
      onlyAsDate: new Set(),
      onlyAsWord: new Set(),
    });
    expect(of('In March they will march again.')).toEqual({
      onlyAsDate: new Set(),
      onlyAsWord: new Set(),
    });
  });

  it('is nothing for a sentence without a month name', () => {
    expect(of('The council approved its budget.')).toBe(NO_MONTH_WORDS);
    expect(monthTerms()).toContain('march');
  });
});

describe('which alternatives match there', () => {
  const f = SEARCH_OPTIONS.plan.matchFactor;
  const date = of('Talks resumed in March.');
  const word = of('Crowds march weekly.');

  it('a month as a date: the question’s own word, not another word’s synonym', () => {
    expect(agreesOnMonth(false, { ids: [1], factor: f.synonym }, date)).toBe(false);
    expect(agreesOnMonth(false, { ids: [1], factor: f.exact }, date)).toBe(true);
    expect(agreesOnMonth(true, { ids: [1], factor: f.exact }, date)).toBe(true);
  });

  it('the lowercase word: anything but a month the question names as a date', () => {
    expect(agreesOnMonth(false, { ids: [1], factor: f.synonym }, word)).toBe(true);
    expect(agreesOnMonth(true, { ids: [1], factor: f.exact }, word)).toBe(false);
  });
});
