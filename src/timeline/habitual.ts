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
import { isPastWord } from './tense-markers.js';
import { clauseAround } from './clause.js';
import { wordsOf } from './tokens.js';

/**
 * Adverbs of usual frequency (the "usuality" adverbs of descriptive grammars: always, usually,
 * normally, typically, often…); "never" and "sometimes" are left out, as they as often deny or
 * qualify a single event, and so is "generally", as often "widely" ("warnings were generally
 * given").
 */
const HABITUAL =
  /\b(?:usually|typically|normally|traditionally|customarily|habitually|invariably|always|often|frequently|routinely|regularly|rarely|seldom)\b/giu;

/** A present-tense auxiliary or copula just before the adverb: "is usually", "has always". */
const PRESENT_BEFORE = /^(?:is|are|am|does|do|has|have|tends?)$/iu;
/** A past auxiliary or copula just before it: "was usually", "had always". */
const PAST_BEFORE = /^(?:was|were|had|did|used)$/iu;

/**
 * True when the date at `start`–`end` of `sentence` lies in a clause that states a habit in the
 * present: a habitual adverb whose verb is not in the past (a present auxiliary up to two words
 * before it, or no past auxiliary there and no past verb next to it). Only meaningful for a date with no
 * year of its own: "The fair is usually held in August, as it was in 2019" keeps its 2019.
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function inHabitualClause(sentence: string, start: number, end: number): boolean {
  const clause = clauseAround(sentence, start, end);
  for (const m of clause.matchAll(HABITUAL)) {
    // The verb group: up to two words before the adverb ("was very often", "has almost always").
    const before = wordsOf(clause.slice(0, m.index)).slice(-2).reverse();
    const after = wordsOf(clause.slice(m.index + m[0].length))[0] ?? '';
    const auxiliary = before.find((w) => PRESENT_BEFORE.test(w) || PAST_BEFORE.test(w));
    if (auxiliary !== undefined) {
      if (PRESENT_BEFORE.test(auxiliary)) return true;
      continue;
    }
    if (isPastWord(before[0] ?? '') || isPastWord(after)) continue;
    return true;
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
 * What makes "would" one of habit rather than a plan seen from the past: the remembered past
 * ("back then", "in those days", "as a child", "recalled") or a recurrence over the years
 * ("each winter", "every year"). Not "each year" as a unit something is counted per: "would pay
 * three weeks' wages for each year of service" is a rate, no recurrence.
 */
const REMEMBERED_PAST =
  /\b(?:back\s+then|in\s+those\s+days|in\s+the\s+old\s+days|as\s+an?\s+(?:child|boy|girl|teenager|youngster)|recall(?:s|ed)|remember(?:s|ed)|reminisc(?:es|ed))\b|(?<!\b(?:for|per)\s+)\b(?:each|every)\s+(?:year|spring|summer|autumn|fall|winter)\b(?!\s+of\b)/iu;

/** A decade: "the 1990s", "the early 2000s", "the '90s". */
const DECADE = /\b(?:1[5-9]|20)\d0s\b|['’]\d0s\b/giu;

/**
 * True when a decade frames the clause of `start`–`end`: one in that clause that is not set
 * off by commas on both sides away from the date ("The ferry, built in the 1990s, sank in
 * August": the decade is the aside's).
 */
function decadeFrames(sentence: string, start: number, end: number): boolean {
  const clause = clauseAround(sentence, start, end);
  const commas = [...sentence.matchAll(/,/gu)].map((m) => m.index);
  const segment = (at: number): number => commas.filter((c) => c < at).length;
  for (const m of sentence.matchAll(DECADE)) {
    if (!clause.includes(m[0])) continue;
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
  HABITUAL.lastIndex = 0;
  return REMEMBERED_PAST.test(sentence) || HABITUAL.test(clause);
}
