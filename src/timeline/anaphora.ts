/**
 * The anchor of a date counted from the narrative ("the same day", "that day", "the following
 * day", "a month later"): the date of an event already told. Its tense must agree with the
 * anchor's side of the time of writing: "On the same day, campaigners handed in a petition"
 * after "…the result announced on Tuesday showed. A two-day strike is planned for 2 and 3
 * November." refers back to the Tuesday, not to the plan's days, because a past verb cannot
 * tell of a day after publication. So the nearest earlier date whose reading agrees with the
 * tense is the anchor (the "accessibility" of antecedents in discourse: a referring expression
 * takes the most salient antecedent compatible with its sentence, Ariel 1990; Reichenbach's
 * reference time for the date itself).
 */
import { intervalOf } from '../text/calendar.js';
import type { DateValue } from '../text/calendar.js';
import { unresolved, type Resolution } from './resolution.js';
import type { Cursor, PlacedMention } from './resolve.js';

/** How many sentences back the latest dated sentence may lie to anchor a counted date. */
const NEXT_ANCHOR_SENTENCES = 1;

/**
 * How many sentences back an earlier date may anchor a counted date when the latest one
 * disagrees with its tense: the story's event a sentence or two before the plan that
 * interrupted it.
 */
const SKIPPED_ANCHOR_SENTENCES = 3;

/**
 * False when the date a counted mention reads from an anchor contradicts its sentence's tense:
 * past (`tense` 'past') yet wholly after publication, or ahead of the time of writing (`ahead`)
 * yet wholly before it. True with no publication date.
 */
function agreesWithTense(
  date: DateValue,
  published: DateValue | null,
  tense: PlacedMention['tense'],
  ahead: boolean,
): boolean {
  if (!published) return true;
  const pub = intervalOf(published);
  const read = intervalOf(date);
  if (tense === 'past' && read.first > pub.last) return false;
  if (tense === 'future' && ahead && read.last < pub.first) return false;
  return true;
}

/**
 * Resolves a date counted from the narrative (`count`: what the mention reads from one anchor).
 * The anchor is the latest date told, in this or the previous sentence; when what it gives
 * contradicts the sentence's tense ({@link agreesWithTense}), the nearest earlier date (up to
 * {@link SKIPPED_ANCHOR_SENTENCES} back) that gives an agreeing one; when none does, the mention
 * is left undated rather than put on the wrong side of the time of writing.
 *
 * @param history the article's dated sentences so far, in reading order (latest last)
 * @param ahead the sentence's future is of the present ("will"), not seen from the past ("would")
 */
export function resolveFromNarrative(
  placed: PlacedMention,
  history: readonly Cursor[],
  published: DateValue | null,
  ahead: boolean,
  count: (anchor: Cursor) => Resolution,
): Resolution {
  const latest = history[history.length - 1];
  if (!latest || placed.sentence - latest.sentence > NEXT_ANCHOR_SENTENCES)
    return unresolved('no dated sentence just before');
  const first = count(latest);
  if (!first.date || agreesWithTense(first.date, published, placed.tense, ahead)) return first;
  for (let i = history.length - 2; i >= 0; i--) {
    const anchor = history[i] as Cursor;
    if (placed.sentence - anchor.sentence > SKIPPED_ANCHOR_SENTENCES) break;
    const read = count(anchor);
    if (read.date && agreesWithTense(read.date, published, placed.tense, ahead)) return read;
  }
  return unresolved(
    placed.tense === 'past'
      ? 'a past verb counted from a date after publication, and no earlier date fits'
      : 'a future verb counted from a date before publication, and no earlier date fits',
  );
}
