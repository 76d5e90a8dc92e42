/**
 * Tense markers: the words that put a date ahead of the time of writing ("will", "expected",
 * "plans to") or behind it ("said", "-ed" verbs, "last"), and the words that end the clause a
 * date's verb is looked for in, each read with the words next to it. Which marker governs a date
 * is found in tense.ts.
 */
import { DETERMINERS } from '../text/determiners.js';
import { wordIn } from '../text/word-class.js';
import { afterModalOrTo, baseFormCue } from './base-form.js';
import { causativeParticiple } from './causative.js';
import { irregularPastForms, REGULAR_PAST } from './past-forms.js';
import { pastBefore } from './plan.js';
import { scheduledPresent } from './scheduled-present.js';
import { arrangedProgressive } from './arranged-progressive.js';
import { premodifiesNoun } from './premodifier.js';
import { thirdPersonPast } from './third-person.js';
import { OBJECT_PARTICIPLES, pastWithObject } from './object-participle.js';
import { compoundHead } from './tokens.js';
import { lastingVerb } from './lasting-verb.js';
import { SPEECH_VERBS } from './lexicon.js';
import { PLAN_NOUN } from './plan-words.js';
import { isPreposition, PREPOSITION } from './preposition.js';
import { forecastNounAt } from './forecast-noun.js';

// Made once, at module level: a literal in a function body makes a new RegExp at each call.
/** The typographic apostrophe, read as the typewriter one. */
const CURLY_APOSTROPHE = /[’]/gu;

/** A contracted "will": "they'll". */
const CONTRACTED_WILL = /'ll$/u;

/** A word written in lower case (no name, no sentence's first word). */
const LOWER_CASE_INITIAL = /^\p{Ll}/u;

/** "to", as a preposition or the mark of an infinitive. */
const TO = /^to$/iu;

