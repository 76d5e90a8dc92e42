/**
 * Tense of a date: whether what the sentence says happens on it lies before or after the time
 * of writing. Read per mention from the verbs that govern it, not per sentence: in "The mayor
 * said on Monday that he would sign the order next Tuesday" the saying is past and the signing
 * is ahead; in "Tsertsel, in Thursday's address, did not rule out a 'hot war' in the spring of
 * 2021" the address is past and the spring of 2021 is a forecast.
 *
 * The governing verb of a date is the nearest tense marker before it in its clause (a date is
 * an adjunct of the verb phrase it follows); a date that opens its clause ("On Monday, the
 * president will visit") takes the first marker after it. What a stated plan leaves of that
 * tense is read in plan.ts.
 */
import { SPEECH_VERBS } from './lexicon.js';
import { OUTCOME, cueTense, pastBefore, planTense } from './plan.js';

/** What a sentence says of a date: ahead of the time of writing, behind it, or not said. */
export type Tense = 'future' | 'past' | null;

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

/** Irregular past-tense verbs common in news; regular ones end in "-ed". */
const PAST_WORDS: ReadonlySet<string> = new Set(
  `was were had did said told met held went came saw took made gave began left won lost ran fell
rose spoke wrote sent sat stood found brought thought became kept paid sold built fought led struck
hit put set cut shut quit read knew grew drew threw flew wore tore broke chose froze stole woke
rode drove shot fled sought taught caught bought felt meant heard last ago earlier yesterday`
    .split(/\s+/)
    .filter(Boolean),
);

/** "-ed" words that are not past-tense verbs. */
const NOT_PAST =
  /^(?:need|bed|red|shed|seed|speed|feed|breed|greed|hundred|kindred|sacred|naked|wicked|wretched|ragged|rugged|beloved|aged|embed|united|armed|masked|detained|wounded|injured|accused|alleged|jailed|exiled|banned|proposed|planned|expected|scheduled|intended|predicted)$/u;

/** A relative clause set off by commas: ", which has owned the quay since 2009,". */
const RELATIVE_ASIDE = /,\s*(?:which|who|whom|whose|where)\b[^,;:]*,/iu;

/** How many words back from a date its governing verb is looked for. */
const WINDOW_BEFORE = 12;
/** How many words after a date opening its clause its verb is looked for. */
const WINDOW_AFTER = 8;

type Marker = 'future' | 'past' | 'break' | null;

