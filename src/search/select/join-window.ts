/**
 * Which sentences of two passages of different articles to compare for "also reported by"
 * (select.ts). A passage is a window of up to `maxWindowSentences` sentences around its main
 * sentence (widen.ts), and the fact the two report may be told in any of them: a report's lead
 * names the company and the pit, its next sentence says the workers were safe ("Rescue teams
 * worked through the night at the Kellow pit. Harbour Mining confirmed yesterday that the 14
 * workers were safe."). Comparing main sentences alone, such a fact was shown twice, once in each
 * passage, and never claimed as one (session 36). A passage reports every fact its sentences
 * state, so a claim made of any one of its sentences is a claim about the passage; each sentence
 * is still compared whole, by the same rules (fact-relation.ts `relateFacts`), so the claim is as
 * sure as one between main sentences.
 */
import type { Sentence } from '../../corpus/types.js';
import type { Window } from './widen.js';

/**
 * The body sentences of `window`, its main sentence first, then the others in text order: the
 * order their facts are compared in, so that a pair of main sentences is found first when one
 * holds. Headings are left out (select.ts: a heading states its fact without tense, date or
 * stance, so the comparison has nothing to check).
 */
export function comparedSentences(window: Window, sentences: readonly Sentence[]): number[] {
  const found: number[] = [];
  for (
    let t = nextCompared(window, sentences, null);
    t !== null;
    t = nextCompared(window, sentences, t)
  )
    found.push(t);
  return found;
}

/**
 * The sentence of {@link comparedSentences} that comes after `after` (one of them; null for the
 * first), or null after the last: the same order, read one at a time with no list made, for a
 * caller that tests every candidate against every chosen passage (select.ts).
 */
export function nextCompared(
  window: Window,
  sentences: readonly Sentence[],
  after: number | null,
): number | null {
  if (after === null && sentences[window.sentence]?.kind !== 'heading') return window.sentence;
  const from = after === null || after === window.sentence ? window.first : after + 1;
  for (let t = from; t <= window.last; t++)
    if (t !== window.sentence && sentences[t]?.kind !== 'heading') return t;
  return null;
}

/**
 * The first sentence of `passage` (of {@link comparedSentences}) that `sameFact` finds telling
 * the fact of sentence `other` (of another article), or null. `sameFact(a, b)` is called with
 * the passage's sentence first, as select.ts relates a chosen passage to a candidate.
 */
export function sentenceTelling(
  passage: readonly number[],
  other: number,
  sameFact: (a: number, b: number) => boolean,
): number | null {
  for (const a of passage) if (sameFact(a, other)) return a;
  return null;
}
