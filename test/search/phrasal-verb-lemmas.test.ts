/**
 * A WordNet multiword lemma whose index terms are one word ("set in", "kick in": their particle
 * is a stop word) is not that word: two such lemmas of one synset do not link their bare verbs
 * ("kick" and "set"); a phrase and a one-word synonym still do ("set up", "establish").
 * Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { collapsesToOneWord } from '../../src/search/wordnet-relations.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

const DEAL = {
  id: 'deal',
  published: '2026-03-02',
  paragraphs: [
    ['Both councils are set to sign the shared bin agreement next week.'],
    ['The bin agreement takes effect on 1 May, the councils said.'],
  ],
};

const alternativesOf = (question: string, label: string): string[] =>
  engineOver(DEAL)
    .index.rank(question)
    .plan.concepts.find((concept) => concept.label === label)
    ?.alternatives.map((alternative) => alternative.terms.join(' ')) ?? [];

describe('phrasal verbs in WordNet', () => {
  it('are the lemmas of more than one word whose index terms are one', () => {
    const collapses = (lemma: string) => collapsesToOneWord(lemma, termsOf(lemma));
    expect(collapses('kick in')).toBe(true);
    expect(collapses('set up')).toBe(true);
    expect(collapses('come into force')).toBe(false);
    expect(collapses('prime minister')).toBe(false);
    expect(collapses('set')).toBe(false);
  });

  it('lends neither "set" to a question’s "kick in" nor "kick" to its "set"', () => {
    expect(alternativesOf('when does the bin agreement kick in?', 'kick')).not.toContain('set');
    expect(alternativesOf('when is the bin agreement set to be signed?', 'set')).not.toContain(
      'kick',
    );
  });

  it('does not answer "kick in" by a passage saying "set to"', () => {
    const { engine } = engineOver(DEAL);
    const passages = engine.ask('when does the bin agreement kick in?').passages;
    expect(passages[0]?.quote ?? '').not.toContain('set to sign');
  });
});
