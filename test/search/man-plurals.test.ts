/**
 * The plural of a noun of persons compounded with "man" is "-men" (Quirk et al. 1985, §5.84),
 * which WordNet derives by rule and so lists in no exception list (src/search/man-plurals.ts):
 * a question's "fisherman" reaches the coverage's "fishermen", and its "spokeswoman" the
 * "spokeswomen". Invented articles.
 */
import { describe, expect, it } from 'vitest';
import {
  buildInflectionTable,
  everyInflectionTerm,
  keptIrregularForms,
} from '../../src/search/inflections.js';
import { manCompoundPlurals } from '../../src/search/man-plurals.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

describe('plurals of nouns in "-man"', () => {
  it('are the "-men" forms of the lemmas with a person sense', () => {
    const persons = new Set(['fisherman', 'chairwoman']);
    expect(
      manCompoundPlurals(['fisherman', 'chairwoman', 'oman', 'mango', 'man'], (lemma) =>
        persons.has(lemma),
      ),
    ).toEqual([
      ['fishermen', 'fisherman'],
      ['chairwomen', 'chairwoman'],
    ]);
  });

  it("are read so from WordNet's lemmas: a person, not a place or a garment", () => {
    const plurals = manCompoundPlurals(['fisherman', 'spokeswoman', 'oman', 'dolman', 'liman']);
    expect(plurals).toEqual([
      ['fishermen', 'fisherman'],
      ['spokeswomen', 'spokeswoman'],
    ]);
  });

  it('are linked with their singulars both ways, limited to the corpus', () => {
    const vocabulary = new Set(termsOf('The fishermen met the spokeswoman and the omen.'));
    const table = new Map(buildInflectionTable(vocabulary, keptIrregularForms()));
    expect(table.get('fisherman')).toEqual(['fishermen']);
    const singular = new Map(buildInflectionTable(new Set(['spokeswoman']), keptIrregularForms()));
    expect(singular.get('spokeswomen')).toEqual(['spokeswoman']);
    // "omen" is a word of its own, no plural of "Oman".
    expect(table.get('oman')).toBeUndefined();
  });

  it('count for the claim that no passage holds a form of the word', () => {
    expect(everyInflectionTerm('fisherman', 'fisherman')).toContain('fishermen');
    expect(everyInflectionTerm('fishermen', 'fishermen')).toContain('fisherman');
  });
});

describe('a question in the singular of a "-men" plural', () => {
  const articles = [
    {
      published: '2026-04-02',
      paragraphs: [
        ['The fishermen said the catch had halved since the wind farm was built off the point.'],
        ['The harbour board will meet on Thursday to discuss the mooring fees.'],
      ],
    },
    {
      published: '2026-04-03',
      paragraphs: [['The ferry to the island was cancelled because of high winds.']],
    },
    {
      published: '2026-04-04',
      paragraphs: [['The new lifeboat station opened with a parade along the quay.']],
    },
  ];

  it('is answered from the passage with the plural', () => {
    const { engine } = engineOver(...articles);
    const answer = engine.ask('what did the fisherman say?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toMatch(/^The fishermen said the catch had halved/);
  });
});
