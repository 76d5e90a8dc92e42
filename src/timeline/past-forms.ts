/**
 * The past forms of English verbs, as the tense rules read them: a regular past or past
 * participle in "-ed", or an irregular one derived from WordNet's verb exception list ("took",
 * "taken", "fled"), plus the few words below that the derivation cannot give.
 */
import { lexiconTags, lexiconWords } from '../text/lexicon-tags.js';
import { wordnetExceptions } from '../text/wordnet-exceptions.js';

/** A regular past or past participle: "-ed" after at least three letters ("voted", not "bed"). */
export const REGULAR_PAST = /^\p{Ll}{3,}ed$/u;

/**
 * Past forms the derivation cannot give, each with its reason. The past spelt as the base form
 * ("cut", "shut", "hit"): WordNet lists no exception for a form equal to its lemma; these few
 * are read as past wherever they stand, the others ({@link basePastForms}) only after a
 * singular subject (third-person.ts). "shot": the
 * lexicon's most frequent reading is the noun, yet news tells shootings by it ("police shot a
 * man on Friday"). "last", "ago", "earlier", "yesterday": no verbs, but words that put the time
 * they qualify behind the time of writing.
 */
const HAND_LISTED = 'hit put set cut shut quit read shot last ago earlier yesterday'.split(' ');

/** Penn Treebank tags of a past form: the past tense and the past participle. */
const PAST_TAGS = new Set(['VBD', 'VBN']);

/**
 * True for a form of WordNet's verb exception list that is a past or past participle. The list
 * does not say which inflection a form is, so it is told by:
 * - `wink-lexicon`'s lexicon (Penn tags, most frequent first, partly from the fnTBL project),
 *   for a form it lists: the past when its most frequent tag is VBD or VBN ("took", "been",
 *   "left"), not when it is a present or a modal ("has", "are", "could", "would") or another
 *   word ("ground", "wound": nouns first; "drunk": an adjective first);
 * - the form's shape otherwise: not the progressive ("-ing") or the third person ("-s"), the
 *   only other inflections the list holds.
 * A form in "-ed" the regular rule reads ({@link REGULAR_PAST}) is left to it, with its
 * exceptions ("banned" as an adjective); "fled", "sped" are too short for it and kept here.
 */
export function isIrregularPast(
  form: string,
  lemma: string,
  tagsOf: (word: string) => readonly string[] | undefined,
): boolean {
  if (form === lemma || !/^[a-z]+$/u.test(form) || REGULAR_PAST.test(form)) return false;
  const tags = tagsOf(form);
  if (tags) return PAST_TAGS.has(tags[0] ?? '');
  return !/(?:ing|s)$/u.test(form);
}

/** A base of one or two letters and "ed": too short for {@link REGULAR_PAST}'s guard. */
const SHORT_ED_FORM = /^[a-z]{1,2}ed$/u;

/**
 * True for a regular past too short for {@link REGULAR_PAST}: a base of one or two letters and
 * "e" with "d" ("died", "lied", "owed", "sued", "eyed"), whose three-letter guard keeps out
 * nouns and adjectives of the same shape ("bed", "red", "need", "seed"). Told by `wink-lexicon`'s
 * lexicon: the past when its most frequent tag is VBD or VBN and it is never an adjective (a
 * premodifier such as "aged 80", "used cars", "a tied vote" dates nothing).
 */
export function isShortRegularPast(
  form: string,
  tagsOf: (word: string) => readonly string[] | undefined,
): boolean {
  if (!SHORT_ED_FORM.test(form)) return false;
  const tags = tagsOf(form) ?? [];
  return PAST_TAGS.has(tags[0] ?? '') && !tags.includes('JJ');
}

/**
 * True for a short regular past that {@link isShortRegularPast} leaves out for its adjective
 * reading ("used cars", "a tied vote"), yet is the simple past of a verb: the "-d" or "-ed" form
 * of a base the lexicon tags as a verb (VB), itself tagged as the simple past (VBD) beside the
 * adjective (JJ). It is a past only where a clause makes it one: a subject before it and an
 * object or a date after it (object-participle.ts: "The club used the ground on 4 May", "The
 * teams tied 2–2 on Saturday"), whatever the lexicon's commoner tag.
 */
export function isAdjectivalShortPast(
  form: string,
  tagsOf: (word: string) => readonly string[] | undefined,
): boolean {
  if (!SHORT_ED_FORM.test(form)) return false;
  const tags = tagsOf(form) ?? [];
  if (!tags.includes('VBD') || !tags.includes('JJ')) return false;
  return [form.slice(0, -1), form.slice(0, -2)].some((base) => tagsOf(base)?.includes('VB'));
}

let adjectivalPast: ReadonlySet<string> | undefined;