/** A plural in a single "-s" (base forms in "-s" end in "ss", "us" or "is"). */
const PLURAL_S = /[^su'’i]s$/u;

/** A possessive "'s". */
const POSSESSIVE_S = /['’]s$/u;

/** Finite forms of "be" before the "to" of an arrangement ("is to reopen"). */
const FINITE_BE = /^(?:is|are|am|was|were)$/iu;

/** Words after "be to" that make "to" no arrangement ("is to the north", "is to blame"). */
const NOT_AN_ARRANGEMENT_AFTER_TO = /^(?:the|a|an|this|that|its|their|his|her|be|blame)$/iu;

/** "that": a relative pronoun, a conjunction or a demonstrative. */
const THAT = /^that$/iu;

/**
 * Prepositions that end a complex subordinator in "that" ("in that": Quirk et al. 1985, 14.12):
 * after them "that" opens a clause. After any other preposition (preposition.ts
 * `isPreposition`) "that" is the demonstrative of the preposition's complement ("up that lane",
 * "on that day"), never a clause's "that": a preposition takes a noun phrase. The other complex
 * subordinators ("except that", "so that", "now that") end in no preposition of that list.
 */
const SUBORDINATOR_BEFORE_THAT = /^in$/iu;

/** "planning", a verb's progressive or the noun of town planning. */
const PLANNING = /^planning$/iu;

/** Forms of "be" before a progressive ("is planning"). */
const BE_FORM = /^(?:is|are|am|was|were|be|been|being|'re|’re|'s|’s)$/iu;

/** Words after "planning" that make it the verb ("planning to open"). */
const PLANNING_COMPLEMENT = /^(?:to|on|for)$/iu;

/** Verbs of a present state before a participle ("the road is closed"). */
const PRESENT_STATE_VERB = /^(?:is|are|am|remains?|stays?)$/iu;

/** "being", of a progressive passive ("are being contacted"). */
const BEING = /^being$/iu;

/** Words opening a condition ("provided the city signed"). */
const CONDITION = /^(?:provided|providing|unless)$/iu;

/** Auxiliaries before a participle that leave its tense to a word before them ("will be held"). */
const NON_FINITE_AUXILIARY = /^(?:be|been|have)$/iu;

/** "be", the base form. */
const BE = /^be$/iu;

/** An adverb in "-ly" ("formally"). */
const LY_ADVERB = /^\p{Ll}+ly$/u;

/** The present perfect's auxiliary. */
const PERFECT_AUXILIARY = /^(?:has|have|'ve)$/iu;

/** Words that end a clause for this purpose: a date never belongs to a verb across them. */
const CLAUSE_BREAK =
  /^(?:that|which|who|whom|whose|because|although|though|while|whereas|but|;|:|—|–|\(|\))$/iu;

/** Markers of a statement about the future, as single lower-cased words. */
const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will',
  'shall',
  'must',
  'should',
  "won't",
  'would',
  "wouldn't",
  'expect',
  'expects',
  'expected',
  'expecting',
  'due',
  'scheduled',
  'slated',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'predict',
  'predicts',
  'predicted',
  'forecast',
  'forecasts',
  'projected',
  'upcoming',
  'next',
  'tomorrow',
  'vowed',
  'vows',
  'pledged',
  'pledges',
  'promised',
  'promises',
]);

/**
 * "-ed" words that are not past-tense verbs on their own; those of OBJECT_PARTICIPLES are past
 * with an object after them (object-participle.ts).
 */
const NOT_PAST =
  /^(?:need|bed|red|shed|seed|speed|feed|breed|greed|hundred|kindred|sacred|naked|wicked|wretched|ragged|rugged|beloved|aged|embed|united|armed|masked|alleged|proposed|planned|expected|scheduled|intended|predicted|projected)$/u;

/** Present forms of "be" before "being" in a present progressive passive ("are being sent"). */
const PRESENT_BE = /^(?:is|are|am|'re|’re|isn't|aren't|isn’t|aren’t)$/iu;

/** What a word says of the tense: ahead, behind, a clause break, or nothing. */
export type Marker = 'future' | 'past' | 'break' | null;

/** The marker a single word carries on its own. */
export function wordMarker(word: string): Marker {
  if (CLAUSE_BREAK.test(word)) return 'break';
  const w = word.toLowerCase().replace(CURLY_APOSTROPHE, "'");
  if (CONTRACTED_WILL.test(w)) return 'future';
  if (FUTURE_WORDS.has(w)) return 'future';
  // A past form only as written in lower case, as a regular one: a capitalised word is a name
  // ("the regatta in Kent on Friday", "Rose", "Read"), and news puts no past verb first.
  // A compound is read by its head ("peer-reviewed", "re-elected": tokens.ts `compoundHead`).
  const head = LOWER_CASE_INITIAL.test(word) ? compoundHead(word) : word;
  if (irregularPastForms().has(head)) return 'past';
  const lower = head.toLowerCase();
  if (REGULAR_PAST.test(head) && !NOT_PAST.test(lower) && !OBJECT_PARTICIPLES.test(lower))
    return 'past';
  return null;
}

/** Verbs whose complement lies ahead: "did not rule out a war", "warned of", "threatened to". */
const FORECAST_PAIRS: Array<[RegExp, RegExp]> = [
  [/^rul(?:e|es|ed|ing)$/iu, /^out$/iu],
  [/^warn(?:s|ed|ing)?$/iu, /^of$/iu],
  [/^set$/iu, /^for$/iu],
  [/^(?:plans?|intends?|wants?|hopes?|aims?|seeks?|promises?|vows?)$/iu, TO],
  // "is unlikely to reopen in the autumn": "be likely to" is a prediction, as "is expected to" is.
  [/^(?:likely|unlikely)$/iu, TO],
  [
    /^(?:threaten(?:s|ed|ing)?|aim(?:s|ed|ing)?|going|hopes?|hoped|set|vow(?:s|ed)?|pledged?)$/iu,
    TO,
  ],
];

/** Words after "to" that make it a preposition: determiners, quantifiers, object pronouns. */
const NOT_A_VERB_AFTER_TO = wordIn([
  ...DETERMINERS,
  ...['every', 'each', 'all', 'some', 'any', 'no', 'most', 'many', 'several', 'both', 'few'],
  ...['him', 'them', 'us', 'me', 'it', 'whom', 'which'],
]);

/**
 * True when the word after the "to" at `i` may be a verb's base form, so "to" may mark an
 * infinitive: "plans to cut" ahead, "outlined the plan to members of the public" (a preposition)
 * not. Not a determiner or an object pronoun, a capitalised name or a plural in a single "-s"
 * (base forms in "-s" end in "ss", "us" or "is": "to discuss", "to focus"), nor a quantifier
 * ("restored power to most homes").
 */
export function infinitiveAfter(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  if (!LOWER_CASE_INITIAL.test(next) || NOT_A_VERB_AFTER_TO.test(next)) return false;
  return !PLURAL_S.test(next);
}

/** A determiner: article, demonstrative or possessive. */
const DETERMINER = wordIn(DETERMINERS);

/**
 * How many words of adjuncts may stand between a verb or its object and "to": two prepositional
 * phrases, each a preposition and a short noun phrase, as an adjunct of place or accompaniment and
 * one of time do ("agreed with the union on Monday to", "voted at a special meeting on Monday
 * to"; Quirk et al. 1985, §8.20 on the order of adjuncts, place before time).
 */
export const ADJUNCT_WORDS = 6;

/** Adverbs of time and words opening an adjunct of time with no preposition ("voted yesterday to"). */
export const TIME_ADVERB = /^(?:yesterday|today|tonight|last|this|earlier)$/iu;

/**
 * The "to" of an infinitive at `i` of `words`, or after an adjunct of the verb opened there by a
 * preposition or an adverb of time, of at most {@link ADJUNCT_WORDS} words ("plans on Monday
 * to close", "plans last week to"); -1 otherwise.
 */
function toAfterAdjunct(words: readonly string[], i: number): number {
  const first = words[i] ?? '';
  if (TO.test(first)) return infinitiveAfter(words, i) ? i : -1;
  if (!(PREPOSITION.test(first) || TIME_ADVERB.test(first))) return -1;
  for (let k = i + 1; k <= i + ADJUNCT_WORDS && k < words.length; k++) {
    const word = words[k] as string;
    if (TO.test(word)) return infinitiveAfter(words, k) ? k : -1;
    if (CLAUSE_BREAK.test(word)) return -1;
  }
  return -1;
}

/** Particles of a phrasal verb that may take a plan as object: "set out", "drew up", "put forward". */
const PARTICLE = /^(?:out|up|forward|down)$/iu;

/**
 * The "to" of a plan noun's infinitive complement when the verb at `verb` of `words`, in the
 * past, takes that plan as its object: "set out plans to cut", "unveiled its new proposals to
 * close", "drew up a plan to reopen" (a particle, a determiner and one modifier may come
 * between); -1 otherwise. The noun's complement is an act wanted, after the plan (plan-words.ts
 * {@link PLAN_NOUN}), and "plans" there is a noun, the verb's object, not the verb "plans" of
 * "The council plans to cut". After a verb of saying, which may take a clause with no "that",
 * a determiner and a modifier together are read as that clause's subject ("said the council
 * plans to"), no object.
 */
export function planObjectAfter(words: readonly string[], verb: number): number {
  if (!LOWER_CASE_INITIAL.test(words[verb] ?? '') || wordMarker(words[verb] as string) !== 'past')
    return -1;
  let i = verb + 1;
  if (PARTICLE.test(words[i] ?? '')) i++;
  const determiner = DETERMINER.test(words[i] ?? '') || POSSESSIVE_S.test(words[i] ?? '');
  if (determiner) i++;
  if (!PLAN_NOUN.test(words[i] ?? '')) {
    const modifier = words[i] ?? '';
    if (!LOWER_CASE_INITIAL.test(modifier) || wordMarker(modifier) !== null) return -1;
    if (determiner && SPEECH_VERBS.has((words[verb] as string).toLowerCase())) return -1;
    i++;
  }
  if (!PLAN_NOUN.test(words[i] ?? '')) return -1;
  // "announced plans on Monday to close": the verb's adjunct may stand between the noun and its
  // complement, a discontinuous noun phrase, its postmodifier postponed
  // (Quirk et al. 1985, ch. 18 on postponement).
  return toAfterAdjunct(words, i + 1);
}

/** True when the "to" at `i` of `words` is a plan noun's that a past verb takes as object ({@link planObjectAfter}). */
function planObjectTo(words: readonly string[], i: number): boolean {
  for (let verb = i - 2; verb >= Math.max(0, i - 5 - ADJUNCT_WORDS); verb--) {
    if (planObjectAfter(words, verb) === i) return true;
  }
  return false;
}

/** The marker of the word at `i`, reading the words next to it. */
export function markerAt(words: readonly string[], i: number): Marker {
  const word = words[i] as string;
  const previous = words[i - 1] ?? '';
  if (
    FORECAST_PAIRS.some(([first, second]) => second.test(word) && first.test(previous)) &&
    (!TO.test(word) || i + 1 >= words.length || infinitiveAfter(words, i)) &&
    // "set out plans to cut …": a noun, the past verb's object; that verb governs.
    !planObjectTo(words, i)
  )
    return 'future';
  // "The bridge is to reopen": "be to" and a verb is an arrangement still ahead ("was to": seen
  // from the past, see pastBefore); "is to the north" is not.
  if (
    TO.test(word) &&
    FINITE_BE.test(previous) &&
    LOWER_CASE_INITIAL.test(words[i + 1] ?? '') &&
    !NOT_AN_ARRANGEMENT_AFTER_TO.test(words[i + 1] ?? '')
  )
    return 'future';
  if (scheduledPresent(words, i) || arrangedProgressive(words, i)) return 'future';
  // "submitted its planning application on Tuesday", "the planning committee": "planning" is a
  // plan only as the verb's progressive, after a form of "be" ("is planning a vote") or before
  // "to", "on" or "for" ("planning to open"); otherwise it is the noun of town planning.
  if (
    PLANNING.test(word) &&
    !BE_FORM.test(previous) &&
    !PLANNING_COMPLEMENT.test(words[i + 1] ?? '')
  )
    return null;
  if (commitmentInForce(words, i)) return 'future';
  // "would begin on Monday and last until Thursday": the verb of duration, no word of the past.
  if (lastingVerb(words, i)) return null;
  // "had checked a general forecast on Saturday": the noun, no verb (forecast-noun.ts).
  if (forecastNounAt(words, i)) return null;
  // "came up that lane this week": after a preposition "that" is a demonstrative opening the
  // preposition's noun phrase, no clause's opening (SUBORDINATOR_BEFORE_THAT).
  if (THAT.test(word) && isPreposition(previous) && !SUBORDINATOR_BEFORE_THAT.test(previous))
    return null;
  const marker = wordMarker(word);
  // "The champion beat her rival": a past spelt as its base form, past by its subject.
  if (marker === null && thirdPersonPast(words, i)) return 'past';
  // "The tribunal on Friday banned Emma Lind": an adjective-like participle with an object.
  if (marker === null && pastWithObject(words, i)) return 'past';
  if (marker !== 'past') return marker;
  // "will shut", "plans to cut", "is going to hit": a verb after a modal or the infinitive "to"
  // is the base form, however it is spelt ("shut", "cut", "set" are also their own past), so it
  // carries no tense and the marker before it governs ("voted to cut" stays past by "voted").
  if (afterModalOrTo(words, i)) return null;
  // "can have their permits swapped from 22 June": the tense is the causative verb's.
  if (causativeParticiple(words, i)) return null;
  // "a signed contract", "to elderly and disabled residents": a participle that modifies a noun
  // is an adjective, not the clause's verb.
  if (premodifiesNoun(words, i, tenseElsewhere)) return null;
  // "will be formally dissolved": an adverb between the auxiliary and the participle is skipped.
  const auxiliary = wordBeforeAdverbs(words, i);
  // "the road is closed", "the ferry is delayed": a present state, not a past event.
  if (PRESENT_STATE_VERB.test(auxiliary)) return null;
  // "are being contacted": the present progressive passive tells what is going on at the time
  // of writing, a present, not a past (Quirk et al. 1985, 4.18 and 3.63 on the progressive
  // passive); "were being contacted" keeps the past of its "were".
  if (
    BEING.test(auxiliary) &&
    PRESENT_BE.test(wordBeforeAdverbs(words, words.lastIndexOf(auxiliary, i - 1)))
  )
    return null;
  // "provided the city signed a contract before June": a condition, still to be met.
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (CONDITION.test(words[j] as string)) return 'future';
  }
  // "will be held", "is expected to be signed": a participle under a future auxiliary.
  if (!NON_FINITE_AUXILIARY.test(auxiliary)) return 'past';
  const be = words.lastIndexOf(auxiliary, i - 1);
  // "could be published by June", "may be delayed": a passive infinitive under a modal has no
  // tense of its own; the modal governs (a possibility: possibility.ts).
  const modal = baseFormCue(words, be);
  if (BE.test(auxiliary) && modal !== null && !TO.test(modal)) return null;
  // "an inquiry, to be held in July": a passive infinitive after a noun is the "be to" of an
  // arrangement with its "is" left out (Quirk et al. 1985, 3.45 and 17.30, on the infinitive
  // clause as postmodifier), still ahead; "was to be held", "had to be paid" are seen from the
  // past, and "expected to be held" is read by its cue below.
  if (BE.test(auxiliary) && TO.test(words[be - 1] ?? '')) {
    // "is to be held", "has to be paid": an arrangement or obligation, also ahead.
    if (wordMarker(words[be - 2] ?? '') === null) return 'future';
  }
  for (let j = be - 1; j >= Math.max(0, be - 3); j--) {
    const earlier = wordMarker(words[j] as string);
    if (earlier === 'break') break;
    if (earlier === 'future') return pastBefore(words, j) ? 'past' : 'future';
  }
  return 'past';
}

/**
 * True when a word of the clause around `i` other than it carries a tense on its own (a modal,
 * a cue, a past form: {@link wordMarker}), up to the clause breaks on either side.
 */
function tenseElsewhere(words: readonly string[], i: number): boolean {
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < words.length; j += step) {
      const marker = wordMarker(words[j] as string);
      if (marker === 'break') break;
      if (marker !== null) return true;
    }
  }
  return false;
}

