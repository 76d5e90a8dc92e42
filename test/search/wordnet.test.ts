import { describe, expect, it } from 'vitest';
import { buildDerivedTable, buildSynonymTable } from '../../src/search/synonyms.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

describe('WordNet relations', () => {
  const vocabulary = new Set(['crackdown', 'belaru', 'lead', 'expuls', 'arm', 'weapon']);
  const key = (words: string) => termsOf(words).join(' ');

  it('links derived forms and pertainyms, for multiword lemmas too', () => {
    const derived = buildDerivedTable(vocabulary);
    expect(derived[key('crack down')]).toContain('crackdown');
    expect(derived[key('Belarusian')]).toContain('belaru');
    expect(derived[key('leader')]).toContain('lead');
    expect(derived[key('expel')]).toContain('expuls');
  });

  it('keeps only relations the corpus can use', () => {
    expect(buildSynonymTable(vocabulary)[key('weapons')]).toEqual(['arm']);
    expect(buildDerivedTable(new Set(['zzqx']))).toEqual({});
  });

  it('lets a question find a passage in derived words', () => {
    const { engine } = engineOver({
      published: null,
      paragraphs: [
        ['The guild announced the expulsion of three members in May.'],
        ['The harbour opened in April.'],
      ],
    });
    expect(engine.ask('Who did the guild expel?').passages[0]?.quote).toContain('expulsion');
  });
});
