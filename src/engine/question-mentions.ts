/**
 * The date mentions of a question, as the timeline reads a sentence's (timeline/detect.ts). An
 * ask reads them up to three times (the day or month it names, then a date counted from the time
 * of asking: date-question.ts; the day or month again in the fallback: about-fallback.ts), and
 * reading runs every date rule over the question, so they are read once per question here.
 *
 * Askers often type in lowercase ("what happened on tuesday?"), where an article would write
 * "Tuesday": a weekday name is no other English word, so a question's lowercase weekday is read
 * as the weekday, unless the word before it may make the two a name ("black friday", as
 * "Black Friday" is read: timeline/lookalikes.ts). Months keep to their capitals ("march",
 * "may" are verbs).
 */
import { WEEKDAYS } from '../text/months.js';
import { textMentions } from '../search/plan/counted-from-now.js';
import { mayNameWithWeekday } from '../timeline/lookalikes.js';
import type { Mention } from '../timeline/mention.js';

/** A weekday name written in lowercase, with the word before it when there is one. */
const LOWERCASE_WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:(\\p{L}+)\\s+)?(${[...WEEKDAYS.keys()].map((w) => w.toLowerCase()).join('|')})(?![\\p{L}])`,
  'gu',
);

/**
 * `question` with each lowercase weekday capitalised ("what happened on Tuesday?") but one after
 * a word that may name something with it ({@link mayNameWithWeekday}). Same length, so the
 * mentions' offsets are the question's.
 */
function withWeekdayCapitals(question: string): string {
  return question.replace(
    LOWERCASE_WEEKDAY,
    (whole, previous: string | undefined, weekday: string) =>
      previous !== undefined && mayNameWithWeekday(previous)
        ? whole
        : `${whole.slice(0, whole.length - weekday.length)}${weekday[0]!.toUpperCase()}${weekday.slice(1)}`,
  );
}

/** The question read last and its mentions: an ask's readings all follow one another. */
let last: { question: string; mentions: readonly Mention[] } | undefined;

/**
 * `detectMentions` (timeline/detect.ts) of `question`, read once while it is the question being
 * answered, and shared with its plan's reading (plan/counted-from-now.ts `textMentions`).
 */
export function questionMentions(question: string): readonly Mention[] {
  if (last?.question !== question)
    last = { question, mentions: textMentions(withWeekdayCapitals(question)) };
  return last.mentions;
}
