/**
 * Generic statements: "September is usually our best month after August", "the ferry typically
 * stops in October". A habitual adverb with a verb in the present says what holds year after
 * year, so a date without a year in that clause names a month (or day) of every year, not an
 * event, as "every October" does. A past habitual ("rosters routinely broke the rules from June
 * to September") tells what happened over a stated time, and that time stays dated.
 *
 * A past habit over years the text does not count is no event either: "used to" ("the ferry
 * used to call in August": a habit since given up), "would" of habit ("In January the council
 * would grit the road, residents recalled"; told from "would" of a plan seen from the past,
 * "said it would vote in January", by a frame of the remembered past or a habitual adverb), and
 * a clause framed by a decade ("In the 1990s, the ferry sailed every Sunday in August"): the
 * date comes back each of those years, and which year, if only one, is not said.
 */
import { MONTH_RE, SEASON_RE } from '../text/months.js';
import { DECADE as DECADE_SOURCE } from '../text/year.js';
import { isPastWord, markerAt, wordMarker } from './tense-markers.js';
import { blankedOutsideClause, clauseAround, clauseHolding } from './clause.js';
import { SPEECH_VERBS } from './lexicon.js';
import { wordsOf } from './tokens.js';
import { matchesOf } from '../text/matches-of.js';

/**
 * Adverbs of usual frequency (the "usuality" adverbs of descriptive grammars: always, usually,
 * normally, typically, often…); "never" and "sometimes" are left out, as they as often deny or
 * qualify a single event, and so is "generally", as often "widely" ("warnings were generally
 * given").
 */
const HABITUAL =
  /\b(?:usually|typically|normally|traditionally|customarily|habitually|invariably|always|often|frequently|routinely|regularly|rarely|seldom)\b/giu;
/**
 * Words that premodify an adverb of frequency and belong to its phrase ("very often", "less
 * often", "more frequently": intensifiers and the comparatives; Quirk et al. 1985, 7.88, on
 * degree adverbs and comparison): the verb group is read before the whole phrase.
 */
const PREMODIFIER_WORDS =
  'very|quite|so|too|fairly|rather|pretty|far|much|even|more|less|most|least';
const PREMODIFIER = new RegExp(`^(?:${PREMODIFIER_WORDS})$`, 'iu');

/**
 * The comparatives among them. "less often" grades a frequency against another: in the future
 * ("Ferries will run less often in the summer") the standard is the frequency now, and the
 * clause tells a change ahead, not a usuality that holds year after year, so "will" has its
 * future reference (Quirk et al. 1985, 4.20ff) and the date names the one time ahead. In the
 * present ("Ferries run less often in the summer") the standard is the rest of the year: a habit.
 */
const COMPARATIVE = /^(?:more|less)$/iu;

/**
 * True when the adverb of frequency whose phrase starts at word `phrase` of `words` (the clause's
 * words up to the adverb) is premodified by a comparative and its verb group, the three words
 * before the phrase, holds a future marker ("will run less often", "are going to sail more
 * often", "would call less often" seen from the past): a change ahead ({@link COMPARATIVE}).
 */
function comparedAhead(words: readonly string[], phrase: number): boolean {
  if (!words.slice(phrase).some((w) => COMPARATIVE.test(w))) return false;
  for (let i = Math.max(0, phrase - 3); i < phrase; i += 1) {
    const word = words[i] ?? '';
    // A word of the future by itself ("will", "'ll", "would"), or the "to" of "going to", "is
    // to": not a present verb read as a timetable's ("Ferries run less often", scheduled-present.ts).
    if (wordMarker(word) === 'future') return true;
    if (/^to$/iu.test(word) && markerAt(words, i) === 'future') return true;
  }
  return false;
}

/** The start, in words, of the phrase of an adverb after `words`: premodifiers included. */
function phraseStart(words: readonly string[]): number {
  let phrase = words.length;
  while (phrase > 0 && PREMODIFIER.test(words[phrase - 1] ?? '')) phrase -= 1;
  return phrase;
}

/**
 * True when `clause` holds an adverb of usual frequency ({@link HABITUAL}) that tells a habit
 * whatever its tense: not one compared ahead ({@link comparedAhead}).
 */
function hasHabitualAdverb(clause: string): boolean {
  for (const m of matchesOf(clause, HABITUAL)) {
    const words = wordsOf(clause.slice(0, m.index));
    if (!comparedAhead(words, phraseStart(words))) return true;
  }
  return false;
}

/**
 * A comma, perhaps then premodifiers of the adverb ("very often"), ending the text before the
 * adverb: the adverb opens a clause set off from its noun.
 */
const PARTICIPLE_CLAUSE_START = new RegExp(String.raw`,\s*(?:(?:${PREMODIFIER_WORDS})\s+)*$`, 'iu');

