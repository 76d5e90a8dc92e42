/**
 * WordNet's synonymy of two adjectives links their forms of the same degree
 * (adjective-degrees.ts, wordnet-relations.ts): "biggest" finds "largest", "bigger" finds
 * "larger", and a degree never finds another. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { degreeForms } from '../../src/search/adjective-degrees.js';
import { buildSynonymTable } from '../../src/search/synonyms.js';
import { engineOver } from './fixtures.js';

describe('the degrees of an adjective', () => {
  it('are the irregular forms WordNet lists, else the regular spellings', () => {
    expect(degreeForms('big', 'superlative')).toEqual(['biggest']);
    expect(degreeForms('good', 'comparative')).toEqual(['better']);
    expect(degreeForms('large', 'superlative')).toEqual(['largest']);
    expect(degreeForms('great', 'comparative')).toEqual(['greater']);
    expect(degreeForms('costly', 'superlative')).toEqual(['costliest']);
  });
});

describe('a superlative', () => {
  const { engine } = engineOver({
    published: '2026-04-02',
    paragraphs: [
      ['The mill is one of the town’s biggest private employers.'],
      ['Its closure would be the largest single loss of jobs in the district since 2009.'],
      ['The council has a larger budget this year.'],
    ],
  });

  it('finds the passage with its synonym’s superlative first', () => {
    expect(engine.ask('what was the biggest job loss?').passages[0]?.quote).toContain(
      'largest single loss',
    );
  });
});

describe('the synonym table', () => {
  it('links like degrees only', () => {
    const table = new Map(buildSynonymTable(new Set(['largest', 'larger', 'larg'])));
    expect(table.get('biggest')).toContain('largest');
    expect(table.get('biggest')).not.toContain('larger');
    expect(table.get('bigger')).toContain('larger');
    expect(table.get('bigger')).not.toContain('largest');
  });
});
