/**
 * "Get" and "become" as resulting copulas after a fronted "how ADJ": "how hot did it get", "how
 * bad has it become", "how big is the bloom getting". A copula links its subject to its
 * complement and names no act of its own; "get" and "become" are the resulting copulas, telling
 * that the subject came to be as the complement says (Quirk et al., A Comprehensive Grammar of
 * the English Language, 1985, §16.21). With the adjective complement fronted as "how ADJ", the
 * question asks the degree of the adjective, and a passage answers it with the figure
 * ("temperatures reached 31C"), not with the verb: as a word of content the verb finds any
 * "get" ("homes get their water from the works"). Like the words naming the answer's kind
 * (answer-type.ts `framing`), it frames what is asked.
 */
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS } from '../../text/auxiliaries.js';
import { lexiconTags } from '../../text/lexicon-tags.js';
import type { Token } from '../../text/terms.js';

/** The written forms of the resulting copulas "get" and "become". */
const RESULTING_COPULAS = new Set([
  'get',
  'gets',
  'got',
  'gotten',
  'getting',
  'become',
  'becomes',
  'became',
  'becoming',
]);

/** The auxiliaries that invert after a fronted "how ADJ" before a base or participle copula. */
const INVERTED = new Set([...MODALS, ...DO_FORMS, ...HAVE_FORMS]);
/** "Be" inverts before the copula's -ing form only ("how hot is it getting"). */
const PROGRESSIVE = new Set(BE_FORMS);

/**
 * Words right after "get" that make it a verb of motion or a phrasal verb, not a copula: "how early
 * did they get there", "how soon did it get back" (an adverbial of place or a particle completes
 * it; Quirk et al. 1985, §16.2ff).
 */
const MOTION_AFTER = new Set([
  'there',
  'here',
  'home',
  'back',
  'up',
  'out',
  'off',
  'in',
  'away',
  'to',
  'into',
  'through',
  'over',
  'down',
  'on',
]);

/**
 * Penn Treebank tags of a verb that cannot stand in the subject: base and finite forms. A form in
 * "-ing" or "-ed" may head or modify a noun there ("how bad has the flooding become").
 */
const FINITE_OR_BASE = new Set(['VB', 'VBD', 'VBP', 'VBZ']);

/** Words of the subject between the auxiliary and the copula, at most ("the water at the bay"). */
const SUBJECT_WORDS = 5;

/**
 * True when token `i` of `tokens` is a resulting copula whose complement is a fronted "how ADJ":
 * "how", an adjective (its usual class in the lexicon; not "far", an adverb first, nor "much",
 * also a determiner, whose "how much did she get" asks what she received), an inverted
 * auxiliary right after it, and the copula within {@link SUBJECT_WORDS} words after that ("-ing"
 * after a form of "be"), with no verb or "to" between and no particle or place after it
 * ({@link MOTION_AFTER}). "How big a grant did they get" puts a noun after the adjective: "get"
 * is transitive there, and no copula.
 *
 * @example
 * const q = 'how hot did it get';
 * isResultingCopula(tokenize(q), 4) // true
 */
export function isResultingCopula(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.word;
  if (word === undefined || !RESULTING_COPULAS.has(word)) return false;
  const how = tokens.findIndex((token) => token.word === 'how');
  if (how < 0 || i - how - 2 > SUBJECT_WORDS || i <= how + 2) return false;
  const tags = lexiconTags(tokens[how + 1]!.word);
  if (tags?.[0] !== 'JJ' || tags.includes('DT')) return false;
  const auxiliary = tokens[how + 2]!.word;
  if (MOTION_AFTER.has(tokens[i + 1]?.word ?? '')) return false;
  // Between the auxiliary and the copula only the subject: "how long did it take to get there"
  // has another verb there, whose complement "get" is.
  for (let j = how + 3; j < i; j++) {
    const between = tokens[j]!.word;
    if (between === 'to' || FINITE_OR_BASE.has(lexiconTags(between)?.[0] ?? '')) return false;
  }
  if (PROGRESSIVE.has(auxiliary)) return word.endsWith('ing');
  return INVERTED.has(auxiliary);
}
