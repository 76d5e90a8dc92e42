/**
 * Readings of a sentence or of a fixed table that are the same for every question, kept across
 * questions: other-referent.ts `CutText` (a sentence's words, stems and other-marker test) and
 * month-words.ts `monthTerms`. Kept, they must read exactly as made afresh.
 */
import { describe, expect, it } from 'vitest';
import { monthTerms } from '../../src/search/month-words.js';
import {
  askedDescriptions,
  CutText,
  mayTellOfOther,
  mayTellOfOtherCut,
  tellsOfAnyOther,
  tellsOfAnyOtherCut,
} from '../../src/search/other-referent.js';
import { termsOf } from '../../src/text/terms.js';

describe('CutText kept across questions', () => {
  it('reads as fresh texts do, question after question', () => {
    const passages: Array<[string, string[]]> = [
      ['Another agreement was signed in Dunmore.', []],
      ['Another fare agreement, on berths, was signed.', []],
      ['Finally, the agreement was signed in Dunmore.', ['They signed other agreements.']],
      ['The agreement was signed.', ['Other fare agreements.', 'The agreement was signed in May.']],
      ['The ferry sailed at noon.', []],
    ];
    const kept = passages.map(
      ([text, before]) => [new CutText(text), before.map((one) => new CutText(one))] as const,
    );
    const questions = [
      'where was the berth fare agreement signed',
      'where was the agreement signed',
      'when did the ferry sail',
      'who signed the fare agreement in May',
    ];
    let told = 0;
    for (const question of questions) {
      const asked = askedDescriptions(question);
      passages.forEach(([text, before], i) => {
        const [own, earlier] = kept[i]!;
        const fresh = tellsOfAnyOther(text, before, asked);
        expect(tellsOfAnyOtherCut(own, earlier, asked), `${question} / ${text}`).toBe(fresh);
        expect(mayTellOfOtherCut([own, ...earlier])).toBe(mayTellOfOther([text, ...before]));
        if (fresh) told += 1;
      });
    }
    // Both readings occur, so the comparison tests something.
    expect(told).toBeGreaterThan(0);
    expect(told).toBeLessThan(questions.length * passages.length);
  });
});

describe('monthTerms', () => {
  it('is made once and holds the month names’ terms', () => {
    expect(monthTerms()).toBe(monthTerms());
    for (const name of ['January', 'March', 'Sept', 'December'])
      for (const term of termsOf(name)) expect(monthTerms().has(term)).toBe(true);
  });
});
