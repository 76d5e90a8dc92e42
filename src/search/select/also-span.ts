/**
 * How much of another article an "also reported by" quote shows (select.ts). A passage of two
 * sentences ("The Tolvey ferry will stop running on 1 May. Its operator blames rising fuel
 * costs.") whose facts another article tells in two sentences side by side is reported there
 * whole: showing only the sentence that matched first would claim the other article reports one
 * of the passage's facts when it reports both, and leave the reader to find the rest. So the
 * quote takes in each sentence next to the one that matched, in the same article and the same
 * order, that tells the fact of the passage's sentence in the same place next to its own
 * (compared by the same rule as the first pair, fact-relation.ts through `sameFact`), and stops
 * at the first that does not. Sentences already shown elsewhere (`taken`) are never taken in.
 */
import type { Sentence } from '../../corpus/types.js';
import type { Window } from './widen.js';

/**
 * The window of the "also reported by" quote for candidate sentence `other`, found telling the
 * fact of sentence `told` of the passage `passage`: `other` alone, widened one sentence at a
 * time before and after while the neighbours on both sides tell one fact (`sameFact(passage
 * sentence, other sentence)`), stay within the passage's window and the other's article, and are
 * not `taken`. Sentence numbers index `sentences`.
 */
export function alsoSpan(
  passage: Window,
  told: number,
  other: number,
  sentences: readonly Sentence[],
  taken: ReadonlySet<number>,
  sameFact: (a: number, b: number) => boolean,
): Window {
  const article = sentences[other]?.article;
  const fits = (a: number, b: number) =>
    a >= passage.first &&
    a <= passage.last &&
    b >= 0 &&
    b < sentences.length &&
    sentences[b]?.article === article &&
    sentences[b]?.kind !== 'heading' &&
    !taken.has(b) &&
    sameFact(a, b);
  let first = other;
  let last = other;
  while (fits(told - (other - first) - 1, first - 1)) first--;
  while (fits(told + (last - other) + 1, last + 1)) last++;
  return { sentence: other, first, last };
}
