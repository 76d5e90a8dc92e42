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
 *
 * The markers themselves are read in tense-markers.ts; the modal perfect in modal-perfect.ts; the
 * day of an occasion in occasion.ts.
 */
import { DETERMINERS } from '../text/determiners.js';
import { anyOf } from '../text/word-class.js';
import { SPEECH_VERBS } from './lexicon.js';
import { forecastActTense } from './forecast.js';
import {
  ownVerbGroup,
  pastAfterComplement,
  possessivePastOccasion,
  presentVerbTense,
} from './named-occasion.js';
import { modalPerfectBefore, modalPerfectTense } from './modal-perfect.js';
import { occasionFor } from './occasion.js';
import { calledOccasionTense, passiveArrangingVerb, pastArrangingVerb } from './called-occasion.js';
import { datesClosingRecord } from './market-record.js';
import { OUTCOME, cueTense, pastBefore, planTense } from './plan.js';
import { markerAt, wordMarker } from './tense-markers.js';
import { withAbsoluteStart } from './with-absolute.js';
import { relativeThatPast } from './relative-that.js';
import { isDeadline, NOT_AFTER_UNIT } from './deadline.js';
import { scheduledPresent } from './scheduled-present.js';
import { arrangedProgressive } from './arranged-progressive.js';
import { chainStart } from './phrase-chain.js';
import { pastCopulaNotUntil } from './not-until.js';
import { opensSubject } from './premodifier.js';
import { PUNCTUATION_COLON } from './clock-colon.js';
import { expectedByDeadline } from './reported-expectation.js';
import { backshiftedCondition, backshiftedFuture } from './backshift.js';
import { PREPOSITION } from './preposition.js';
import { withoutSubjectAside } from './subject-aside.js';
import { finiteVerbBeforeParticiple } from './participle-clause.js';
import { framedClauseStart } from './lead-in.js';
import { presentPerfectIngPostmodifier } from './ing-postmodifier.js';
import { reducedRelativePlan, subjectReducedRelativePlan } from './reduced-relative.js';
import { inReportingClause } from './reporting-clause.js';
import { clauseBounds } from './clause.js';
import { CLOCK_SUFFIX } from './tokens.js';
import { committingVerbAt } from './committed-act.js';
import { presentAllowedTime } from './allowed-time.js';
import { MONTH_RE } from '../text/months.js';

