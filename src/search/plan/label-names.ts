/**
 * Whether a question writes a word as a name. A label of the metadata (source-match.ts
 * `isLabel`: "Ford" of "State of the Union address, 1975 (Gerald R. Ford)") that the coverage
 * also writes as an everyday word ("ford" a river) names its articles only when the question
 * writes it as the name: capitalised ("Ford") or as the possessive a name takes ("ford's").
 * One the coverage writes only capitalised ("Monroe") is a name however typed, and so is a word
 * the coverage writes in lower case only in other forms of its stem ("hayes" where "hay" is).
 */
import { stem, type Token } from '../../text/terms.js';

/** The possessive ending of a name as written: "Grant's", "Grant’s", "Jones'". */
const POSSESSIVE = /['’]s?$/u;

/**
 * The test {@link SourceReading.asName} of a question: `tokens` its content tokens, `text` the
 * text they index, `writtenInLowerCase` whether the coverage writes a word (folded) of an index
 * term in lower case.
 */
export function writtenAsName(
  tokens: readonly Token[],
  text: string,
  writtenInLowerCase: (term: string, word: string) => boolean,
): (term: string) => boolean {
  const asName = new Set<string>();
  const typed = new Map<string, string[]>();
  for (const token of tokens) {
    const term = stem(token.word);
    const written = text.slice(token.start, token.end);
    if (/^\p{Lu}/u.test(written) || POSSESSIVE.test(written)) asName.add(term);
    typed.set(term, [...(typed.get(term) ?? []), token.word]);
  }
  return (term) =>
    asName.has(term) || (typed.get(term) ?? [term]).every((word) => !writtenInLowerCase(term, word));
}
