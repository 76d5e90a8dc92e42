/**
 * One group counted under a general noun for people in one report and a kind of person in the
 * other ("300 people" / "300 residents": Halliday & Hasan 1976, 6.2, general nouns), with the
 * same figure, is one count (src/search/select/fact-general-nouns.ts); the words that
 * approximate a figure ("about", "around") are its value's, not content (fact-values.ts
 * `qualifierWordSpans`). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { generalNounPair } from '../../src/search/select/fact-general-nouns.js';
import { qualifierWordSpans } from '../../src/search/select/fact-values.js';

const sameDay = { published: ['2026-03-10', '2026-03-10'] as const };
const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b, sameDay);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

describe('qualifierWordSpans', () => {
  it('finds the words that approximate or bound a figure', () => {
    const text = 'Around 300 people left, some £350 was paid and more than twelve stayed.';
    expect(qualifierWordSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Around ',
      'some ',
      'more than ',
    ]);
    expect(qualifierWordSpans('The people around the 300 homes left.')).toEqual([]);
  });
});

describe('a general noun for people against a kind of person', () => {
  it('pairs "people" with "residents" counted alike, not with "homes"', () => {
    const residents = analyseFact('About 300 residents were evacuated in Tarrow.');
    const people = analyseFact('Around 300 people were evacuated in Tarrow.');
    expect(generalNounPair(residents, people)).toEqual(['resid', 'peopl']);
    expect(generalNounPair(people, residents)).toEqual(['peopl', 'resid']);
    expect(generalNounPair(analyseFact('About 300 homes were evacuated in Tarrow.'), people)).toBe(
      null,
    );
    expect(
      generalNounPair(analyseFact('About 350 residents were evacuated in Tarrow.'), people),
    ).toBe(null);
  });

  it('reads one evacuation of 300 told with either noun as one fact, both ways round', () => {
    const a = 'About 300 residents were evacuated from their homes in Tarrow on Monday night.';
    const b = 'Around 300 people were evacuated from their homes in Tarrow on Monday night.';
    expect([relation(a, b), relation(b, a)]).toEqual(['same-fact', 'same-fact']);
  });

  it('keeps apart other figures, other places, and things that are not people', () => {
    const people = 'Around 300 people were evacuated from their homes in Tarrow on Monday night.';
    expect(
      relation(
        'About 350 residents were evacuated from their homes in Tarrow on Monday night.',
        people,
      ),
    ).toMatch(/^different-fact/);
    expect(
      relation(
        'About 300 residents were evacuated from their homes in Halby on Monday night.',
        people,
      ),
    ).toMatch(/^different-fact/);
    expect(
      relation(
        'About 300 homes were evacuated in Tarrow on Monday night.',
        'Around 300 people were evacuated in Tarrow on Monday night.',
      ),
    ).toMatch(/^different-fact/);
  });
});
