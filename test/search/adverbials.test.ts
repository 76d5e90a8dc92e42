/**
 * Fixed adverbial phrases ("in the end", "in the first place") are one unit of a question,
 * counted by their synonyms, never by their content words alone. Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { adverbialsIn } from '../../src/search/plan/adverbials.js';
import { adverbialPhrases } from '../../src/search/wordnet-relations.js';
import { tokenize } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

const ARTICLE = (id: string, ...sentences: string[]) => ({
  id,
  published: null,
  paragraphs: [sentences],
});

describe('adverbial phrases', () => {
  it('keeps WordNet adverbs that open with a function word, hold a content word and mean a one-word adverb', () => {
    const phrases = adverbialPhrases([
      ['in the end', ['ultimately', 'finally', 'in the end', 'at last']],
      ['on board', ['aboard', 'on board']],
      // No one word stands for it: its words keep their own sense ("sold at a loss").
      ['at a loss', ['at a loss']],
      // Function words only: nothing to mislead.
      ['at all', ['at all', 'in the least']],
      ['all the same', ['all the same', 'nevertheless']],
      // One word, or not a lemma: no phrase.
      ['finally', ['finally', 'in the end']],
      ['in the end, at last', ['finally']],
    ]);
    expect([...phrases].sort()).toEqual(['in the end', 'on board']);
  });

  it('finds a phrase only where its words stand together, longest first', () => {
    const known = new Set(['in the end', 'in the first place', 'in the first']);
    const isAdverbial = (phrase: string) => known.has(phrase);
    const phrasesOf = (text: string) =>
      adverbialsIn(text, tokenize(text), isAdverbial).map((match) => match.phrase);
    expect(phrasesOf('how big was the fire in the end')).toEqual(['in the end']);
    expect(phrasesOf('who set it up in the first place?')).toEqual(['in the first place']);
    expect(phrasesOf('what was in the. End of it')).toEqual([]);
  });

  it('reads "in the end" as "finally", not as the word "end"', () => {
    const { engine, index } = engineOver(
      ARTICLE('patrols', 'Fire patrols on the hill ended on Sunday.'),
      ARTICLE('out', 'The moorland fire was finally put out by the crews.'),
    );
    const plan = index.rank('what happened to the fire in the end').plan;
    expect(plan.concepts.map((concept) => concept.label)).toEqual(['fire', 'in the end']);
    expect(plan.concepts[1]?.alternatives).toContainEqual({ terms: ['final'], kind: 'synonym' });
    expect(engine.ask('what happened to the fire in the end').passages[0]?.quote).toContain(
      'finally put out',
    );
  });

  it('keeps the phrase’s words when they are all the question holds', () => {
    const { index } = engineOver(ARTICLE('patrols', 'Fire patrols on the hill ended on Sunday.'));
    expect(index.rank('in the end?').plan.concepts.map((concept) => concept.label)).toEqual([
      'end',
    ]);
  });
});
