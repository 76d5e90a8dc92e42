/**
 * How every front end says that the timeline dates nothing to the day or month a date question
 * asks, and what the passages shown instead are ({@link NotOnDate}, src/engine/date-question.ts):
 * events of other dates, each marked with its own, none an answer. Plain text: the reply
 * renderer (answer.ts) makes it an embed and labels, and the command line prints it. It claims
 * only what the timeline knows: no entry of the articles searched is dated there (an event the
 * timeline could not date may still have happened then), and an entry known only by its month
 * is not said to fall on another day.
 */
import type { NotOnDate, PassageDate } from '../../engine/types.js';
import { APPROXIMATE_NOTE, dateLabel, yearlessText } from './timeline-headings.js';

/** The date asked as a reply writes it: "2025-09-29", "2025-09", "September 29". */
function askedText(asked: string): string {
  return asked.startsWith('--') ? yearlessText(asked) : asked;
}

/** The month of the date asked: "2025-09", "September". */
function monthText(asked: string): string {
  return askedText(asked.startsWith('--') ? asked.slice(0, 4) : asked.slice(0, 7));
}

/**
 * Which of the timeline's entries the passages under a note are drawn from: those telling what
 * happened on their date (date-question.ts `happenedEvents`). The timeline the reader can open
 * also dates plans, forecasts, deadlines and things a sentence names ("the compensation deal
 * agreed last month"), so a note that called the passages "the events the timeline dates" would
 * be false wherever such an entry lies nearer or later: it says which entries count.
 */
const HAPPENED = 'as having happened then';

/** What {@link HAPPENED} leaves out, as the reader of `/timeline` would find it. */
const LEFT_OUT = 'not a plan, forecast or deadline, nor a sentence dated only by a thing it names';

/**
 * The note as plain text: `title`, one line without a full stop; `text`, what the passages
 * below are.
 *
 * @example notOnDateNote({ asked: '2025-09-29', shown: 'month' }).title
 * // 'The timeline dates no event to 2025-09-29'
 */
export function notOnDateNote(note: NotOnDate): { title: string; text: string } {
  const month = monthText(note.asked);
  const day = /-\d{2}-\d{2}$/u.test(note.asked);
  const nor = note.shown === 'nearest' && day ? `, nor any in ${month} ${HAPPENED}` : '';
  const below =
    note.shown === 'month'
      ? `the events the timeline dates in ${month} ${HAPPENED}: ${LEFT_OUT}`
      : `the events nearest to it that the timeline dates to a day or month ${HAPPENED}: ${LEFT_OUT}`;
  const passages = `The passages below are ${below}. Each is marked with its own date. They are not an answer.`;
  if (note.shown === 'latest')
    return {
      title: `“${note.asked}” counts from the day you ask`,
      text: `An article’s “${note.asked}” counts from the day it was published, so no passage is taken to answer it. The passages below are the latest events the timeline dates to a day or month of a stated year ${HAPPENED}: ${LEFT_OUT} (for a question naming more than its date, the latest with its other words, when the timeline dates any). Each is marked with its own date. They are not an answer.`,
    };
  if (note.noSuchDay)
    return {
      title: `There is no ${askedText(note.asked)}`,
      text: `No calendar has that day, so no event is dated to it. ${passages}`,
    };
  return {
    title: `The timeline dates no event to ${askedText(note.asked)}${nor}`,
    text: `That is, in the articles searched; an event it could not date may still fall then. ${passages}`,
  };
}

/**
 * The mark of one passage shown under the note, or of one giving approximately the year asked:
 * its entry's date, as `/timeline` heads it; for an entry known only by its month, that its day
 * is not stated (it may be the day asked); for a date the quote gives as approximate, that it is.
 *
 * @example passageDateLabel({ date: '2025-09-22', precision: 'day', yearStated: true })
 * // 'dated 2025-09-22'
 * @example passageDateLabel({ date: '1340', precision: 'year', yearStated: true, approximate: true })
 * // 'dated 1340 (year), an approximate date'
 */
export function passageDateLabel(dated: PassageDate): string {
  const day = dated.precision === 'month' && dated.end === undefined ? ', day not stated' : '';
  const approximate = dated.approximate ? `, ${APPROXIMATE_NOTE}` : '';
  return `dated ${dateLabel(dated)}${day}${approximate}`;
}
