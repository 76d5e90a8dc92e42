/**
 * Chains of anaphors: "The Fernleigh Residents' Association has lodged an application." / "The
 * application was lodged on Monday, the association said." / "The group argues …" / "Its
 * chairman, Bernard Ashdown, said …". Each sentence's subject stands for what the one before
 * it names, so the last means the association the first names in full: coreference runs along
 * the chain to the first full name (Hobbs 1978, "Resolving pronoun references", Lingua 44,
 * searches back sentence by sentence; Poesio & Vieira 1998, Computational Linguistics 24(2),
 * resolve a definite description to the nearest compatible antecedent, which may itself be a
 * description). features.ts `contextSentence` ties one step; this follows those ties further.
 *
 * Bounded: at most {@link MAX_CHAIN_SENTENCES} sentences back, and every link is a sentence that
 * itself refers back. News style sets a sentence or two to a paragraph (the AP Stylebook), so a
 * link may cross a paragraph break, as features.ts `scoredAcrossBreak` does; the chain is read
 * for scoring only: what is quoted still stops at the break.
 */
import type { Sentence } from '../corpus/types.js';
import { describedSubject } from './described-subject.js';
import { refersBack } from './select/widen.js';

/**
 * How far back a chain may reach, in sentences: Hobbs's algorithm looks back a sentence or so,
 * and a chain longer than a few sentences in news text has usually changed its referent.
 */
export const MAX_CHAIN_SENTENCES = 3;

/**
 * True when a sentence opens by referring back to what the sentence before names: with a
 * pronoun or a possessive determiner ("Its chairman", "They"), a description as its subject
 * ("The application was lodged …": select/widen.ts `refersBack`), or a definite description of
 * a person or a body whatever its verb ("The group argues …": described-subject.ts, its head
 * noun's reading without its same-paragraph condition).
 */
export function opensAnaphor(text: string): boolean {
  return refersBack(text) || describedSubject(text) !== null;
}

/**
 * The first sentence (an index) of the chain of anaphors `sentence` ends, or `first` when that
 * is earlier (the sentence features.ts reads with it: its context, or itself): from `sentence`,
 * each step goes to the sentence before while the one it stands at opens by referring back
 * ({@link opensAnaphor}, as `anaphorAt` answers it, memoised by the caller) and the one before
 * is body text of the same article, at most {@link MAX_CHAIN_SENTENCES} sentences back.
 * `sentence` itself when it refers back to nothing.
 */
export function chainStart(
  sentences: readonly Sentence[],
  anaphorAt: (sentence: number) => boolean,
  sentence: number,
  first: number,
): number {
  const own = sentences[sentence];
  if (own === undefined || own.kind !== 'body') return first;
  let start = sentence;
  while (sentence - start < MAX_CHAIN_SENTENCES && anaphorAt(start)) {
    const before = sentences[start - 1];
    if (before === undefined || before.article !== own.article || before.kind !== 'body') break;
    start -= 1;
  }
  return Math.min(start, first);
}
