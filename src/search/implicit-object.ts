/**
 * A sentence whose verb leaves its object implicit: "The funeral of Tom Reid was held at St
 * Mary's on 20 March. More than 200 people attended." "attended" takes an object ("attended
 * the funeral"); with none before the full stop, what was attended is what the sentence before
 * names (the object left out is understood from the context: Quirk et al. 1985, 10.19 on
 * verbs used intransitively with an object understood). Shown alone under "how many people
 * attended the public hearing", it reads as the hearing's count: the sentence leans on the one
 * before (features.ts `contextSentence`), as a pronoun subject does.
 *
 * A closed, grammatical test read on the words alone (no tagger at question time): the
 * sentence ends in a past form of a verb that WordNet gives an object or a complement in its
 * most frequent sense ({@link COMPLEMENT_FRAMES}), right after its subject's last word,
 * with nothing of a clause whose object stands before the verb ("the hearing that 200 people
 * attended", "than expected", a quotation's "…," she said).
 */
import { STOP_WORDS } from '../text/stop-words.js';
import { tokenize } from '../text/terms.js';
import { isPastForm } from '../timeline/past-forms.js';
import { lemmasOf, verbSynsets } from '../timeline/synonymous-acts.js';

/**
 * WordNet's sentence frames (wninput(5WN)) that give a verb an object or a clausal complement:
 * 8 "Somebody ----s something", 9 "… somebody", 10, 11, 14–21 (two objects, or an object and a
 * phrase), 24–26 ("… somebody to INFINITIVE", "… that CLAUSE"), 28–33 ("… to INFINITIVE",
 * "… whether …", "… VERB-ing"). The others ("Somebody ----s", "Something ----s PP") take none.
 */
const COMPLEMENT_FRAMES: ReadonlySet<number> = new Set([
  8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 26, 28, 29, 30, 31, 32, 33,
]);

/**
 * Words that may stand between a subject and its verb (a closed class: the perfect's and the
 * modals' auxiliaries, and the negation and focusing adverbs), skipped back over to the subject.
 * A form of "be" or "get" is not among them: before a participle it makes a passive, whose
 * object is its subject ("The road was closed.").
 */
const BETWEEN = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'did',
  'also',
  'not',
  'never',
  'all',
  'both',
  'duly',
]);

/**
 * Words that open a clause whose object stands before its verb ("the hearing that 200 people
 * attended", "whom they visited"), a closed class (relative and interrogative pronouns): the
 * object is then in the sentence.
 */
const FRONTS_OBJECT = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'whatever']);

/** Kept per verb form: a question reads the same few sentences' last words again and again. */
const takesComplementCache = new Map<string, boolean>();

/**
 * True when a verb form (lower case: "attended") is of a verb whose most frequent WordNet sense
 * (its first, by SemCor's counts) takes an object or a complement ({@link COMPLEMENT_FRAMES}):
 * "attend" (be present at something), "agree" (… that CLAUSE), not "collapse", "fall" or
 * "end", whose first senses take none (their bare use leaves nothing out).
 */
export function takesComplement(form: string): boolean {
  let known = takesComplementCache.get(form);
  if (known === undefined) {
    known = lemmasOf(form).some(
      (lemma) => verbSynsets(lemma)[0]?.frames.some((f) => COMPLEMENT_FRAMES.has(f)) ?? false,
    );
    takesComplementCache.set(form, known);
  }
  return known;
}

/**
 * True when `text`, a sentence, ends in a verb whose object it leaves implicit (see the top of
 * this file): its last word, before the closing punctuation, is a past form ("attended",
 * "agreed") of a verb that takes an object or a complement; the word before it, past the
 * auxiliaries and adverbs that may stand there ({@link BETWEEN}), is the subject's last word, a
 * content word that is no verb form (not "was", "got", "than", "as"); and no quotation mark nor
 * a word opening a clause with its object before the verb ({@link FRONTS_OBJECT}) stands in the
 * sentence.
 *
 * @example leavesObjectImplicit('More than 200 people attended.') // true
 * @example leavesObjectImplicit('The road was closed.') // false: a passive
 * @example leavesObjectImplicit('Four people died.') // false: "die" takes no object
 */
export function leavesObjectImplicit(text: string): boolean {
  if (/["“”‘’„«»]/u.test(text) || !/[\p{L}][.!]?\s*$/u.test(text)) return false;
  const words = tokenize(text).map((t) => t.word);
  const verb = words.at(-1);
  if (verb === undefined || !isPastForm(verb)) return false;
  let at = words.length - 2;
  while (at >= 0 && BETWEEN.has(words[at]!)) at--;
  const subject = words[at];
  if (subject === undefined || STOP_WORDS.has(subject) || isPastForm(subject)) return false;
  if (words.some((word) => FRONTS_OBJECT.has(word))) return false;
  return takesComplement(verb);
}
