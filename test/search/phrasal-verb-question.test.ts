/**
 * A phrasal verb of a question ("kick in", "step down") is one verb, read through its own
 * WordNet sense (and, when that is a kind of beginning or ending, through the aspectual verb),
 * never through its bare verb's senses; a kind of beginning is told by the idioms of taking
 * effect ("comes into force"), standing together. Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { phrasalVerbAt } from '../../src/search/plan/phrasal-verbs.js';
import { tokenize } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

const ARTICLE = (id: string, ...paragraphs: string[][]) => ({
  id,
  published: null,
  paragraphs,
});

/** The lemma of the phrasal verb read in `question`, or null. */
function phrasalLemma(question: string): string | null {
  const all = tokenize(question);
  for (let i = 0; i < all.length; i++) {
    const reading = phrasalVerbAt(question, all, i);
    if (reading) return reading.lemma;
  }
  return null;
}

describe('phrasal verbs of a question', () => {
  it('reads a verb and a clause-final particle as the WordNet lemma', () => {
    expect(phrasalLemma('when does the treaty kick in')).toBe('kick in');
    expect(phrasalLemma('when did the levy actually kick in, per the Post?')).toBe('kick in');
    expect(phrasalLemma('who stepped down?')).toBe('step down');
    const kick = phrasalVerbAt('when does it kick in', tokenize('when does it kick in'), 3)!;
    expect(kick.beginning).toBe(true);
    expect(kick.words.map((w) => w.word)).toEqual(['begin', 'start']);
  });

  it('reads no preposition as a particle', () => {
    // A stranded preposition, a prepositional phrase, a free combination (a kind of its verb).
    expect(phrasalLemma('which city was the treaty signed in')).toBeNull();
    expect(phrasalLemma('where was the treaty signed in Minsk')).toBeNull();
    expect(phrasalLemma('when would the troops be sent in?')).toBeNull();
  });

  it('plans the phrasal verb as one concept without its bare verb’s synonyms', () => {
    const { index } = engineOver(
      ARTICLE('a', ['The fishing treaty comes into force from the date of its signing.']),
    );
    const plan = index.rank('when does the fishing treaty kick in').plan;
    const concept = plan.concepts.find((c) => c.label === 'kick in');
    expect(concept).toBeDefined();
    expect(concept!.alternatives.some((a) => a.terms.join(' ') === 'come forc')).toBe(true);
  });

  it('ranks the sentence telling the treaty’s coming into force first', () => {
    const { engine } = engineOver(
      ARTICLE(
        'harbour',
        ['The fishing treaty comes as coastguard forces and trawler crews argue over quotas.'],
        ['The fishing treaty, signed on 3 March, comes into force from the date of its signing.'],
        ['The fishing treaty was drafted in Brest on 3 February by both coastguards.'],
      ),
    );
    const answer = engine.ask('when does the fishing treaty kick in');
    expect(answer.passages[0]?.quote).toContain('comes into force');
  });
});
