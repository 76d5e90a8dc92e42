/**
 * A hard gate of abstention (abstain.ts): a question whose only words the coverage uses are
 * proper names, while a common word of it is one the coverage never uses ("what's the weather
 * like in Minsk today?" of a coverage that names Minsk but never speaks of weather), is never
 * answered. The name gives the question's setting (where, or of whom); its common words say
 * what it asks of that setting. The setting is a circumstance of what is asked, not what is
 * asked (an adjunct of place restricts a predication, Quirk et al. 1985, §8.48), so a passage
 * that shares only the setting tells something else that happened there: the ranking weighs a
 * rare name highly, and the classifier may trust a passage holding it alone.
 *
 * Proper is read as the other gates read it (abstain-other-qualifier.ts): an index term the
 * coverage never writes in lower case ("minsk" typed in lower case is still Minsk). Only the
 * question's content concepts and topic nouns are read (abstain-topic-nouns.ts: no light verb,
 * no word placing it in time; a dictionary noun, not a typo, a verb, a name or a word of an
 * article's metadata). A word the question writes as a name that the coverage lacks ("who won
 * Eurovision?") is left to the classifier's `unknownName`: it may be another name of something
 * the coverage holds.
 */
import type { AbstentionInput } from './abstain-features.js';
import { contentConcepts, isTopicNoun } from './abstain-topic-nouns.js';
import { writtenAsNoun } from './noun-by-syntax.js';
import { baseForms } from './dictionary-words.js';
import { lemmaEverySense, standardWordsOf, wordnetSynsets } from './wordnet-relations.js';
import { termsOf } from '../text/terms.js';
import { lexiconTags } from '../text/lexicon-tags.js';

/**
 * The index-term phrases of the words sharing any WordNet noun sense of `word` (as written,
 * through its base forms), rare senses too ("master" of the sea-captain "captain"): the part of
 * speech, not the sense's frequency, is what the question's syntax fixes. Null when WordNet
 * knows no noun of it.
 */
function nounSynonymTerms(word: string): Set<string> | null {
  const every = lemmaEverySense('noun');
  const synsets = [...baseForms(word).slice(1), word].flatMap((form) => every(form));
  if (synsets.length === 0) return null;
  const read = wordnetSynsets();
  // An informal word's sense is its standard word's ("cops": police officers), as
  // written-noun-synonyms.ts reads it.
  const words = synsets.flatMap((synset) =>
    [...synset.words, ...standardWordsOf(synset, read)].filter(
      (w) => !pluralOfAnotherSense(w, synset.words, every),
    ),
  );
  return new Set(words.map((w) => termsOf(w).join(' ')));
}

/**
 * True when `word`, a one-word lemma of a synset whose lemmas are `synsetWords`, is the plural of
 * a noun WordNet lists that is not in the synset: "conditions" (weather), whose singular
 * "condition" names a state, not the weather. Such a plural has a sense its singular lacks
 * (Quirk et al. 1985, ch. 5 on plural-only nouns and plurals of their own meaning: "arms",
 * "customs"), and the index's stems merge it with the singular ("condit"), so a coverage
 * holding "condition" would be read as holding the plural's sense: it is left out.
 *
 * A word the lexicon (text/lexicon-tags.ts) tags NN, the Penn Treebank's singular or mass noun
 * (Santorini 1990, the tag NN), is no plural, whatever its ending: "gas" (not of "Ga",
 * gallium), "species", "physics", "news" (Quirk et al. 1985, ch. 5 on invariable nouns in -s,
 * which take singular agreement).
 */
function pluralOfAnotherSense(
  word: string,
  synsetWords: readonly string[],
  every: (lemma: string) => readonly unknown[],
): boolean {
  if (word.includes(' ') || !word.endsWith('s')) return false;
  if (lexiconTags(word)?.includes('NN') === true) return false;
  return baseForms(word)
    .slice(1)
    .some((singular) => !synsetWords.includes(singular) && every(singular).length > 0);
}

/**
 * Whether the coverage holds concept `c` of the question in a sense its syntax allows: any of
 * its alternatives in the index, but for a word the question writes as a noun
 * (noun-by-syntax.ts: "the weather", "the capital"), a WordNet synonym only when it shares one
 * of the noun's senses, however rare ({@link nounSynonymTerms}). A synonym stands for a word in one sense
 * (Miller 1995, WordNet's synsets are sense-specific, each of one part of speech), and the
 * syntax fixes the part of speech: "endure" holds the verb "weather" ("weather the storm"), not
 * the noun of "what's the weather in Minsk", and "great" the adjective "capital", not the noun
 * of "the capital of Australia".
 */
function heldInOwnSense(input: AbstentionInput, c: number): boolean {
  const concept = input.plan.concepts[c];
  if (concept === undefined) return false;
  const held = concept.alternatives.filter((a) => a.terms.every((t) => input.hasTerm(t)));
  if (held.length === 0) return false;
  if (held.some((a) => a.kind !== 'synonym')) return true;
  const word = concept.label.toLowerCase();
  if (!writtenAsNoun(input.plan.question, word)) return true;
  const own = nounSynonymTerms(word);
  return own === null || held.some((a) => own.has(a.terms.join(' ')));
}

/**
 * Whether the coverage speaks of what the question asks beyond its setting: undefined when the
 * question has no topic noun the coverage lacks (abstain-topic-nouns.ts `isTopicNoun`; each
 * concept with at least one form in the index counts as held); else false when every content
 * concept the coverage holds is a proper name (all its own terms in the index and never written
 * there in lower case) or there is none; true otherwise.
 */
export function askedBeyondSettingHeld(input: AbstentionInput): boolean | undefined {
  const { plan, concepts } = input;
  const content = contentConcepts(plan);
  const known = (c: number) =>
    (concepts[c]?.alternatives.length ?? 0) > 0 && heldInOwnSense(input, c);
  const lacked = content.filter((c) => !known(c) && isTopicNoun(input, c));
  if (lacked.length === 0) return undefined;
  return content.some((c) => {
    if (!known(c)) return false;
    const own = plan.concepts[c]?.alternatives[0]?.terms ?? [];
    const proper =
      own.length > 0 && own.every((t) => input.hasTerm(t) && !input.writtenInLowerCase(t));
    return !proper;
  });
}
