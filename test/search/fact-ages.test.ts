/**
 * A person's age told in news style two ways, "a 34-year-old man" and "a man, 34," (AP
 * Stylebook, "ages"): the words of an age are its value's, not content of the report
 * (fact-values.ts `ageWordSpans`), so the two tell one fact; different ages differ on the
 * number, whatever other number both write alike (fact-relation.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { ageWordSpans, factValues } from '../../src/search/select/fact-values.js';

const sameDay = { published: ['2026-03-10', '2026-03-10'] as const };
const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b, sameDay);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

describe('ageWordSpans', () => {
  it('finds the words of an age around its number', () => {
    const text = 'A 34-year-old man and a woman aged 29 were arrested.';
    expect(ageWordSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '-year-old',
      'aged',
    ]);
    expect(ageWordSpans('The bridge is 34 years old.')).toHaveLength(1);
    expect(ageWordSpans('Police arrested 34 men over the 200-year-old bridge.')).toHaveLength(1);
  });

  it('finds none in a text holding no digit, whatever its words', () => {
    expect(ageWordSpans('A man aged thirty, of age and twenty years old, was held.')).toEqual([]);
  });
});

describe('an age in apposition to a noun for a person', () => {
  it('reads "a man, 34," as an age, not a count', () => {
    const values = factValues('Police arrested a man, 34, on suspicion of arson.');
    expect(values.positioned[0]).toMatchObject({ number: '34', kind: 'age' });
    expect(factValues('Police arrested 34 men on suspicion of arson.').positioned[0]).toMatchObject(
      { number: '34', kind: 'count' },
    );
  });

  it('"a man, 34," and "a 34-year-old man" are one fact, both ways round', () => {
    const a = 'Detectives arrested a man, 34, on suspicion of arson on Tuesday.';
    const b = 'A 34-year-old man was arrested on suspicion of arson on Tuesday.';
    expect([relation(a, b), relation(b, a)]).toEqual(['same-fact', 'same-fact']);
  });

  it('another age differs on the number; another person or charge is another fact', () => {
    expect(
      relation(
        'Police arrested a man, 34, on suspicion of arson on Tuesday.',
        'Police arrested a 43-year-old man on suspicion of arson on Tuesday.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'Police arrested a man, 34, on suspicion of arson on Tuesday.',
        'Police arrested a woman, 34, on suspicion of arson on Tuesday.',
      ),
    ).toMatch(/^different-fact/);
    expect(
      relation(
        'Police arrested a man, 34, on suspicion of arson on Tuesday.',
        'Police arrested a 34-year-old man on suspicion of burglary on Tuesday.',
      ),
    ).toMatch(/^different-fact/);
    expect(
      relation(
        'Police arrested a man, 34, on suspicion of arson on Tuesday.',
        'Police arrested 34 men on suspicion of arson on Tuesday.',
      ),
    ).toMatch(/^different-fact/);
  });

  it('two ages are never one fact because another number agrees', () => {
    expect(
      relation(
        'A 79-year-old woman died in the crash on the A40 near Tarrow on Friday.',
        'A woman, 76, died in the crash on the A40 near Tarrow on Friday.',
      ),
    ).toMatch(/^different-fact|^disagree/);
    expect(
      relation(
        'A 79-year-old woman died in the crash on the A40 near Tarrow on Friday.',
        'A woman, 79, died in the crash on the A40 near Tarrow on Friday.',
      ),
    ).toBe('same-fact');
  });
});
