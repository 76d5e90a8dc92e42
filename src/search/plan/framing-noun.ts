/**
 * A framing verb's noun homonym is content. "What was reported", "what did they say" frame a
 * question (text/stop-words.ts `FRAMING_VERBS`), but "the report", "a list", "the state" are
 * nouns of the same form (conversion: Quirk et al. 1985, Appendix I.43) naming a thing the
 * question asks about: "how many recommendations did the report make", "when was the report
 * published". A noun phrase opens with its determiner (Quirk et al. 1985, §5.10ff; Huddleston &
 * Pullum 2002, ch. 5): a framing verb's form the lexicon also tags as a noun, right after an
 * article, a possessive determiner or a genitive ("the council's report"), or after one of those
 * and an adjective ("the final report"), is read as that noun. Not after a demonstrative or a
 * wh-determiner: "this report", "which report" point at the coverage itself, as "this article"
 * does; nor after a noun ("did the council report"), where the form is the verb.
 */
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../../text/determiners.js';
import { lexiconTags } from '../../text/lexicon-tags.js';
import { FRAMING_VERBS } from '../../text/stop-words.js';
import type { Token } from '../../text/terms.js';

const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

/** A word written with the genitive's ending: "council's", "miners'" (text/possessive.ts). */
const GENITIVE = /(?:['’]s|s['’])$/u;

/** True when the lexicon reads `word` only as an adjective ("final", "annual"). */
function onlyAdjective(word: string): boolean {
  const tags = lexiconTags(word) ?? [];
  return tags.length > 0 && tags.every((tag) => tag.startsWith('JJ'));
}

/** True when `tokens[i]` of `text` is a determiner or a genitive opening a noun phrase. */
function opensNounPhrase(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  return NOUN_DETERMINERS.has(token.word) || GENITIVE.test(text.slice(token.start, token.end));
}

/**
 * True when `tokens[i]` (the question's tokens, folded, over `text`) is a framing verb's form
 * written as its noun: see the top of this file.
 *
 * @example isFramingNoun('when was the report published', tokens, 3) // true
 * @example isFramingNoun('what was reported', tokens, 2) // false
 */
export function isFramingNoun(text: string, tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.word ?? '';
  if (!FRAMING_VERBS.has(word)) return false;
  if (!(lexiconTags(word) ?? []).some((tag) => tag === 'NN' || tag === 'NNS')) return false;
  if (opensNounPhrase(text, tokens, i - 1)) return true;
  return onlyAdjective(tokens[i - 1]?.word ?? '') && opensNounPhrase(text, tokens, i - 2);
}