/** The marker a single word carries on its own. */
function wordMarker(word: string): Marker {
  if (CLAUSE_BREAK.test(word)) return 'break';
  const w = word.toLowerCase().replace(/[’]/gu, "'");
  if (/'ll$/u.test(w)) return 'future';
  if (FUTURE_WORDS.has(w)) return 'future';
  if (PAST_WORDS.has(w)) return 'past';
  if (/^\p{Ll}{3,}ed$/u.test(word) && !NOT_PAST.test(w)) return 'past';
  return null;
}

/** Verbs whose complement lies ahead: "did not rule out a war", "warned of", "threatened to". */
const FORECAST_PAIRS: Array<[RegExp, RegExp]> = [
  [/^rul(?:e|es|ed|ing)$/iu, /^out$/iu],
  [/^warn(?:s|ed|ing)?$/iu, /^of$/iu],
  [/^set$/iu, /^for$/iu],
  [/^(?:plans?|intends?|wants?|hopes?|aims?|seeks?|promises?|vows?)$/iu, /^to$/iu],
  [
    /^(?:threaten(?:s|ed|ing)?|aim(?:s|ed|ing)?|going|hopes?|hoped|set|vow(?:s|ed)?|pledged?)$/iu,
    /^to$/iu,
  ],
];

/**
 * Verbs that announce a scheduled event in the present simple: "the festival runs from June 3",
 * "the exhibition opens on Friday", "tickets go on sale May 1". In news, a present-simple
 * timetable with a date states what lies ahead, as "is to" and "is scheduled for" do.
 */
const SCHEDULED_VERB =
  /^(?:opens|reopens|starts|begins|resumes|runs|ends|closes|launches|premieres|debuts|kicks|open|reopen|start|begin|resume|run|end|close|launch|premiere|debut|kick)$/iu;

/**
 * Words before a bare verb that make it no present simple: "to open", "did not start", "will
 * run", and the copulas that make it an adjective ("is open", "remains closed").
 */
const NOT_PRESENT_SIMPLE =
  /^(?:is|are|was|were|be|been|being|remains?|stays?|has|as|us|thus|to|not|never|did|didn't|do|does|doesn't|don't|will|would|could|can|can't|may|might|should|must|shall|won't|wouldn't|the|a|an|its|their|his|her|our|this|that|first|last|next|each|every)$/iu;

/** True when the word at `i` is a scheduling verb in the present simple ("goes on sale"). */
function scheduledPresent(words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  const previous = (words[i - 1] ?? '').replace(/[’]/gu, "'");
  if (i === 0 || NOT_PRESENT_SIMPLE.test(previous) || /'ll$/iu.test(previous)) return false;
  if (/^(?:go|goes)$/iu.test(word))
    return /^on$/iu.test(words[i + 1] ?? '') && /^sale$/iu.test(words[i + 2] ?? '');
  if (!SCHEDULED_VERB.test(word)) return false;
  // "kicks off": only with its particle; a base form only after a plural subject ("tickets").
  if (/^kicks?$/iu.test(word) && !/^off$/iu.test(words[i + 1] ?? '')) return false;
  return /s$/iu.test(word) || /s$/iu.test(previous);
}

/** The marker of the word at `i`, reading the words next to it. */
function markerAt(words: readonly string[], i: number): Marker {
  const word = words[i] as string;
  const previous = words[i - 1] ?? '';
  if (FORECAST_PAIRS.some(([first, second]) => second.test(word) && first.test(previous)))
    return 'future';
  // "The bridge is to reopen": "be to" and a verb is an arrangement still ahead ("was to": seen
  // from the past, see pastBefore); "is to the north" is not.
  if (
    /^to$/iu.test(word) &&
    /^(?:is|are|am|was|were)$/iu.test(previous) &&
    /^\p{Ll}/u.test(words[i + 1] ?? '') &&
    !/^(?:the|a|an|this|that|its|their|his|her|be|blame)$/iu.test(words[i + 1] ?? '')
  )
    return 'future';
  if (scheduledPresent(words, i)) return 'future';
  const marker = wordMarker(word);
  if (marker !== 'past') return marker;
  // "will shut", "plans to cut", "is going to hit": a verb after a modal or the infinitive "to"
  // is the base form, however it is spelt ("shut", "cut", "set" are also their own past), so it
  // carries no tense and the marker before it governs ("voted to cut" stays past by "voted").
  if (afterModalOrTo(words, i)) return null;
  // "a signed contract", "the affected streets": a participle after a determiner is an adjective.
  if (
    /^(?:a|an|the|its|their|his|her|our|this|that|these|those)$/iu.test(previous) &&
    /ed$/iu.test(word)
  )
    return null;
  // "the road is closed", "the ferry is delayed": a present state, not a past event.
  if (/^(?:is|are|am|remains?|stays?)$/iu.test(previous)) return null;
  // "provided the city signed a contract before June": a condition, still to be met.
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (/^(?:provided|providing|unless)$/iu.test(words[j] as string)) return 'future';
  }
  // "will be held", "is expected to be signed": a participle under a future auxiliary.
  if (!/^(?:be|been|have)$/iu.test(previous)) return 'past';
  for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
    const earlier = wordMarker(words[j] as string);
    if (earlier === 'break') break;
    if (earlier === 'future') return pastBefore(words, j) ? 'past' : 'future';
  }
  return 'past';
}

/** Words after which a verb takes its base form: the modals and the infinitive marker "to". */
const BASE_FORM_BEFORE =
  /^(?:will|shall|would|could|can|may|might|must|should|won't|wouldn't|couldn't|can't|cannot|mustn't|shouldn't|to)$/iu;

/** Adverbs that may stand between a modal and its verb: "will not shut", "is to soon cut". */
const MID_ADVERB = /^(?:not|never|also|soon|then|still|only|just|now|again|\p{Ll}+ly)$/iu;

/**
 * True when the word at `i` follows a modal, "'ll" or "to", directly or across one adverb
 * ("will not cut"): in that slot English has only the base form of a verb.
 */
function afterModalOrTo(words: readonly string[], i: number): boolean {
  const isBaseFormCue = (w: string | undefined): boolean => {
    const word = (w ?? '').replace(/[’]/gu, "'");
    return BASE_FORM_BEFORE.test(word) || /'ll$/iu.test(word);
  };
  if (isBaseFormCue(words[i - 1])) return true;
  return MID_ADVERB.test(words[i - 1] ?? '') && isBaseFormCue(words[i - 2]);
}

/**
 * The words of a text, and the punctuation that ends a clause. An en dash between digits joins
 * them ("voted 7–4", "2019–2021": a tally or a range), so it breaks no clause.
 */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}'’]+|[;:—()]|–(?!\d)|(?<!\d)–/gu) ?? [];
}

