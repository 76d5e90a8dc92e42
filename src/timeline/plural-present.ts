/**
 * A verb in the present after a plural subject: "Fares rise from next year.", "Talks resume on
 * Monday." The present after a plural noun is the verb's base form (non-third-person present,
 * Penn's VBP), which is spelt as the noun ("rise", "resume"), so wink-nlp, reading the pair as
 * a compound noun, tags it NOUN. Subject–verb agreement tells them apart: a plural noun before a
 * singular one is rarely its modifier ("fares rise" is a clause; "ferry times" and "price rise",
 * a singular noun before, are noun phrases), so a word `wink-lexicon` lists as VBP right after a
 * sentence's opening plural noun is read as its verb, unless a noun follows it ("Sales tax rise
 * …": the pair modifies that noun) or the lexicon also lists the plural as an adjective, the
 * attributive use of the few plurals that stand before nouns ("Sales tax from next year.": a
 * caption). A caption whose plural and noun agree so ("Goods train from March.") is read as a
 * clause; its "from March" then dates the start of a state, ahead, as it would as a noun phrase
 * (state-from.ts), so the reading changes nothing of its entry.
 */
import { POSSESSIVE_DETERMINERS } from '../text/determiners.js';
import { wordIn } from '../text/word-class.js';
import { lexiconTags } from '../text/lexicon-tags.js';

/** Determiners that may open the subject: "The fares rise …" (a closed class). */
const DETERMINER = wordIn([
  ...['the', 'these', 'those'],
  ...POSSESSIVE_DETERMINERS,
  ...['some', 'all', 'many', 'most'],
]);

/** Penn Treebank tag of a plural common noun. */
const PLURAL_NOUN = 'NNS';

/** Penn Treebank tag of an adjective. */
const ADJECTIVE = 'JJ';

/** Penn Treebank tag of a verb in the present, not in the third person singular. */
const PLURAL_PRESENT = 'VBP';

/**
 * Where the verb stands when `values` (a sentence's tokens) with their universal tags `tags` open
 * with a plural noun, after a determiner at most, and a verb in the present agreeing with it
 * (see the module note); -1 otherwise. Reads `wink-lexicon`'s lexicon, loading it on first use:
 * ask only when the tagger found no present verb.
 */
export function pluralPresentVerbAt(values: readonly string[], tags: readonly string[]): number {
  const first = DETERMINER.test(values[0] ?? '') ? 1 : 0;
  const noun = (values[first] ?? '').toLowerCase();
  const verb = values[first + 1] ?? '';
  if (!/^\p{L}+s$/u.test(noun) || !/^\p{Ll}+$/u.test(verb) || /s$/u.test(verb)) return -1;
  if (/^(?:NOUN|PROPN)$/u.test(tags[first + 2] ?? '')) return -1;
  const nounTags = lexiconTags(noun);
  if (nounTags?.[0] !== PLURAL_NOUN || nounTags.includes(ADJECTIVE)) return -1;
  return lexiconTags(verb)?.includes(PLURAL_PRESENT) ? first + 1 : -1;
}

/** True when the sentence opens with a plural subject and its present ({@link pluralPresentVerbAt}). */
export function opensWithPluralPresent(
  values: readonly string[],
  tags: readonly string[],
): boolean {
  return pluralPresentVerbAt(values, tags) >= 0;
}
