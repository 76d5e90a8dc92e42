/**
 * The thing a date names: "last month's pay deal", "Monday's announcement", "its March 3
 * meeting". A possessive or attributive date is part of a noun phrase: it dates what the noun
 * names, not the act of the clause ("The union rejected last month's pay deal": the deal is of
 * last month, the rejection is not dated by it). The timeline lists such a quote under that
 * date, saying whose date it is.
 */
import { baseForms } from '../search/dictionary-words.js';
import { nounFiles } from './event-noun.js';
import { basePastForms, isPastForm } from './past-forms.js';
import { modifiesNoun, opensItsClause } from './tense.js';
import { taggedWords, type TaggedWord } from './wink.js';

/** Tags of the words a noun phrase goes on with after the date: "pay deal", "surprise announcement". */
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Most words of the noun phrase taken after the date. */
const MAX_NOUN_WORDS = 4;

/**
 * Prepositions that put the clause's act inside the occasion named, in time: "deferred a
 * decision at Thursday's planning committee", "spoke during Sunday's debate". The act's date is
 * then the occasion's. Not "in", which may also put it in a place ("will find it in last week's
 * edition", beside "stolen in last month's cyber attack").
 */
const WITHIN = /\b(?:at|during|throughout|amid)\s+$/iu;

/**
 * The words of the noun phrase whose date the date at `start`–`end` of `sentence` gives, as
 * written from the date on ("last month's pay deal", "Monday's announcement", "March 3
 * meeting"), when that may not be the date of the clause's act: the date is possessive (its
 * "'s" inside the date as read, "Monday's", or right after it, "last month's") or modifies the
 * noun after it, and is not its clause's subject (the subject's act is its own: "The March 3
 * meeting approved the budget"), nor after a preposition putting the act inside the occasion
 * ({@link WITHIN}). After "in" the words are given: the act may lie inside the occasion
 * ("stolen in last month's cyber attack") or not ("find it in last week's edition"), and the
 * words are true either way. Null otherwise.
 */
export function namedThing(sentence: string, start: number, end: number): string | null {
  const after = /^['’]s\b/u.exec(sentence.slice(end));
  const possessive = after !== null || /['’]s$/u.test(sentence.slice(start, end));
  if (!possessive && !modifiesNoun(sentence, start, end)) return null;
  if (opensItsClause(sentence, start) || WITHIN.test(sentence.slice(0, start))) return null;
  const from = end + (after?.[0].length ?? 0);
  const last = nounPhraseEnd(sentence, from);
  return last === null ? null : sentence.slice(start, last);
}

/** Tags of the words after which a noun phrase has ended: punctuation, a preposition, a conjunction. */
const PHRASE_BREAK = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ']);

/**
 * True when `words[i]`, tagged as a verb, is the head noun of the phrase after a possessive or
 * attributive date: "before Saturday's match." (wink-nlp tags "match" as a verb there). A
 * possessive is a determiner, so a noun phrase follows it, and a phrase ends in its head; so a
 * word that ends the phrase (nothing, punctuation, a preposition or a conjunction after it),
 * has a noun sense in WordNet and is no past or "-ing" form is that noun. Not "since Monday's
 * storm hit." ("hit" is also a past) nor "the storm hit the pier" (an object follows).
 */
function verbTaggedHead(words: readonly TaggedWord[], i: number): boolean {
  const word = words[i]!;
  const next = words[i + 1];
  if (word.tag !== 'VERB' || (next !== undefined && !PHRASE_BREAK.has(next.tag))) return false;
  const form = word.value.toLowerCase();
  if (/ing$/u.test(form) || isPastForm(form) || basePastForms().has(form)) return false;
  return baseForms(form).some((lemma) => nounFiles(lemma).length > 0);
}

/**
 * Where the noun phrase that goes on from offset `from` of `sentence` ends: after its last noun
 * within {@link MAX_NOUN_WORDS} words of nouns, adjectives and numbers ("pay deal", "surprise
 * announcement"); null when no noun ends it ("Monday's surprise" stops short of one).
 */
export function nounPhraseEnd(sentence: string, from: number): number | null {
  // Tagged in their sentence, which tags better than a fragment would.
  const words = taggedWords(sentence).filter((w) => w.start >= from);
  const isNoun = (i: number) => /^(?:NOUN|PROPN)$/u.test(words[i]?.tag ?? '');
  let last = -1;
  for (let i = 0; i < Math.min(words.length, MAX_NOUN_WORDS); i++) {
    // A noun phrase follows a possessive or a determiner: a word tagged as a verb before a
    // noun there is a noun modifying it ("last month's pay deal").
    if (verbTaggedHead(words, i)) {
      last = i;
      break;
    }
    if (!NOUN_PHRASE.has(words[i]!.tag) && !(words[i]!.tag === 'VERB' && isNoun(i + 1))) break;
    last = i;
  }
  // A phrase must end in its noun: "Monday's announcement", not "Monday's surprise". A word
  // tagged as an adjective that ends the phrase after a noun is its head, a noun: an attributive
  // adjective stands before the noun it modifies, never after one inside its phrase, so "Sunday's
  // county cup final" ends in "final" (wink-nlp tags it an adjective), not in "cup".
  const headAfterNoun = last > 0 && words[last]!.tag === 'ADJ' && isNoun(last - 1);
  const verbHead = last >= 0 && verbTaggedHead(words, last);
  while (last >= 0 && !isNoun(last) && !headAfterNoun && !verbHead) last--;
  return last < 0 ? null : words[last]!.end;
}