/**
 * The tense of the date at `start`–`end` of `sentence`.
 *
 * - Future: the date is that of an occasion ("secured a debate for 12 February"), or a future
 *   auxiliary or cue governs it ("will", "would", "shall", "'ll", "is to", "expect",
 *   "due", "scheduled/slated/planned for", "plans to", forecast verbs, "next"), or "by",
 *   "until" or "till" sets it as a deadline or the end of a state under no past verb ("would
 *   reopen by Saturday", "must be done by May", "the road is closed until Friday": a
 *   participle after "is" is a present state, not a past verb), or a plan in the simple past
 *   whose sentence tells no outcome ("The report was expected on Thursday").
 * - Past: a past verb governs it ("said", "announced", "met"), "would have" ("would have met
 *   on Thursday"), "had been" before a cue ("had been expected on Thursday"), or a plan in the
 *   simple past whose sentence tells the outcome ("was expected on Thursday but never came").
 * - null, in doubt: a "had been" plan in reported speech ("said the vote had been set for
 *   August": it may still lie ahead).
 * - null: the sentence does not say (present tense, no verb nearby), or a past verb only moved
 *   the date ("was postponed until Friday": the new date may lie on either side) or began a
 *   state with a set end ("released on bail until 7 January").
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function tenseOf(sentence: string, start: number, end: number): Tense {
  return planTense(governingTense(sentence, start, end), sentence, start);
}

/** "by Friday", "until the end of May": the date is a deadline or the end of a state. */
const DEADLINE_BEFORE =
  /\b(?:by|until|till)\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?)?$/iu;