/** The word before `i`, across "-ly" adverbs ("will be formally dissolved"): up to two. */
function wordBeforeAdverbs(words: readonly string[], i: number): string {
  let j = i - 1;
  while (j > i - 3 && j > 0 && LY_ADVERB.test(words[j] ?? '')) j--;
  return words[j] ?? '';
}

/**
 * Participles of a decision or a promise: "has agreed to", "have voted to". In the present
 * perfect the commitment holds at the time of writing, and what it commits to is still ahead
 * (an act already done would be reported as done: "has taken over").
 */
const COMMITMENT =
  /^(?:agreed|decided|voted|promised|pledged|vowed|undertaken|committed|chosen|opted|resolved|offered|arranged|planned|signed|consented)$/iu;

/**
 * True for the "to" of a commitment in the present perfect ("Northway has agreed to take over
 * the routes from November 1"): the infinitive has no tense of its own, and its act follows a
 * commitment that holds now, so the date it governs lies ahead. A simple past ("agreed to take
 * over") dates the commitment, and "voted to cut" keeps its past.
 */
function commitmentInForce(words: readonly string[], i: number): boolean {
  if (!TO.test(words[i] ?? '') || !COMMITMENT.test(words[i - 1] ?? '')) return false;
  const auxiliary = wordBeforeAdverbs(words, i - 1);
  return PERFECT_AUXILIARY.test(auxiliary.replace(CURLY_APOSTROPHE, "'"));
}

/**
 * True when a word on its own marks the past tense: an irregular past or past participle ("was",
 * "broke", "taken": see past-forms.ts) or a regular one in "-ed" (not an adjective such as
 * "wounded").
 */
export function isPastWord(word: string): boolean {
  return wordMarker(word) === 'past';
}