/** A present-tense auxiliary or copula just before the adverb: "is usually", "has always". */
const PRESENT_BEFORE = /^(?:is|are|am|does|do|has|have|tends?)$/iu;
/** A past auxiliary or copula just before it: "was usually", "had always". */
const PAST_BEFORE = /^(?:was|were|had|did|used)$/iu;

/**
 * "tend to", "tends to", "tended to" before a verb: a catenative of habit ("Visitors tend to
 * arrive in August"; Quirk et al. 1985, 3.49 and 4.13 on habitual meaning), read as a habitual
 * adverb is, by its own tense.
 */
const TEND_TO = /\b(?:(?<present>tends?)|tended)\s+to\s+\p{L}/giu;

/**
 * True when the clause `clause` reports speech with a past verb of saying (lexicon.ts
 * SPEECH_VERBS: "The tourist office said mid-August was usually among the busiest weeks", "…, the
 * office said") other than `own`, the verb the habit itself is told with, and the date at
 * `date` (its offset in the clause) lies in the speech reported, not in the saying's own words:
 * not right after the verb and a preposition ("noted in October that crossings were often
 * cancelled"), nor before a verb that comes before the habit ("In October, the master noted that
 * …": `habit` is the habit's offset). Reported speech after a past verb of saying shifts a
 * present back to the past (backshift: Quirk et al. 1985, 14.31), so a past there may tell a
 * present habit: "was usually" is the office's "is usually". Which one it tells is not said, and
 * a date of every year is no event of last year.
 */