/** Modals that form a perfect with "have": "should have restored", "will have finished". */
const PERFECT_MODAL = /^(?:will|shall|should|must|would|'ll)$/iu;
/** Cues that take "to have" and a participle: "is expected to have finished". */
const PERFECT_CUE = /^(?:expected|due|set|scheduled|likely|is|are)$/iu;

/**
 * The modal perfect governing the end of `clause`, if any: its modal ("would", "should", …, or
 * "to" for "expected to have"), when "MODAL have" is followed by at most one other verb (its
 * participle) before the date. Null when none governs it.
 */
function modalPerfectBefore(clause: readonly string[]): string | null {
  for (let k = clause.length - 1; k >= 1; k--) {
    if (!/^(?:have|'ve)$/iu.test(clause[k] as string)) continue;
    const modal = (clause[k - 1] as string).toLowerCase().replace(/[’]/gu, "'");
    const governs =
      PERFECT_MODAL.test(modal) ||
      (modal === 'to' && PERFECT_CUE.test(clause[k - 2] ?? '') && k >= 2);
    if (!governs) return null;
    // "should have power restored by Friday": only the participle may carry a marker after it.
    const verbs = clause.slice(k + 1).filter((_, i, all) => markerAt(all, i) !== null);
    return verbs.length <= 1 ? modal : null;
  }
  return null;
}

/**
 * The tense a modal perfect gives a date. With a deadline ("should have power restored by
 * Friday", "will have finished by May", "is expected to have … by") it is a future perfect:
 * the deadline lies ahead. Without one the same words may be counterfactual or an inference
 * about the past ("should have been warned on Monday", "must have left on Friday"): in doubt.
 * "would have met on Thursday" stays a past that did not happen; "would have … by Friday" may
 * be that or a future seen from a reported past, so it is in doubt too.
 */
function modalPerfectTense(modal: string, deadline: boolean): Tense {
  if (modal === 'would') return deadline ? null : 'past';
  return deadline ? 'future' : null;
}

/**
 * Nouns that name an occasion held on an appointed day: "a debate for 12 February", "the hearing
 * on the appeal for Thursday". A date given to one of them with "for" is the day it is set for.
 *
 * A list, not WordNet's hypernyms: no set of WordNet ancestors takes these and leaves out the
 * nouns whose "for DATE" is a period covered, not an appointed day. Hearing, vote, election,
 * strike, protest and visit reach social_event, gathering or meeting only through group_action
 * (or not at all), and group_action also holds sale, payment, permit, funding, deal and trade
 * ("sales for March"); trial, inquest, inspection, audit, review, briefing, launch and deadline
 * reach none of them in their first three senses (WordNet 3.1, checked 2026-11).
 */
const OCCASION_NOUNS: ReadonlySet<string> = new Set(
  `debate debates hearing hearings meeting meetings vote votes ballot election referendum session
sessions appointment appointments trial inquest interview visit rally protest march strike summit
talks conference ceremony opening launch deadline date match concert event operation briefing
consultation inspection audit review`
    .split(/\s+/)
    .filter(Boolean),
);

/** How many words may stand between an occasion noun and the "for" of its date. */
const OCCASION_WINDOW = 6;

/**
 * True when the date after `before` (the words before it) is the day of an occasion: "for" right
 * before the date and, within {@link OCCASION_WINDOW} words before that with no verb or clause
 * break between, an occasion noun ("had secured a Westminster Hall debate on rural hospital
 * services for 12 February"). The occasion is set for that day, whatever the tense of the verb
 * that arranged it: the date is read as ahead.
 */
function occasionFor(before: readonly string[]): boolean {
  if (!/^for$/iu.test(before[before.length - 1] ?? '')) return false;
  for (let i = before.length - 2; i >= Math.max(0, before.length - 2 - OCCASION_WINDOW); i--) {
    const word = (before[i] as string).toLowerCase();
    if (OCCASION_NOUNS.has(word)) return true;
    if (markerAt(before, i) !== null) return false;
  }
  return false;
}

/** The word that marks a date's tense, and the words it was found among. */
interface Governor {
  words: readonly string[];
  index: number;
}

/**
 * The nearest tense marker before a date in its clause (`window`: the last words before the
 * date; `whole`: how many words the sentence has before it), or, when none, whether the date
 * opens its clause (so the verb after it governs).
 */
function markerBefore(
  window: readonly string[],
  whole: number,
): Governor | { opensClause: boolean } {
  let opensClause = whole === 0;
  for (let i = window.length - 1; i >= 0; i--) {
    const marker = markerAt(window, i);
    if (marker === 'break') {
      return { opensClause: window.slice(i + 1).every((w) => wordMarker(w) === null) };
    }
    if (marker !== null) return { words: window, index: i };
    if (i === 0 && whole <= WINDOW_BEFORE) opensClause = true;
  }
  return { opensClause };
}

/**
 * The first tense marker after a date that opens its clause. "On Friday the trust, which has
 * owned the quay since 2009, agreed…": a relative clause set off by commas is an aside; the
 * date's verb comes after it.
 */
function markerAfter(sentence: string, end: number): Governor | null {
  const after = wordsOf(sentence.slice(end).replace(RELATIVE_ASIDE, ' ')).slice(0, WINDOW_AFTER);
  for (let i = 0; i < after.length; i++) {
    const marker = markerAt(after, i);
    if (marker === 'break') return null;
    if (marker !== null) return { words: after, index: i };
  }
  return null;
}

/** The tense the marker `g` gives a date of `sentence`. */
function tenseOfGovernor(g: Governor, sentence: string): Tense {
  return markerAt(g.words, g.index) === 'future'
    ? cueTense(g.words, g.index, OUTCOME.test(sentence))
    : 'past';
}

function governingTense(sentence: string, start: number, end: number): Tense {
  const before = wordsOf(sentence.slice(0, start));
  if (occasionFor(before)) return 'future';
  const window = before.slice(-WINDOW_BEFORE);
  const breakAt = window.findLastIndex((_, i) => markerAt(window, i) === 'break');
  const modal = modalPerfectBefore(window.slice(breakAt + 1));
  if (modal !== null)
    return modalPerfectTense(modal, DEADLINE_BEFORE.test(sentence.slice(0, start)));
  const found = markerBefore(window, before.length);
  if ('words' in found) return tenseOfGovernor(found, sentence);
  // "would reopen by Saturday", "is closed until Friday": a deadline or the end of a present state.
  if (DEADLINE_BEFORE.test(sentence.slice(0, start))) return 'future';
  if (!found.opensClause) return null;
  const after = markerAfter(sentence, end);
  return after ? tenseOfGovernor(after, sentence) : null;
}

/**
 * True when the verb that governs the date at `start`–`end` of `sentence` is a verb of saying
 * ("said on Tuesday", "told reporters on Tuesday", "On Tuesday the council said"): the date is
 * when the news was told. The governing verb is found as {@link tenseOf} finds it.
 */
export function isSayingDate(sentence: string, start: number, end: number): boolean {
  const before = wordsOf(sentence.slice(0, start));
  const found = markerBefore(before.slice(-WINDOW_BEFORE), before.length);
  const governor = 'words' in found ? found : found.opensClause ? markerAfter(sentence, end) : null;
  return (
    governor !== null && SPEECH_VERBS.has((governor.words[governor.index] ?? '').toLowerCase())
  );
}

/**
 * True when a word on its own marks the past tense: an irregular past common in news ("was",
 * "broke", "said") or a regular one in "-ed" (not an adjective such as "wounded").
 */
export function isPastWord(word: string): boolean {
  return wordMarker(word) === 'past';
}
