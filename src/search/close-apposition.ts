/**
 * Where the name stands in an "of" phrase whose noun phrase is a close apposition: "director of
 * the cycling charity Wheelwise", "chairman of pressure group Roadwatch". In close (integrated)
 * apposition a classifying noun phrase and a proper name make one noun phrase with no comma
 * between them, the name identifying what the common noun classifies ("the charity Wheelwise",
 * "the poet Burns"): the name is the phrase's referent, so it is the owner the "of" marks
 * (Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, ch. 5 §14.2, and
 * Quirk et al. 1985, A Comprehensive Grammar of the English Language, §17.65–17.72 on
 * non-restrictive vs restrictive apposition).
 *
 * Read by abstain-other-holder.ts (its "of (the) NAME" reading, in the question and in the
 * passage).
 */
import { ARTICLES } from '../text/determiners.js';
import { isPossessive } from '../text/possessive.js';
import { isStopWord, type Token } from '../text/terms.js';

/** Classifying words before the name: "the (new) (cycling) charity Wheelwise". */
const MAX_CLASSIFIERS = 3;

/** True when `token` of `text` is written in lower case (a common word, not a name). */
function lowerCase(text: string, token: Token): boolean {
  return /^\p{Ll}/u.test(text.slice(token.start, token.end));
}

/**
 * The index of the token of `tokens` (of `text`) where the name after an "of" begins, the "of"
 * being followed by token `first`: past an article and, when a name follows them, up to
 * {@link MAX_CLASSIFIERS} lower-case content words of a close apposition ("the cycling charity
 * Wheelwise": the index of "Wheelwise"). When no name follows the classifiers ("of the cycling
 * charity", "of the charity's board", "of the council at Harrowmere") the index after the
 * article alone, as before: the caller then finds no name there. A comma ends the search: "the
 * charity, Wheelwise" is a loose apposition the caller does not read.
 *
 * @example nameAfterOf('director of the cycling charity Wheelwise', tokens, 2) // 5
 */
export function nameAfterOf(text: string, tokens: readonly Token[], first: number): number {
  const start = ARTICLES.includes(tokens[first]?.word ?? '') ? first + 1 : first;
  for (let i = start; i < tokens.length && i <= start + MAX_CLASSIFIERS; i++) {
    const token = tokens[i]!;
    if (i > start && /[,;:()]/.test(text.slice(tokens[i - 1]!.end, token.start))) return start;
    if (!lowerCase(text, token)) return i === start || isStopWord(token) ? start : i;
    if (isStopWord(token) || isPossessive(text, token)) return start;
  }
  return start;
}
