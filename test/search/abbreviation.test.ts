/**
 * Shorthand the coverage never uses ("govt", "dept", "avg") read as the corpus's word it
 * abbreviates. Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import {
  abbreviates,
  abbreviationCandidates,
  mayAbbreviate,
  uninflected,
} from '../../src/search/plan/abbreviation.js';
import { SEARCH_OPTIONS } from '../../src/search/options.js';
import { engineOver } from './fixtures.js';

const LIMITS = SEARCH_OPTIONS.plan.abbreviation;

describe('abbreviations', () => {
  it('keep the first two letters and the rest in order, and drop at least two', () => {
    expect(abbreviates('govt', 'government', 2)).toBe(true);
    expect(abbreviates('dept', 'department', 2)).toBe(true);
    expect(abbreviates('avg', 'average', 2)).toBe(true);
    expect(abbreviates('govt', 'governed', 2)).toBe(false);
    expect(abbreviates('vt', 'government', 0)).toBe(false);
    expect(abbreviates('pact', 'impact', 2)).toBe(false);
    expect(abbreviates('govt', 'govts', 2)).toBe(false);
  });

  it('are written without vowels past their start, ending in two consonants', () => {
    for (const word of ['govt', 'dept', 'avg', 'intl', 'mgmt'])
      expect(mayAbbreviate(word, LIMITS)).toBe(true);
    for (const word of ['won', 'rally', 'spy', 'go', 'departmt', 'gov1'])
      expect(mayAbbreviate(word, LIMITS)).toBe(false);
  });

  it('abbreviate a word, not one of its inflections', () => {
    expect(uninflected('governments')).toBe('government');
    expect(uninflected('availing')).toBe('avail');
    expect(uninflected('uses')).toBe('uses');
  });

  it('are expanded to the most frequent index term whose written form fits', () => {
    const frequency: Record<string, number> = { averag: 5, avail: 9, avert: 1 };
    const forms: Record<string, string[]> = {
      averag: ['average', 'averages'],
      avail: ['availing', 'available'],
      avert: ['averted'],
    };
    const found = (limit: number) =>
      abbreviationCandidates(
        'avg',
        Object.keys(frequency),
        (term) => frequency[term] ?? 0,
        (term) => forms[term] ?? [],
        LIMITS,
        limit,
      );
    expect(found(1)).toEqual(['averag']);
    expect(
      abbreviationCandidates(
        'ab',
        ['abc'],
        () => 1,
        () => ['abcdef'],
        LIMITS,
        1,
      ),
    ).toEqual([]);
  });
});

const ARTICLE = (id: string, sentence: string) => ({
  id,
  published: null,
  paragraphs: [[sentence]],
});

describe('a question in shorthand', () => {
  const articles = [
    ARTICLE('state', 'The state raised the tariff on steel.'),
    ARTICLE('govt', 'The government raised the tariff on steel in May.'),
    ARTICLE('depart', 'The department of trade sets the tariff.'),
  ];

  it('finds the passage that spells the word out', () => {
    const { index, corpus } = engineOver(...articles);
    const best = index.rank('when did the govt raise the steel tariff').ranked[0];
    expect(corpus.articles[corpus.sentences[best!.sentence]!.article]!.meta.id).toBe('govt');
    const plan = index.rank('what does the dept of trade set').plan;
    expect(plan.concepts[0]?.alternatives.map((a) => [a.terms.join(' '), a.kind])).toEqual([
      ['dept', 'exact'],
      ['depart', 'abbreviation'],
    ]);
  });

  it('is not read where the word is the corpus’s own or everyday English', () => {
    const { index } = engineOver(...articles, ARTICLE('x', 'The govt ledger is open.'));
    expect(index.rank('govt ledger').plan.concepts[0]?.alternatives).toHaveLength(1);
    // "gone" fits "government" letter by letter, but is everyday English.
    const gone = index.rank('is the tariff gone').plan.concepts.find((c) => c.label === 'gone');
    expect(gone?.alternatives.map((a) => a.kind)).not.toContain('abbreviation');
  });
});

describe('a shorthand word read again', () => {
  it('reads the same full words in a later question, the reading kept', () => {
    const { index } = engineOver(
      ARTICLE('govt', 'The government raised the tariff on steel in May.'),
      ARTICLE('depart', 'The department of trade sets the tariff.'),
    );
    const alternatives = (question: string) =>
      index
        .rank(question)
        .plan.concepts.find((c) => c.label === 'govt')
        ?.alternatives.map((a) => [a.terms.join(' '), a.kind]);
    const first = alternatives('when did the govt raise the steel tariff');
    expect(first).toEqual([
      ['govt', 'exact'],
      ['govern', 'abbreviation'],
    ]);
    expect(alternatives('did the govt set the tariff')).toEqual(first);
  });
});