// Made once, at module level: a literal in a function body makes a new RegExp at each call.
/** A possessive "'s". */
const POSSESSIVE_S = /['’]s$/u;

/** A word in lower case right after a date (the noun it modifies). */
const LOWER_CASE_WORD_NEXT = /^\s+\p{Ll}/u;

/** A word written in lower case. */
const LOWER_CASE_INITIAL = /^\p{Ll}/u;

/** "that", a conjunction, relative or determiner. */
const THAT = /^that$/iu;

/** The articles. */
const ARTICLE = /^(?:the|a|an)$/iu;

/** The typographic apostrophe, read as the typewriter one. */
const CURLY_APOSTROPHE = /[’]/gu;

/** "would", a future seen from the past. */
const WOULD = /^(?:would|wouldn't)$/u;

/** Auxiliaries of the present before a cue ("is expected", "has planned"). */
const PRESENT_AUXILIARY = /^(?:is|are|am|be|being|has|have)$/iu;

/** A month named in a date's text ("in October", "on 14 March"), capitalised as a name. */
const NAMED_MONTH = new RegExp(`\\b${MONTH_RE}(?![\\p{L}])`, 'u');

/**
 * True when `sentence` tells what became of a plan ({@link OUTCOME}) from its verb of commitment
 * `verb` (the last before `start`, the date) on: an outcome is told of a plan once it is made,
 * so a word before the commitment ("the routes abandoned when the firm collapsed, after Redway
 * agreed to run them") is of something else.
 */
function outcomeAfter(sentence: string, verb: string, start: number): boolean {
  const at = sentence.slice(0, start).toLowerCase().lastIndexOf(verb.toLowerCase());
  return OUTCOME.test(at < 0 ? sentence : sentence.slice(at));
}

/**
 * A preposition naming the onset of a stretch right before a date: "from Monday", "starting
 * Monday", "as of 1 May". An act done at a point, as committing is, takes no such phrase (the
 * achievements of Vendler 1957, "Verbs and times"), so after "agreed to run them" the onset is
 * the running's.
 */
const ONSET_BEFORE = /\b(?:from|starting|beginning|as\s+of)\s+(?:the\s+)?$/iu;

/** What a sentence says of a date: ahead of the time of writing, behind it, or not said. */
export type Tense = 'future' | 'past' | null;

/** A relative clause set off by commas: ", which has owned the quay since 2009,". */
const RELATIVE_ASIDE = /,\s*(?:which|who|whom|whose|where)\b[^,;:]*,/iu;

/**
 * How many words back from a date its governing verb is looked for, beyond the chain of
 * prepositional phrases right before it (phrase-chain.ts: "approved at the meeting of the
 * council's cabinet in the town hall on Thursday").
 */
const WINDOW_BEFORE = 12;

/** How many words before such a chain the verb and its object may take ("approved the plan at …"). */
const BEFORE_CHAIN = 6;

/** The words before a date its governing verb is looked for among (see {@link WINDOW_BEFORE}). */
function verbWindow(before: readonly string[]): readonly string[] {
  const from = Math.min(before.length - WINDOW_BEFORE, chainStart(before) - BEFORE_CHAIN);
  return before.slice(Math.max(0, from));
}
/** How many words after a date opening its clause its verb is looked for. */
const WINDOW_AFTER = 8;

/**
 * A word, or the punctuation that ends a clause. An en dash between digits joins them ("voted
 * 7–4", "2019–2021": a tally or a range), and so does a colon ("at 05:00": clock-colon.ts), so
 * neither breaks a clause.
 */
const WORD_OR_BREAK = new RegExp(
  String.raw`[\p{L}'’]+(?:-[\p{L}'’]+)*|\d+(?:[.,:]\d+)*|[;—()]|${PUNCTUATION_COLON}|–(?!\d)|(?<!\d)–`,
  'gu',
);

/**
 * The words of a text, and the punctuation that ends a clause ({@link WORD_OR_BREAK}). A compound joined
 * by hyphens ("peer-reviewed", "re-elected") is one word, read by its last part
 * (tense-markers.ts `compoundHead`).
 */
function wordsOf(text: string): string[] {
  return text.replace(CLOCK_SUFFIX, '').match(WORD_OR_BREAK) ?? [];
}

/**
 * The tense of the date at `start`–`end` of `sentence`.
 *
 * - Future: the date is that of an occasion ("secured a debate for 12 February"), or a future
 *   auxiliary or cue governs it ("will", "would", "shall", "'ll", "is to", "expect",
 *   "due", "scheduled/slated/planned for", "plans to", forecast verbs, "next"), or "by",
 *   "until" or "till" sets it as a deadline or the end of a state under no past verb ("would
 *   reopen by Saturday", "must be done by May", "the road is closed until Friday": a
 *   participle after "is" is a present state, not a past verb).
 * - Past: a past verb governs it ("said", "announced", "met"), "would have" ("would have met
 *   on Thursday"), or a plan in the simple past or past perfect whose sentence tells the outcome
 *   ("was expected on Thursday but never came", "had been expected on Thursday but").
 * - null, in doubt: a "had been" plan in reported speech ("said the vote had been set for
 *   August": it may still lie ahead); a plan in the simple past or past perfect whose sentence
 *   tells no outcome ("The band were due to headline on Saturday", "The report had been
 *   expected on Thursday": a future seen from the past, plan.ts); a
 *   participle of planning after its noun ("the wind speeds forecast for the weekend": a reduced
 *   relative clause, reduced-relative.ts).
 * - null: the sentence does not say (present tense, no verb nearby), or a past verb only moved
 *   the date ("was postponed until Friday": the new date may lie on either side) or began a
 *   state with a set end ("released on bail until 7 January"), or a past copula with "not
 *   until" set a time later than a past telling ("were not until August": not-until.ts).
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function tenseOf(sentence: string, start: number, end: number): Tense {
  if (kept === undefined) return readTense(sentence, start, end);
  let byDate = kept.get(sentence);
  if (byDate === undefined) kept.set(sentence, (byDate = new Map()));
  const key = start * (sentence.length + 1) + end;
  const known = byDate.get(key);
  if (known !== undefined) return known;
  const tense = readTense(sentence, start, end);
  byDate.set(key, tense);
  return tense;
}

/**
 * The tenses {@link tenseOf} read while {@link withTensesKept} runs, by sentence and then by the
 * date's span; undefined otherwise.
 */
let kept: Map<string, Map<number, Tense>> | undefined;

/**
 * Runs `read` with {@link tenseOf}'s readings kept, so that a date read twice in it is read once:
 * an index build reads an article's dates for the timeline (events.ts `detectArticleDates`) and
 * then for what it saves of each sentence (search/article-fact-dates.ts), the same sentence and
 * span in most (about a third of the worker thread's tense reading, session 58's profile). The
 * tense is a function of the sentence and the span alone while the word lists the rules read stay
 * as they are, which they do within one article's reading; the readings are dropped when `read`
 * returns, so a later build with other word lists reads afresh. Nested calls share the outer
 * one's readings.
 */
export function withTensesKept<T>(read: () => T): T {
  if (kept !== undefined) return read();
  kept = new Map();
  try {
    return read();
  } finally {
    kept = undefined;
  }
}

/** {@link tenseOf}, read afresh. */
function readTense(sentence: string, start: number, end: number): Tense {
  const occasion = subjectOccasionTense(sentence, start, end);
  if (occasion !== undefined) return occasion;
  // "Analysts will study Monday's announcement": the verb's tense is the studying's. (As its
  // clause's subject, the occasion's own verb was read above.)
  if (!opensItsClause(sentence, start) && possessivePastOccasion(sentence, start, end))
    return 'past';
  if (modifiesNoun(sentence, start, end)) return null;
  // "the first appointments were not until August": a time set, later than a past telling.
  if (pastCopulaNotUntil(sentence, start, end)) return null;
  const tense = planTense(governingTense(sentence, start, end), sentence, start);
  // "said they expected services to return to normal by Saturday" (reported-expectation.ts).
  if (tense === null && expectedByDeadline(sentence, start, end)) return 'future';
  // "said on Tuesday that the stand was unlikely to reopen before the autumn", "said the faults
  // would not stop the opening as long as they were fixed by 1 July" (backshift.ts).
  if (tense === 'past' && backshiftedCondition(sentence, start)) return 'future';
  return tense !== 'future' && reportedPrediction(sentence, start, end) ? 'future' : tense;
}

/**
 * True when the date's governing marker, before it, is a future cue backshifted in reported
 * speech ("said the stand was unlikely to reopen", backshift.ts), in a sentence telling no
 * outcome of a plan ("was expected to reopen in May but": plan.ts {@link OUTCOME}).
 */
function reportedPrediction(sentence: string, start: number, end: number): boolean {
  if (OUTCOME.test(sentence)) return false;
  const before = wordsOf(sentence.slice(0, start));
  const found = markerBefore(verbWindow(before), before.length);
  return (
    'words' in found &&
    markerAt(found.words, found.index) === 'future' &&
    backshiftedFuture(found.words, found.index, sentence, start, end)
  );
}

/**
 * The tense of a date that names an occasion as the subject of its clause: possessive
 * ("Monday's announcement means the plant will close") or attributive ("The March 3 meeting
 * approved the budget"), with no tense marker before it in its clause. Only the clause's own
 * verb group says when the occasion lies (named-occasion.ts): its marker when it holds one, else
 * past for a present verb of a known fact, null for a present copula or a modal of possibility;
 * past for a past verb after a "that" clause the noun takes. Undefined when the date
 * is no such subject, or its clause has no verb: the other rules apply.
 */
function subjectOccasionTense(sentence: string, start: number, end: number): Tense | undefined {
  const possessive = POSSESSIVE_S.test(sentence.slice(start, end));
  if (!possessive && !modifiesNoun(sentence, start, end)) return undefined;
  if (!opensItsClause(sentence, start)) return undefined;
  // "Friday's strike, which will close 14 schools, is…": the aside's verb is not the clause's.
  const rest = sentence.slice(end).replace(RELATIVE_ASIDE, (aside) => ' '.repeat(aside.length));
  const group = ownVerbGroup(rest);
  if (group === null) return pastAfterComplement(rest) ? 'past' : undefined;
  const marker = markerAfter(
    sentence.slice(0, end) + rest.slice(0, group[group.length - 1]!.end),
    end,
  );
  if (marker === null) return presentVerbTense(group);
  return planTense(tenseOfGovernor(marker, sentence, true), sentence, start);
}

/** True when no tense marker comes before the date at `start` in its clause (a subject). */
export function opensItsClause(sentence: string, start: number): boolean {
  const before = wordsOf(sentence.slice(0, start));
  const found = markerBefore(verbWindow(before), before.length);
  return !('words' in found) && found.opensClause;
}

/**
 * A determiner or possessive right before a date ("the", "a", "its"), itself not after a
 * preposition of time: "during the summer festival", "at the May meeting" are times of the verb.
 */
const DETERMINER_BEFORE = new RegExp(
  String.raw`(?<!\b(?:in|on|at|during|before|after|following|since|until|till|by|from|to|through|throughout|over|around|ahead\s+of|(?:wake|aftermath)\s+of)\s+)\b(?:${anyOf(DETERMINERS)})\s+$`,
  'iu',
);

/**
 * A determiner after a date: it opens a noun phrase of its own, never one the date premodifies,
 * as determiners (central "the", "this", "every"; post- "last", "next") stand before a noun
 * phrase's premodifiers, not after them (Quirk et al. 1985, ch. 5, on the determiners and
 * their order). "a second pier fire this summer last night": "summer" modifies no "last night", a
 * time of its own (TimeML tags two TIMEX3s).
 */
const DETERMINER_NEXT =
  /^\s+(?:the|a|an|this|that|these|those|every|each|last|next)(?![\p{L}\p{N}'’-])/u;

/**
 * True for a date that modifies the noun after it ("should publish the 2019 survey", "its
 * March 3 meeting"): it dates the thing the noun names, not the act of the verb, so the verb's
 * tense says nothing of it (Quirk et al. 1985, 17.97, on nouns as premodifiers). Inside a
 * phrase of time the noun is itself a time of the verb ("will pause during the summer festival").
 */
export function modifiesNoun(sentence: string, start: number, end: number): boolean {
  return (
    DETERMINER_BEFORE.test(sentence.slice(0, start)) &&
    LOWER_CASE_WORD_NEXT.test(sentence.slice(end)) &&
    !DETERMINER_NEXT.test(sentence.slice(end))
  );
}

/**
 * "by Friday", "until the end of May", "before the autumn": the date is a deadline or the end
 * of a state, a bound on the act rather than its time; under no past verb it lies ahead ("is
 * unlikely to reopen before the autumn"). Not "before" after a count ("two days before"), an
 * offset (deadline.ts {@link NOT_AFTER_UNIT}).
 */
const DEADLINE_BEFORE = new RegExp(
  String.raw`(?:\b(?:by|until|till)|${NOT_AFTER_UNIT}\bbefore)\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?)?$`,
  'iu',
);

/**
 * True when a phrase after `lead` (the text before it) opens its clause: nothing before it, or
 * a clause break right before it ("…; by Sunday", "but by Sunday").
 */
function opensWithPhrase(lead: string): boolean {
  const words = wordsOf(lead);
  return words.length === 0 || wordMarker(words[words.length - 1]!) === 'break';
}

/** The word that marks a date's tense, and the words it was found among. */
export interface Governor {
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
    // "… opened on Monday and residents have until 25 November": the present "have" is the
    // date's own clause's verb (allowed-time.ts); the past before it is another clause's.
    if (presentAllowedTime(window, i)) return { opensClause: false };
    const marker = markerAt(window, i);
    if (marker === 'break') {
      return { opensClause: window.slice(i + 1).every((w) => wordMarker(w) === null) };
    }
    if (marker !== null) return { words: window, index: i };
    if (i === 0 && whole <= window.length) opensClause = true;
  }
  return { opensClause };
}

/**
 * True when words of its clause come before the date at `start` besides the preposition that
 * opens the date's phrase: "The tribunal on Friday fined …" has its subject there, "On Friday,
 * disabled residents …" has it after the date.
 */
function subjectBefore(sentence: string, start: number): boolean {
  const before = wordsOf(sentence.slice(0, start));
  const clause = before.slice(before.findLastIndex((w) => wordMarker(w) === 'break') + 1);
  if (PREPOSITION.test(clause[clause.length - 1] ?? '')) clause.pop();
  return clause.length > 0;
}

/**
 * The first tense marker after a date that opens its clause. "On Friday the trust, which has
 * owned the quay since 2009, agreed…": a relative clause set off by commas is an aside; the
 * date's verb comes after it. A participle opening the words after the date is the subject's
 * adjective (premodifier.ts `opensSubject`), unless the subject came before the date: "The
 * tribunal on Friday fined hurdler Karin Berg" (a common noun as a title before a name, news
 * style's false title, is the object's).
 *
 * @param end offset just after the date
 * @param subjectFirst whether the date's subject came before it ({@link subjectBefore})
 */
function markerAfter(sentence: string, end: number, subjectFirst = false): Governor | null {
  const after = wordsOf(sentence.slice(end).replace(RELATIVE_ASIDE, ' ')).slice(0, WINDOW_AFTER);
  for (let i = 0; i < after.length; i++) {
    // "On Saturday, disabled residents will receive …": the subject comes first, so a participle
    // opening it modifies its noun.
    if (!subjectFirst && opensSubject(after, i)) continue;
    const marker = markerAt(after, i);
    if (marker === 'break') return null;
    if (marker !== null) return { words: after, index: i };
  }
  return null;
}

/**
 * The tense the marker `g` gives a date of `sentence`; `dateBefore` when the date opens its
 * clause, so the marker comes after it.
 */
function tenseOfGovernor(g: Governor, sentence: string, dateBefore: boolean): Tense {
  if (markerAt(g.words, g.index) !== 'future') return 'past';
  const forecast = forecastActTense(g.words, g.index, dateBefore);
  return forecast !== undefined ? forecast : cueTense(g.words, g.index, OUTCOME.test(sentence));
}

function governingTense(sentence: string, start: number, end: number): Tense {
  // ", with the raw data released online before the end of the year": the absolute clause has
  // no tense of its own (with-absolute.ts). Under a past clause it is past; otherwise only a
  // deadline puts it ahead, as it does under no past verb.
  const absolute = withAbsoluteStart(sentence.slice(0, start));
  if (absolute !== null) {
    if (governingTense(sentence, absolute, absolute) === 'past') return 'past';
    return isDeadline(sentence, start, end) ? 'future' : null;
  }
  // "The plan, first drawn up in 2024, faces a vote on 14 March": the aside's verb does not
  // govern the date (subject-aside.ts).
  const before = wordsOf(withoutSubjectAside(sentence.slice(0, start)));
  if (occasionFor(before)) return 'future';
  // "a premium to the closing price on Friday": a record of a day already over (market-record.ts).
  if (datesClosingRecord(before)) return 'past';
  // "called a strike on Monday 2 November": the occasion's day or the calling's (called-occasion.ts).
  const called = calledOccasionTense(before);
  if (called !== undefined) return called;
  // "The vote, on 14 March, was agreed on Monday": the occasion's day, its side left to the date.
  if (arrangingVerbAfter(sentence, start, end) !== null) return null;
  const window = verbWindow(before);
  const breakAt = window.findLastIndex((_, i) => markerAt(window, i) === 'break');
  const modal = modalPerfectBefore(window.slice(breakAt + 1));
  if (modal !== null)
    return modalPerfectTense(modal, DEADLINE_BEFORE.test(sentence.slice(0, start)));
  const found = markerBefore(window, before.length);
  if ('words' in found) {
    // "have issued a warning covering Midshire on Saturday": the participle's time is the
    // perfect's reference time, the present, which tells no side (ing-postmodifier.ts).
    if (presentPerfectIngPostmodifier(sentence, start, end)) return null;
    // "will examine the wind speeds forecast for the weekend": a participle of planning after its
    // noun heads a reduced relative clause, which has no tense, and the date is the noun
    // phrase's, not the verb's: no side, unless the sentence tells how the plan turned out, as
    // for a cue before its noun (plan.ts `cueTense`; reduced-relative.ts).
    const governor = (found.words[found.index] ?? '').toLowerCase();
    if (reducedRelativePlan(sentence, start, end) === governor)
      return OUTCOME.test(sentence) ? 'past' : null;
    // "The wind speeds forecast for the weekend were high": the same clause in the subject. A
    // main verb in the past puts the making of the plan or forecast before the time of writing,
    // and its time after that, on either side of the time of writing (as "was due" does,
    // plan.ts); a main verb ahead or in the present leaves the cue's reading.
    if (subjectReducedRelativePlan(sentence, start, end) === governor) {
      const main = markerAfter(sentence.slice(0, clauseBounds(sentence, start, end).to), end, true);
      if (main !== null && markerAt(main.words, main.index) === 'past')
        return OUTCOME.test(sentence) ? 'past' : null;
    }
    // "agreed to call the residents back in October": the infinitive's act follows the
    // commitment, whose past says neither side; publication decides (committed-act.ts). A
    // sentence telling how it turned out ("but the cut was delayed") keeps the verb's tense. A
    // weekday ("voted to accept the rota on Thursday") is read as news reads weekdays, within
    // the week of writing and on the side the verb's tense says: the rule is for a named month,
    // and for any date opening a stretch ("agreed to run them from Monday"): a commitment is
    // done at a point, so the stretch's onset is the infinitive's act's (ONSET_BEFORE).
    const committing = committingVerbAt(
      found.words,
      found.index,
      before.slice(0, before.length - window.length),
    );
    if (
      committing >= 0 &&
      !outcomeAfter(sentence, found.words[committing] ?? '', start) &&
      (NAMED_MONTH.test(sentence.slice(start, end)) || ONSET_BEFORE.test(sentence.slice(0, start)))
    )
      return null;
    // "would receive a new recycling bin, delivered in May": a participle clause under a verb of
    // the future tells neither side (participle-clause.ts).
    const finite = finiteVerbBeforeParticiple(found.words, found.index);
    // "…, the trust announced on Monday": a reporting clause's verb, finite (reporting-clause.ts).
    if (
      finite >= 0 &&
      !inReportingClause(sentence.slice(0, start)) &&
      markerAt(found.words, found.index) === 'past' &&
      tenseOfGovernor({ words: found.words, index: finite }, sentence, false) === 'future'
    )
      return null;
    return tenseOfGovernor(found, sentence, false);
  }
  // "the ice cores that reached port on Sunday": the relative clause's verb (relative-that.ts).
  if (relativeThatPast(sentence, sentence.slice(0, start))) return 'past';
  const deadline = DEADLINE_BEFORE.exec(sentence.slice(0, start));
  // "would reopen by Saturday", "is closed until Friday": a deadline or the end of a present
  // state; "By Sunday, the barrier had been breached": one opening its clause takes its verb's
  // tense.
  if (deadline && !opensWithPhrase(sentence.slice(0, deadline.index))) return 'future';
  // "The fete returns on 20 June, with 40 stalls booked": the absolute clause after the date
  // has no tense of its own (with-absolute.ts), so its participle governs no date before it.
  const absoluteAfter = withAbsoluteStart(sentence);
  const clause =
    absoluteAfter !== null && absoluteAfter >= end ? sentence.slice(0, absoluteAfter) : sentence;
  const after =
    markerAfter(clause, end, subjectBefore(sentence, start)) ??
    (found.opensClause ? framedMarker(sentence, end) : null);
  if (found.opensClause && after) return tenseOfGovernor(after, sentence, true);
  // "Crews will repair that damaged section on Monday": a "that" whose clause holds no verb
  // before the date (a participle there modifies the noun) nor after it opens no clause; it is a
  // determiner, and "will" governs.
  const that = determinerThat(window);
  if (that >= 0 && after === null) {
    const earlier = markerBefore(window.slice(0, that), before.length - window.length + that);
    if ('words' in earlier) return tenseOfGovernor(earlier, sentence, false);
  }
  return deadline ? 'future' : null;
}

/**
 * Index in `window` (the words before a date) of its last break when that is "that" before a
 * noun phrase's word, with no tense marker after it ("repair that damaged section"), or -1. Asked
 * only when no verb follows the date in its clause either: a clause needs a verb, so such a
 * "that" is a determiner (Quirk et al. 1985, 6.40, on demonstratives), not a conjunction.
 */
function determinerThat(window: readonly string[]): number {
  const at = window.findLastIndex((_, i) => markerAt(window, i) === 'break');
  if (window.slice(at + 1).some((_, i) => markerAt(window, at + 1 + i) !== null)) return -1;
  if (at < 0 || !THAT.test(window[at]!)) return -1;
  const next = window[at + 1] ?? '';
  return LOWER_CASE_INITIAL.test(next) && !PREPOSITION.test(next) && !ARTICLE.test(next) ? at : -1;
}

/**
 * The tense marker that governs the date at `start`–`end` of `sentence`, as {@link tenseOf}
 * finds it (the nearest before it in its clause, or the first after a date opening its
 * clause), or null.
 */
export function governorOf(sentence: string, start: number, end: number): Governor | null {
  const before = wordsOf(sentence.slice(0, start));
  const found = markerBefore(verbWindow(before), before.length);
  if ('words' in found) return found;
  if (!found.opensClause) return null;
  return markerAfter(sentence, end, subjectBefore(sentence, start)) ?? framedMarker(sentence, end);
}

/**
 * The first tense marker of the clause a verbless lead-in before a colon frames, for a date in
 * that lead-in ("On Monday: the council voted …": "voted"; lead-in.ts `framedClauseStart`), or
 * null.
 */
function framedMarker(sentence: string, end: number): Governor | null {
  const clause = framedClauseStart(sentence, end);
  return clause === null ? null : markerAfter(sentence, clause);
}

/**
 * The past verb that arranges the occasion whose day is the date at `start` of `sentence`
 * ("agreed" in "The council agreed on Monday to hold a vote on 14 March"), when the date's side
 * of the time of writing is left to the date (called-occasion.ts); null otherwise.
 */
export function arrangingVerbOf(sentence: string, start: number): string | null {
  const before = wordsOf(withoutSubjectAside(sentence.slice(0, start)));
  return pastArrangingVerb(before) ?? committingVerb(sentence, start, before);
}

/**
 * The verb of commitment in the simple past whose infinitive's act the date at `start` of
 * `sentence` dates ("agreed" in "agreed on Monday to call the residents back in October":
 * committed-act.ts), in a sentence telling no outcome ({@link OUTCOME}); null otherwise.
 *
 * @param before the words before the date, when already read
 */
export function committingVerb(
  sentence: string,
  start: number,
  before: readonly string[] = wordsOf(withoutSubjectAside(sentence.slice(0, start))),
): string | null {
  const window = verbWindow(before);
  const found = markerBefore(window, before.length);
  if (!('words' in found)) return null;
  const earlier = before.slice(0, before.length - window.length);
  const verb = committingVerbAt(found.words, found.index, earlier);
  const word = verb < 0 ? null : (found.words[verb] ?? null);
  return word === null || outcomeAfter(sentence, word, start) ? null : word;
}

/**
 * The participle of the past passive after the date at `start`–`end` of `sentence` that
 * arranges the occasion whose day the date is ("agreed" in "The vote, on 14 March, was agreed
 * on Monday": called-occasion.ts), or null.
 */
export function arrangingVerbAfter(sentence: string, start: number, end: number): string | null {
  return passiveArrangingVerb(
    wordsOf(withoutSubjectAside(sentence.slice(0, start))),
    wordsOf(sentence.slice(end)),
  );
}

/**
 * The word of the tense marker that governs the date at `start`–`end` of `sentence`, as
 * {@link tenseOf} finds it ("agreed" for "on Monday" in "agreed on Monday to hold" and in "On
 * Monday the council agreed"), or null.
 */
export function governingMarkerWord(sentence: string, start: number, end: number): string | null {
  const governor = governorOf(sentence, start, end);
  return governor === null ? null : (governor.words[governor.index] ?? null);
}

/**
 * True when the verb that governs the date at `start`–`end` of `sentence` is a verb of saying
 * ("said on Tuesday", "told reporters on Tuesday", "On Tuesday the council said"): the date is
 * when the news was told. The governing verb is found as {@link tenseOf} finds it.
 */
export function isSayingDate(sentence: string, start: number, end: number): boolean {
  const governor = governorOf(sentence, start, end);
  return (
    governor !== null && SPEECH_VERBS.has((governor.words[governor.index] ?? '').toLowerCase())
  );
}

/**
 * True when the verb that governs the date at `start`–`end` of `sentence` (found as
 * {@link tenseOf} finds it) is a present of timetable or arrangement: a scheduling verb in the
 * present simple ("opens", "goes on sale": scheduled-present.ts) or the present progressive of an
 * arranged act ("is holding": arranged-progressive.ts). Such a present puts a later day ahead, but
 * on the day itself it tells what happens that day.
 */
export function governedByArrangedPresent(sentence: string, start: number, end: number): boolean {
  const governor = governorOf(sentence, start, end);
  return (
    governor !== null &&
    (scheduledPresent(governor.words, governor.index) ||
      arrangedProgressive(governor.words, governor.index))
  );
}

/**
 * A cue of planning in the simple past: "the council expected the bridge to open in July";
 * "forecast" is its own past ("In June, a leaked document forecast an overrun").
 */
const PAST_CUE = /^(?:expected|planned|intended|predicted|promised|pledged|vowed|forecast)$/iu;

/**
 * True when the date at `start`–`end` of `sentence`, which {@link tenseOf} puts ahead, is ahead
 * of the time of writing, not of a time in the past: its governing marker is a future of the
 * present ("will open", "is to be opened", an infinitive after a noun: ", to be opened in July").
 * Not a future seen from the past (Quirk et al. 1985, 4.58): "would" ("said in 2019 that the
 * bridge would open in July"), a cue after "was", "were", "had" or "been" ("was expected to open",
 * "was to open", "has been scheduled"), a cue in the simple past ("expected the bridge to
 * open"); nor a date whose future is not its governing verb's: the occasion of "had secured a
 * debate for 12 February", the deadline of "is closed until July".
 */
export function aheadOfWriting(sentence: string, start: number, end: number): boolean {
  const governor = governorOf(sentence, start, end);
  if (governor === null) return false;
  const { words, index } = governor;
  const word = (words[index] ?? '').toLowerCase().replace(CURLY_APOSTROPHE, "'");
  if (WOULD.test(word) || pastBefore(words, index)) return false;
  if (PAST_CUE.test(word) && !PRESENT_AUXILIARY.test(words[index - 1] ?? '')) return false;
  return markerAt(words, index) === 'future';
}