function reportedInPast(
  clause: string,
  own: readonly string[],
  date: number,
  habit: number,
): boolean {
  for (const m of matchesOf(clause, /[\p{L}'’]+/gu)) {
    const word = m[0].toLowerCase();
    if (!SPEECH_VERBS.has(word) || own.includes(word)) continue;
    if (m.index > date && m.index < habit) return false;
    const between = clause.slice(m.index + m[0].length, date);
    if (m.index < date && /^\s+(?:on|in|at|during)\s+(?:the\s+)?$/iu.test(between)) return false;
    return true;
  }
  return false;
}

/**
 * True when the date at `start`–`end` of `sentence` lies in a clause that states a habit in the
 * present: a habitual adverb whose verb is not in the past (a present auxiliary up to two words
 * before it, or no past auxiliary there and no past verb next to it), or that opens a participle
 * clause after a comma (", usually held in June,": no tense of its own), or "tend(s) to". A habit
 * told in the past counts too in reported speech after a past verb of saying, where the past may
 * be the speaker's present shifted back ({@link reportedInPast}). Only meaningful for a date with
 * no year of its own: "The fair is usually held in August, as it was in 2019" keeps its 2019.
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function inHabitualClause(sentence: string, start: number, end: number): boolean {
  const held = clauseHolding(sentence, start, end);
  const clause = held.clause;
  const date = held.at?.start ?? -1;
  const reported = (own: readonly string[], habit: number): boolean =>
    reportedInPast(clause, own, date, habit);
  for (const m of matchesOf(clause, HABITUAL)) {
    const words = wordsOf(clause.slice(0, m.index));
    // The adverb's phrase: the adverb and the words that premodify it ("less often").
    const phrase = phraseStart(words);
    // The verb group: up to two words before the phrase ("was very often", "has almost always").
    const before = words.slice(0, phrase).slice(-2).reverse();
    const after = wordsOf(clause.slice(m.index + m[0].length))[0] ?? '';
    const own = [before[0] ?? '', after].map((w) => w.toLowerCase());
    // "will run less often in the summer": a change ahead, not a habit.
    if (comparedAhead(words, phrase)) continue;
    const auxiliary = before.find((w) => PRESENT_BEFORE.test(w) || PAST_BEFORE.test(w));
    if (auxiliary !== undefined) {
      if (PRESENT_BEFORE.test(auxiliary)) return true;
      if (reported(own, m.index)) return true;
      continue;
    }
    // ", usually held in June,": the adverb opens a participle clause set off by a comma (a
    // non-restrictive reduced relative, Quirk et al. 1985, §17.17), whose participle has no tense
    // of its own: the habit holds whatever the main verb's tense, for a date in that clause.
    // The date must lie in that clause: after the adverb, before the comma closing it.
    if (
      isPastWord(after) &&
      PARTICIPLE_CLAUSE_START.test(clause.slice(0, m.index)) &&
      date > m.index &&
      !/[,;:()—–]/u.test(clause.slice(m.index, date))
    )
      return true;
    if (isPastWord(before[0] ?? '') || isPastWord(after)) {
      if (reported(own, m.index)) return true;
      continue;
    }
    return true;
  }
  for (const m of matchesOf(clause, TEND_TO)) {
    if (m.groups?.['present'] !== undefined || reported(['tended'], m.index)) return true;
  }
  return false;
}

/**
 * "used to sail": a past habit. Not the passive "was used to repair", nor "is used to"
 * (accustomed), nor the habit of a relative clause ("the ferry that used to serve the island
 * sank in August": the habit is the ferry's description, the sinking an event).
 */
const USED_TO =
  /(?<!\b(?:is|are|am|was|were|be|been|being|get|gets|got|getting|become|becomes|became|that|who|which)\s+(?:\p{L}+\s+)?)\bused\s+to\s+\p{L}/iu;

/** "would" (not "would have", a past that did not happen). */
const WOULD = /\bwould\s+(?!have\b)/iu;

/**
 * A recurrence with the year as its cycle: "every year", "each summer", "every August", "every
 * other year", "annually", "year after year". Not "each year" as a unit something is counted per
 * ("for each year of service", "per year"), nor "every year of" ("every year of the plan").
 */
const YEARLY = new RegExp(
  String.raw`(?<!\b(?:for|per)\s+)\b(?:each|every)\s+(?:(?:other|second|single)\s+)?(?:year|${SEASON_RE}|${MONTH_RE})\b(?!\s+of\b)|\bannually\b|\byear\s+(?:after|on|in,?)\s+year\b`,
  'giu',
);

/**
 * What makes "would" one of habit rather than a plan seen from the past: the remembered past
 * ("back then", "in those days", "as a child", "recalled") or a recurrence over the years
 * ("each winter", "every year": {@link YEARLY}). Not "each year" as a unit something is counted per: "would pay
 * three weeks' wages for each year of service" is a rate, no recurrence.
 */
const REMEMBERED_PAST = new RegExp(
  String.raw`\b(?:back\s+then|in\s+those\s+days|in\s+the\s+old\s+days|as\s+an?\s+(?:child|boy|girl|teenager|youngster)|recall(?:s|ed)|remember(?:s|ed)|reminisc(?:es|ed))\b|${YEARLY.source}`,
  'iu',
);

/** A decade: "the 1990s", "the early 2000s", "the '90s". */
const DECADE = new RegExp(DECADE_SOURCE, 'giu');

/**
 * True when a decade frames the clause of `start`–`end`: one in that clause that is not set
 * off by commas on both sides away from the date ("The ferry, built in the 1990s, sank in
 * August": the decade is the aside's).
 */
function decadeFrames(sentence: string, start: number, end: number): boolean {
  return framesClause(sentence, start, end, DECADE);
}

/**
 * True when a match of `re` (global) frames the clause of `start`–`end`: one in that clause that
 * is not set off by commas on both sides away from the date.
 */
function framesClause(sentence: string, start: number, end: number, re: RegExp): boolean {
  // The clause of the date in place (blanked outside it), so a match is in it by its offsets.
  const clause = blankedOutsideClause(sentence, start, end);
  const commas = [...matchesOf(sentence, /,/gu)].map((m) => m.index);
  const segment = (at: number): number => commas.filter((c) => c < at).length;
  for (const m of matchesOf(sentence, re)) {
    if (clause.slice(m.index, m.index + m[0].length) !== m[0]) continue;
    const own = segment(m.index);
    const inAside = own > 0 && own < commas.length && own !== segment(start);
    if (!inAside) return true;
  }
  return false;
}

/**
 * True when the date at `start`–`end` of `sentence` lies in a clause that tells of a past habit
 * over years it does not count: "used to", "would" of habit, or a decade framing the clause
 * (see the module note). Only meaningful for a date with no year of its own.
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function inPastHabitClause(sentence: string, start: number, end: number): boolean {
  const clause = clauseAround(sentence, start, end);
  if (USED_TO.test(clause)) return true;
  if (decadeFrames(sentence, start, end)) return true;
  if (!WOULD.test(clause)) return false;
  return REMEMBERED_PAST.test(sentence) || hasHabitualAdverb(clause);
}

/**
 * True when the date at `start`–`end` of `sentence` lies in a clause that a recurrence with the
 * year as its cycle frames ({@link YEARLY}: "The town fills up every year in August", "each
 * summer", "annually"), in any tense: the date comes back each year, like "every August", and
 * names no one time (Comrie 1976, 1.2.2, on habituals as a situation repeated over a period).
 * Not one set off by commas away from the date ("The fair, held every year in August, was
 * cancelled in March" keeps its March). Only meaningful for a date with no year of its own.
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function inYearlyClause(sentence: string, start: number, end: number): boolean {
  return framesClause(sentence, start, end, YEARLY);
}
