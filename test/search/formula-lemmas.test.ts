/**
 * A WordNet lemma written with digits after its letters, as a chemical formula is ("CO2", a word
 * of carbon dioxide's synset), links to its synonyms like any other; a number written apart
 * ("atomic number 1") stays out (search/wordnet-relations.ts). Invented article.
 */
import { describe, expect, it } from 'vitest';
import { buildSynonymTable } from '../../src/search/synonyms.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

const key = (words: string) => termsOf(words).join(' ');

describe('lemmas written with digits', () => {
  it('link a formula to the name of what it stands for', () => {
    const vocabulary = new Set(termsOf('carbon dioxide water hydrogen'));
    const table = new Map(buildSynonymTable(vocabulary));
    expect(table.get(key('co2'))).toContain(key('carbon dioxide'));
    expect(table.get(key('h2o'))).toContain(key('water'));
    expect(table.get(key('atomic number 1')) ?? []).not.toContain(key('hydrogen'));
  }, 60_000);

  it('let a question in the formula rank the passage that names the gas first', () => {
    const { index } = engineOver({
      id: 'dig',
      title: 'Funding agreed for Hollin Barrow dig',
      outlet: 'Fenwick Courier',
      published: '2026-06-09',
      paragraphs: [
        ['The government will spend £240,000 over two years to excavate Hollin Barrow.'],
        ['Staff measure the carbon dioxide in the burial chamber every ten minutes.'],
      ],
    });
    const ranking = index.rank('how often do they check the co2');
    const best = ranking.ranked[0];
    expect(best && index.abstentionInput(ranking).textOf(best.sentence)).toContain(
      'carbon dioxide',
    );
  }, 60_000);
});