/** Takes {@link adjectivalShortPasts} from a saved index (index-file.ts `adjectivalPast`), as {@link seedIrregularPastForms} does. */
export function seedAdjectivalShortPasts(forms: readonly string[]): void {
  adjectivalPast ??= new Set(forms);
}

/**
 * The short regular pasts of the lexicon read as past only in a clause that makes them verbs
 * ({@link isAdjectivalShortPast}): "tied", "used"; built once on first use.
 */
export function adjectivalShortPasts(): ReadonlySet<string> {
  adjectivalPast ??= new Set(
    lexiconWords().filter((word) => isAdjectivalShortPast(word, lexiconTags)),
  );
  return adjectivalPast;
}

let pastForms: ReadonlySet<string> | undefined;

/**
 * Takes {@link irregularPastForms} from a saved index (index-file.ts `irregularPast`) when they
 * are not built yet. An index is read only by the code and packages that built it (its
 * fingerprint: engine/fingerprint.ts), so they are the forms this module would build; a first
 * answer then loads no lexicon (some 60 ms of CPU).
 */
export function seedIrregularPastForms(forms: readonly string[]): void {
  pastForms ??= new Set(forms);
}

/**
 * Every past form and past participle of English that {@link REGULAR_PAST} does not read, as the
 * tense rules read them: the irregular ones (see {@link isIrregularPast}), the short regular ones
 * ({@link isShortRegularPast}: "died", "sued") and {@link HAND_LISTED}; about 490 words, built
 * once on first use.
 */
export function irregularPastForms(): ReadonlySet<string> {
  if (!pastForms) {
    pastForms = new Set([
      ...wordnetExceptions('verb')
        .filter(([form, lemma]) => isIrregularPast(form, lemma, lexiconTags))
        .map(([form]) => form),
      ...lexiconWords().filter((word) => isShortRegularPast(word, lexiconTags)),
      ...HAND_LISTED,
    ]);
  }
  return pastForms;
}

/** True for a past form a past participle may take ("reached", "made", "drawn"), any case. */
export function isPastForm(word: string): boolean {
  const form = word.toLowerCase();
  return REGULAR_PAST.test(form) || irregularPastForms().has(form);
}

/** Penn tags a verb spelt the same as base form, past and past participle carries. */
const BASE_PAST_TAGS = ['VB', 'VBD', 'VBN'];

/**
 * True for a verb whose past is spelt as its base form ("beat", "upset", "broadcast", "hurt",
 * "let", "spread"): WordNet's verb exception list cannot give it (it lists no form equal to its
 * lemma), so it is told by `wink-lexicon`'s lexicon, which tags the word as base form, past and
 * past participle, and by the lack of another past: no exception form of the word whose most
 * frequent tag is the past (`otherPast`: "came" for "come", whose "come" is only a participle),
 * and no regular past of it in the lexicon ("fitted", "grounded").
 */
export function isBasePast(
  word: string,
  tagsOf: (word: string) => readonly string[] | undefined,
  otherPast: ReadonlySet<string>,
): boolean {
  if (!/^[a-z]+$/u.test(word) || REGULAR_PAST.test(word) || otherPast.has(word)) return false;
  const tags = tagsOf(word) ?? [];
  if (!BASE_PAST_TAGS.every((tag) => tags.includes(tag))) return false;
  const regular = [`${word}ed`, `${word}d`, `${word}${word.slice(-1)}ed`];
  return !regular.some((form) => PAST_TAGS.has(tagsOf(form)?.[0] ?? ''));
}

let basePast: ReadonlySet<string> | undefined;

/** Takes {@link basePastForms} from a saved index (index-file.ts `basePast`), as {@link seedIrregularPastForms} does. */
export function seedBasePastForms(forms: readonly string[]): void {
  basePast ??= new Set(forms);
}

/**
 * The verbs of the lexicon whose past is spelt as their base form ({@link isBasePast}) and that
 * {@link irregularPastForms} does not already read as past: about 20 words ("beat", "cast",
 * "cost", "hurt", "let", "upset" …), built once on first use. Such a word is as often a present
 * or a participle ("tickets cost", "votes cast at"), so it is a past only where its subject
 * says so (third-person.ts).
 */
export function basePastForms(): ReadonlySet<string> {
  if (!basePast) {
    const exceptions = wordnetExceptions('verb');
    const otherPast = new Set(
      exceptions
        .filter(([form, lemma]) => form !== lemma && lexiconTags(form)?.[0] === 'VBD')
        .map(([, lemma]) => lemma),
    );
    const past = irregularPastForms();
    basePast = new Set(
      lexiconWords().filter((word) => !past.has(word) && isBasePast(word, lexiconTags, otherPast)),
    );
  }
  return basePast;
}
