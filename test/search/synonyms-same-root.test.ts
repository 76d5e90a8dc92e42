/**
 * A synonym the corpus lacks reaches it through a derived form of the same root
 * (src/search/synonyms.ts `buildSynonymTable`): "hurt" shares its first noun sense with
 * "injury", which the stemmer writes "injuri", while a corpus saying "No one had been injured"
 * holds only "injur". Checked on the table and on a tiny invented corpus.
 */
import { describe, expect, it } from 'vitest';
import { buildSynonymTable } from '../../src/search/synonyms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const relatedTo = (vocabulary: string[], key: string) =>
  new Map(buildSynonymTable(new Set(vocabulary))).get(key) ?? [];

describe('a synonym the corpus lacks', () => {
  it('is held by a derived form keeping its root ("injury" by "injured")', () => {
    expect(relatedTo(['injur'], 'hurt')).toContain('injur');
  });

  it('is not held by a derived form of another root ("uninjured")', () => {
    expect(relatedTo(['uninjur'], 'hurt')).not.toContain('uninjur');
  });
});

const FIRE: SearchFixtureArticle = {
  id: 'fire',
  title: 'Warehouse fire on the quay',
  outlet: 'Skarvik Post',
  published: '2025-04-02',
  paragraphs: [
    ['A fire destroyed a warehouse on the Skarvik quay on Tuesday night.'],
    ['Firefighters from three stations fought the blaze for six hours.'],
    ['No one had been injured, the fire service said.'],
  ],
};

describe('a yes/no question about harm', () => {
  const { engine } = engineOver(FIRE);

  it('is answered by a passage saying no one was injured', () => {
    const answer = engine.ask('was anyone hurt?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('No one had been injured');
  });
});
