/**
 * The auxiliary verbs of English, a closed class: the modals and the primary verbs "be", "have"
 * and "do" in their written forms (Quirk et al., A Comprehensive Grammar of the English
 * Language, 1985, chapter 3). Each rule that reads a verb phrase builds its own list
 * from these parts (text/word-class.ts), so a form is written once; a rule leaves a part out
 * only for a reason it states.
 */

/** The central modals: "will", "could", "must". */
export const MODALS: readonly string[] = [
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
];

/**
 * The modals of possibility and ability, which tell an act as possible, not done: "could scrap",
 * "may resume" (Quirk et al. 1985, §4.49–4.60). Lower case: written "May" is mostly the month.
 */
export const POSSIBILITY_MODALS: readonly string[] = ['can', 'could', 'may', 'might'];

/** The modals' negative forms, "cannot" among them: "won't", "couldn't". */
export const NEGATIVE_MODALS: readonly string[] = [
  "won't",
  "wouldn't",
  "shan't",
  "shouldn't",
  "can't",
  'cannot',
  "couldn't",
  "mightn't",
  "mustn't",
];

/**
 * The primary auxiliaries' negative forms: "isn't", "didn't" (Quirk et al. 1985, §3.23: the
 * contracted negative is the auxiliary and "not" in one word).
 */
export const NEGATIVE_PRIMARIES: readonly string[] = [
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  "doesn't",
  "don't",
  "didn't",
];

/**
 * Negative forms as the tokenizer folds them (text/terms.ts `foldWord` drops apostrophes:
 * "didn't", "didn’t" and chat's "didnt" are all "didnt"). Written here rather than with
 * `foldWord`, which stop-words.ts, a user of these lists, cannot import without a cycle.
 */
export const foldedNegatives = (forms: readonly string[]): string[] =>
  forms.map((form) => form.replace(/'/g, ''));

/** The forms of "be": "is", "were", "being". */
export const BE_FORMS: readonly string[] = [
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
];

/** The finite and base forms of "have" ("having" heads no finite verb phrase). */
export const HAVE_FORMS: readonly string[] = ['has', 'have', 'had'];

/** The forms of "do" that carry tense: "does", "did". */
export const DO_FORMS: readonly string[] = ['do', 'does', 'did'];

/**
 * The auxiliaries of the passive: the forms of "be", and of "get" ("got hurt"; Quirk et al.
 * 1985, chapter 3).
 */
export const PASSIVE_AUXILIARIES: readonly string[] = [
  ...BE_FORMS,
  ...['get', 'gets', 'got', 'gotten'],
];

/** Every auxiliary in full: the modals and the forms of "be", "have" and "do". */
export const AUXILIARIES: readonly string[] = [...MODALS, ...BE_FORMS, ...HAVE_FORMS, ...DO_FORMS];

/**
 * The auxiliaries' contracted forms, as a tokenizer that splits at an apostrophe leaves them
 * ("it 's", "they 've"), with a straight apostrophe: "'s" (is, has), "'re", "'m", "'ve", "'d"
 * (had, would), "'ll".
 */
export const CONTRACTED_AUXILIARIES: readonly string[] = ["'s", "'re", "'m", "'ve", "'d", "'ll"];
