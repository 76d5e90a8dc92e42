/**
 * A word WordNet glosses as an informal term for its hypernym ("mum", "mom": informal terms for a
 * mother) finds the standard word the coverage writes; not the other way round
 * (search/wordnet-relations.ts). Invented article.
 */
import { describe, expect, it } from 'vitest';
import { buildSynonymTable } from '../../src/search/synonyms.js';
import { informalTermFor } from '../../src/search/wordnet-relations.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

const key = (words: string) => termsOf(words).join(' ');

describe('informal terms', () => {
  it('reads what a gloss says a synset’s words are informal terms for', () => {
    expect(informalTermFor(' informal terms for a mother  ')).toBe('mother');
    expect(informalTermFor(' an informal term for a father; probably derived from baby talk')).toBe(
      'father',
    );
    expect(informalTermFor(' slang for a jail')).toBe('jail');
    // Attitude labels are usage labels too: the word names what the gloss names.
    expect(informalTermFor(' uncomplimentary terms for a policeman  ')).toBe('policeman');
    expect(informalTermFor(' a disparaging term for an appointee  ')).toBe('appointee');
    expect(informalTermFor(' the mother of your father or mother')).toBeNull();
  });

  it('link the informal word to the standard one, one way', () => {
    const vocabulary = new Set(termsOf('mother father mum dad money bread policeman racehorse'));
    const table = new Map(buildSynonymTable(vocabulary));
    expect(table.get(key('mum'))).toContain(key('mother'));
    expect(table.get(key('mom'))).toContain(key('mother'));
    expect(table.get(key('dad'))).toContain(key('father'));
    expect(table.get(key('cop'))).toContain(key('policeman'));
    // A word that is a kind of its hypernym, not another name for it, is not linked:
    // "bobby", an informal term for a British policeman.
    expect(table.get(key('bobby')) ?? []).not.toContain(key('policeman'));
    // Nor a word's informal sense behind the sense it is most used in: "pony" is a small horse
    // before it is slang for a racehorse, "bread" food before money.
    expect(table.get(key('pony')) ?? []).not.toContain(key('racehorse'));
    expect(table.get(key('bread')) ?? []).not.toContain(key('money'));
    // The coverage's "mum" or "bread" is not what a question's "mother" or "money" asks for.
    expect(table.get(key('mother')) ?? []).not.toContain(key('mum'));
    expect(table.get(key('money')) ?? []).not.toContain(key('bread'));
  }, 60_000);

  it('answer a question in informal words with the coverage’s standard ones', () => {
    const { engine } = engineOver({
      published: '2026-12-03',
      paragraphs: [
        ['Her mother, Randi Dahl, said the family had sold their cabin to pay for the appeal.'],
        ['Her father told the hearing he had never seen the tablets before.'],
      ],
    });
    const mum = engine.ask('what did her mum say?');
    expect(mum.answered).toBe(true);
    expect(mum.passages[0]?.quote).toMatch(/^Her mother, Randi Dahl, said/);
    const dad = engine.ask('what did her dad tell the hearing?');
    expect(dad.answered).toBe(true);
    expect(dad.passages[0]?.quote).toMatch(/^Her father told the hearing/);
  }, 60_000);
});
