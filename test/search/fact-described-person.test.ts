/**
 * An age description opening a sentence ("The 54-year-old told …") stands for the one person
 * the sentence before names, so its age is compared with another report's age of that person
 * (src/search/select/fact-described-person.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import {
  onePersonNamed,
  withDescribedPerson,
} from '../../src/search/select/fact-described-person.js';

const told = 'The 61-year-old told reporters he had seen the Brackley barn roof fall in.';
const named = 'Tomas Reid was feeding cattle when the storm reached Brackley.';

describe('a person described by age', () => {
  it('finds the one person the sentence before names, and only one', () => {
    expect(onePersonNamed(named)).toBe('Tomas Reid');
    expect(onePersonNamed('Cattle farmer Tomas Reid was out.')).toBe('Tomas Reid');
    expect(onePersonNamed('Tomas Reid and Ellen Shaw were feeding cattle.')).toBeNull();
    expect(onePersonNamed('The storm reached Brackley Town Hall on Monday.')).toBeNull();
    expect(onePersonNamed('The barn stood empty.')).toBeNull();
    // A state is no person: "the United States", "the Ottoman Empire".
    expect(onePersonNamed('The treaty was signed by the United States.')).toBeNull();
    expect(onePersonNamed('Trade with the Ottoman Empire grew.')).toBeNull();
  });

  it('reads the description as that person with the age in apposition', () => {
    expect(withDescribedPerson(told, named)).toBe(
      'Tomas Reid, 61, told reporters he had seen the Brackley barn roof fall in.',
    );
    expect(withDescribedPerson('The 61-year-old man said little.', named)).toBe(
      'Tomas Reid, 61, said little.',
    );
    // No sentence before, two people there, or a name in the sentence itself: left as it is.
    expect(withDescribedPerson(told, null)).toBe(told);
    expect(withDescribedPerson(told, 'Tomas Reid and Ellen Shaw were feeding cattle.')).toBe(told);
    const withName = 'The 61-year-old told Ellen Shaw the roof had gone.';
    expect(withDescribedPerson(withName, named)).toBe(withName);
    expect(withDescribedPerson('The 61-year-old Tomas Reid said so.', named)).toBe(
      'The 61-year-old Tomas Reid said so.',
    );
  });

  it('sets the two ages of one person against each other, and agrees when they are one', () => {
    const published = { published: ['2026-02-03', '2026-02-03'] as const };
    const read = withDescribedPerson(told, named);
    expect(
      classifyFacts(
        read,
        'Tomas Reid, 64, said he had seen the Brackley barn roof fall in.',
        published,
      ).kind,
    ).toBe('disagree');
    expect(
      classifyFacts(
        read,
        'Tomas Reid, 61, said he had seen the Brackley barn roof fall in.',
        published,
      ).kind,
    ).toBe('same-fact');
    expect(
      classifyFacts(
        told,
        'Tomas Reid, 64, said he had seen the Brackley barn roof fall in.',
        published,
      ).kind,
    ).toBe('different-fact');
  });
});
