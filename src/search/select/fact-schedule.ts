/**
 * A schedule told in the present tense: "The ballot closes on 12 October", in an article of 29
 * September, tells what is to happen, as "The ballot will close on 12 October" and "is due to
 * close" do: the present simple of a timetable ("The train leaves at six"), as English grammars
 * describe it; and an event dated after its article's publication cannot be reported as done. So such a passage takes the stance of a plan
 * (fact-stance.ts 'future') where its verb stands, and is compared with other plans, not with
 * reports of outcomes.
 */
import { DETERMINERS } from '../../text/determiners.js';
import { anyOf } from '../../text/word-class.js';
import { dayNumber, intervalOf, parseIsoDate } from '../../text/calendar.js';
import { tenseOf } from '../../timeline/tense.js';
import type { Stance } from './fact-stance.js';
import type { FactValues } from './fact-values.js';

/** What a passage needs to be read here (fact-analysis.ts `AnalysedFact`). */
export interface ScheduledSource {
  text: string;
  stances: ReadonlyMap<Stance, number>;
  values: FactValues;
}

/**
 * A verb in the present simple (third person, "closes", "opens", "ends", "begins") and the
 * preposition of time right before a date, a date modifier ("the end of") allowed between. A
 * word after a determiner or a preposition ("after the holidays on") is a noun.
 */
const PRESENT_BEFORE_DATE = new RegExp(
  String.raw`(?<!\b(?:${anyOf(DETERMINERS)}|of|for|after|before|on|in|at|by|from|with|and)\s+)\b([a-z]{2,}s)\s+(?:on|in|at|by|from|until)\s+(?:the\s+)?(?:(?:early|late|mid|end\s+of|start\s+of|beginning\s+of|middle\s+of)\s+)?$`,
  'i',
);

/** Words ending in "s" that are no present-tense verb. */
const NOT_PRESENT = new Set(
  [
    ...['is', 'was', 'has', 'does', 'its', 'his', 'this', 'thus', 'plus', 'us', 'as', 'yes'],
    ...['always', 'perhaps', 'news', 'series', 'less', 'unless', 'across', 'towards'],
    ...['afterwards', 'besides', 'sometimes', 'hours', 'days', 'weeks', 'months', 'years'],
  ].map((word) => word.toLowerCase()),
);

/**
 * The offset of the present-tense verb of a schedule the passage tells ("closes" in "The ballot
 * closes on 12 October"), or null: the verb stands right before a date's preposition, and the
 * date (its year, when not stated, the publication's) begins after `published` (`YYYY-MM-DD`).
 * Null when the passage already takes a plan's stance, or the publication day is not known.
 */
export function scheduledVerbAt(source: ScheduledSource, published: string | null): number | null {
  if (source.stances.has('future') || published === null) return null;
  const day = parseIsoDate(published);
  if (day === null || day.precision !== 'day') return null;
  const today = intervalOf(day).first;
  for (const value of source.values.positioned) {
    if (!('date' in value) || value.date.month === null) continue;
    const m = PRESENT_BEFORE_DATE.exec(source.text.slice(0, value.at));
    if (m === null || NOT_PRESENT.has((m[1] as string).toLowerCase())) continue;
    // A past verb governing the date ("Talks resumed after the holidays on 12 October"), as the
    // timeline reads it, tells what happened.
    if (tenseOf(source.text, value.at, value.at + 1) === 'past') continue;
    const { year, month, day: date } = value.date;
    if (dayNumber(year ?? day.year, month, date ?? 1) > today) return m.index;
  }
  return null;
}

/**
 * The passage's stances with a plan's ('future') at the verb of a schedule it tells in the
 * present ({@link scheduledVerbAt}); its own stances when it tells none.
 */
export function withSchedule(
  source: ScheduledSource,
  published: string | null,
): ReadonlyMap<Stance, number> {
  const at = scheduledVerbAt(source, published);
  if (at === null) return source.stances;
  // The tense is the verb's own, so it governs the verb too (fact-stance.ts `governingStances`
  // counts what stands after a marker): it is placed just before it.
  return new Map([...source.stances, ['future', at - 1]]);
}
