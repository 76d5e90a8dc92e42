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
 * coverage never writes in lower case ("minsk" typed in lower case is still Minsk). Words that
 * only place the question in time ("today", "this weekend": plan/counted-from-now.ts), a month
 * named as a date, and light verbs (text/light-verbs.ts) name no topic and are set aside. A word
 * the question writes as a name that the coverage lacks ("who won Eurovision?") is left to the
 * classifier's `unknownName`: it may be another name of something the coverage holds. Only a
 * dictionary word whose usual class is a noun counts as lacked (dictionary-words.ts,
 * text/nouns.ts): a question's nouns name what it is about, while its verb may be paraphrased
 * by a preposition ("where is Lindholm situated": "the ferry to Lindholm"; refusing lacked verbs
 * too refused two answerable test questions, bundled and news, and no more unanswerable ones);
 * a typo ("what happend to …") names nothing; nor does a word of an article's metadata
 * ("radio" of "what did Tom Hale tell Radio Wenmoor", its outlet's name), nor a kind of name ("nickname", "surname":
 * the head of an English compound is its last part, Quirk et al. 1985, App. I.57), which a
 * passage gives by a naming verb ("commonly called 'Putin's army'"), as the name gate reads it
 * (abstain-asked-name.ts).
 */
import type { AbstentionInput } from './abstain-features.js';
import { lightVerbConcepts } from './abstain-features.js';
import { isUsuallyNoun } from '../text/nouns.js';

/**
 * Whether the coverage speaks of what the question asks beyond its setting: undefined when the
 * question has no common content word the coverage lacks (each concept with at least one form
 * in the index, or written as a name); else false when every content concept the coverage
 * holds is a proper name (all its own terms in the index and never written there in lower case)
 * or there is none; true otherwise.
 */
export function askedBeyondSettingHeld(input: AbstentionInput): boolean | undefined {
  const { plan, concepts } = input;
  const light = lightVerbConcepts(plan);
  const content = plan.concepts.flatMap((concept, c) =>
    light.has(c) || concept.fromNow === true || concept.month === true ? [] : [c],
  );
  const known = (c: number) => (concepts[c]?.alternatives.length ?? 0) > 0;
  const lacked = content.filter((c) => {
    const concept = plan.concepts[c];
    if (concept === undefined || known(c) || concept.name) return false;
    // A word of a source's name ("radio" of "what did Tom Hale tell Radio Wenmoor", the outlet
    // "Radio Wenmoor News") is one the coverage uses, in its metadata.
    if (concept.alternatives[0]?.terms.some((term) => inMetadata(input, term))) return false;
    const word = concept.label.toLowerCase();
    // A typo ("happend") says nothing the coverage lacks; a kind of name ("nickname": English
    // compounds are head-final) is given by a naming verb ("commonly called 'Putin's army'").
    return input.isDictionaryWord(word) && isUsuallyNoun(word) && !word.endsWith('name');
  });
  if (lacked.length === 0) return undefined;
  return content.some((c) => {
    if (!known(c)) return false;
    const own = plan.concepts[c]?.alternatives[0]?.terms ?? [];
    const proper =
      own.length > 0 && own.every((t) => input.hasTerm(t) && !input.writtenInLowerCase(t));
    return !proper;
  });
}

/**
 * True when an article's metadata (title, outlet, author, date: `metadataTermsOf`) holds the
 * index term `term`. Reads every article's metadata terms: only for a question with a lacked
 * noun, which few are.
 */
function inMetadata(input: AbstentionInput, term: string): boolean {
  const articles = (input.sentences.at(-1)?.article ?? -1) + 1;
  for (let a = 0; a < articles; a++) if (input.metadataTermsOf(a).has(term)) return true;
  return false;
}
