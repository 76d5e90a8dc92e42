/**
 * A sentence whose verb leaves its object implicit: "The funeral of Tom Reid was held at St
 * Mary's on 20 March. More than 200 people attended." "attended" takes an object ("attended
 * the funeral"); with none before the full stop, what was attended is what the sentence before
 * names: a transitive verb used without its object leaves it to be understood from the
 * context (Quirk et al. 1985, A Comprehensive Grammar of the English Language, on verbs with an
 * understood object). Shown alone under "how many people attended the public hearing", it
 * reads as the hearing's count: the sentence leans on the one before (features.ts
 * `contextSentence`), as a pronoun subject does.
 *
 * A closed, grammatical test read on the words alone (no tagger at question time): the
 * sentence ends in a past form of a verb that WordNet gives an object or a complement in its
 * most frequent sense ({@link COMPLEMENT_FRAMES}), right after its subject, with nothing of a
 * clause whose object stands before the verb ("the hearing that 200 people attended", "than
 * expected", a quotation's "…," she said).
 */
import { HAVE_FORMS, MODALS, PASSIVE_AUXILIARIES } from '../text/auxiliaries.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { tokenize } from '../text/terms.js';
import { isPastForm } from '../timeline/past-forms.js';
import { PREPOSITION } from '../timeline/preposition.js';
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
 * modals' auxiliaries, and adverbs of time, negation and focus; any word in "-ly" too), skipped
 * back over to the subject. A form of "be" or "get" is not among them: before a participle it
 * makes a passive, whose object is its subject ("The road was closed.", "has been fully
 * attained").
 */
const BETWEEN = new Set([
  ...HAVE_FORMS,
  ...MODALS,
  'did',
  ...'also not never all both soon now yet then still already since once'.split(' '),
]);

/**
 * The function words a subject noun phrase may hold (a closed class: determiners, quantifiers,
 * possessives, and the "of", "than" and "and" of "hundreds of residents", "more than 200
 * people", "residents and councillors"). Any other function word or a preposition makes the
 * words before the verb more than a subject ("Since our last meeting the aspect … has
 * changed", "those immediately engaged"), or a clause whose object stands before its verb
 * ("the hearing that 200 people attended").
 */
const SUBJECT_FUNCTION_WORDS = new Set(
  'the a an more most than of some many all both each every few no our their his her its my your these and other such only over under nearly almost about'.split(
    ' ',
  ),
);

/** Most words of the subject: a longer run before the verb is seldom its subject alone. */
const MAX_SUBJECT_WORDS = 8;

/**
 * Most words of the sentence: a subject and its verb, after at most a short fronted adverbial
 * ("On Friday, more than 200 people attended."). The end of a long sentence after its last
 * comma is seldom a clause of its own ("…, make the sum estimated", "…, herewith communicated").
 */
const MAX_SENTENCE_WORDS = 14;

/**
 * Verbs that make a passive or a state of a participle: the passive's auxiliaries
 * (text/auxiliaries.ts), "getting", and "become" ("Some people get discouraged", "became
 * embroiled"), a copula beside them.
 */
const PASSIVE_OR_STATE = new Set([
  ...PASSIVE_AUXILIARIES,
  'getting',
  'become',
  'becomes',
  'became',
]);

/** Most words of an adverbial fronted before the subject: "In all,", "On Friday,", "Today,". */
const MAX_FRONTED_WORDS = 8;

/** Prepositions that open an adverbial of time, beside {@link PREPOSITION}'s (a closed class). */
const TIME_PREPOSITION = new Set(['after', 'before', 'since', 'during', 'until', 'in', 'on', 'at']);

/**
 * True when `before`, the sentence before its only comma, may be an adverbial fronted before
 * the subject ("On Friday, more than 200 people attended."): a few words opening with a
 * preposition, or at most three words ("Today,"). Before a comma, a clause of its own makes the
 * subject and verb after it a parenthetical whose object is that clause ("The inspection is
 * expected on Thursday, a council spokesman said.").
 */
function frontedAdverbial(before: string): boolean {
  const words = tokenize(before).map((t) => t.word);
  if (words.length <= 3) return true;
  const first = words[0] ?? '';
  return (
    words.length <= MAX_FRONTED_WORDS && (PREPOSITION.test(first) || TIME_PREPOSITION.has(first))
  );
}

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
 * this file): a short sentence ({@link MAX_SENTENCE_WORDS}) whose last word, before the closing
 * punctuation, is a past form ("attended", "agreed") of a verb that takes an object or a
 * complement; the words of its clause before it, past the auxiliaries and adverbs that may
 * stand there ({@link BETWEEN}), are a subject noun phrase alone, the sentence's first words or
 * after a fronted adverbial ({@link frontedAdverbial}): a few content words and
 * {@link SUBJECT_FUNCTION_WORDS}, not opened by a conjunction ("…, and great expenses
 * incurred" leaves out its auxiliary: a passive), ending in a content word that is no verb form
 * (not "was", "got", "than"); and no quotation mark stands in the sentence (`"…," she said`).
 *
 * @example leavesObjectImplicit('More than 200 people attended.') // true
 * @example leavesObjectImplicit('The road was closed.') // false: a passive
 * @example leavesObjectImplicit('Four people died.') // false: "die" takes no object
 */
export function leavesObjectImplicit(text: string): boolean {
  // Read on the last word first: most sentences end in no past form.
  const last = /(\p{L}+)[.!]?\s*$/u.exec(text.slice(-40))?.[1];
  if (last === undefined || !isPastForm(last) || /["“”„«»]/u.test(text)) return false;
  if (tokenize(text).length > MAX_SENTENCE_WORDS) return false;
  const parts = text.split(/[,;:—–]/u);
  if (parts.length > 2 || (parts.length === 2 && !frontedAdverbial(parts[0]!))) return false;
  const clause = parts.at(-1)!;
  const words = tokenize(clause).map((t) => t.word);
  const verb = words.pop();
  if (verb === undefined) return false;
  while (words.length > 0 && (BETWEEN.has(words.at(-1)!) || /ly$/u.test(words.at(-1)!)))
    words.pop();
  const subject = words.at(-1);
  if (subject === undefined || STOP_WORDS.has(subject) || isPastForm(subject)) return false;
  if (PASSIVE_OR_STATE.has(subject)) return false;
  if (words.length > MAX_SUBJECT_WORDS || words[0] === 'and' || words[0] === 'or') return false;
  const functionWord = (w: string) => STOP_WORDS.has(w) || (w !== 'of' && PREPOSITION.test(w));
  if (words.some((w) => functionWord(w) && !SUBJECT_FUNCTION_WORDS.has(w))) return false;
  return takesComplement(verb);
}

/**
 * The numbers (ascending) of the sentences, given by their texts in corpus order, that leave
 * their verb's object implicit ({@link leavesObjectImplicit}). It depends on a sentence's text
 * alone and reads WordNet's verb frames (`index.verb`, some 40 ms on first use), so the index
 * computes it at build and saves it (search-index.ts `objectImplicit`): answering reads the
 * saved sentences, never WordNet.
 */
export function objectImplicitSentences(texts: Iterable<string>): number[] {
  const flagged: number[] = [];
  let s = 0;
  for (const text of texts) {
    if (leavesObjectImplicit(text)) flagged.push(s);
    s += 1;
  }
  return flagged;
}
