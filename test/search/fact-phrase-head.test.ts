/**
 * A noun closing a preposition's object is no act, whatever a tagger reads
 * (src/search/select/fact-phrase-head.ts): a company's stated cause and a resigning director's
 * words about the equipment that "failed at the Ashby sewage works" share the place, not the act.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { endsPrepositionalObject } from '../../src/search/select/fact-phrase-head.js';

/** True when `word` (its first occurrence) in `text` closes a preposition's object. */
function closesObject(text: string, word: string): boolean {
  const start = text.indexOf(word);
  return endsPrepositionalObject(text, start, start + word.length);
}

describe('a noun closing the object of a preposition', () => {
  it('reads "works" after "at the Ashby sewage" as the noun, "arrived" as a verb', () => {
    expect(closesObject('The pump failed at the Ashby sewage works.', 'works')).toBe(true);
    expect(closesObject('It failed at the Ashby works and the town ran dry.', 'works')).toBe(true);
    expect(closesObject('By the time police arrived, the van had gone.', 'arrived')).toBe(false);
    expect(closesObject('The plant works at night.', 'works')).toBe(false);
  });

  it('reads the noun ending a subject before its clause\'s auxiliary ("works had been")', () => {
    const alarm = 'The alarm at the Ashby sewage works had been switched off since March.';
    expect(closesObject(alarm, 'works')).toBe(true);
    expect(closesObject('The valve at the Ashby works was replaced.', 'works')).toBe(true);
    expect(closesObject('The valve at the Ashby works loudly.', 'works')).toBe(false);
  });
});

describe("a cause and a director's words about what failed", () => {
  const published = { published: ['2026-05-04', '2026-05-06'] as [string, string] };

  it('are two facts', () => {
    expect(
      classifyFacts(
        'A failed valve and a fault in a backup generator allowed sewage to pass through the Ashby works, Dunmere Water said on Monday.',
        "She said she had been responsible for the equipment that failed at the Ashby sewage works and that it was 'only right that I go'.",
        published,
      ).kind,
    ).toBe('different-fact');
  });

  it('one failure told twice is still one fact', () => {
    expect(
      classifyFacts(
        'A valve failed at the Ashby sewage works on Sunday night, Dunmere Water said.',
        'Dunmere Water said a valve had failed at the Ashby sewage works on Sunday night.',
        { published: ['2026-05-04', '2026-05-04'] },
      ),
    ).toEqual({ kind: 'same-fact' });
  });
});
