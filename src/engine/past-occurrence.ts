/**
 * Questions asking what happened, and what the timeline says happened: the two readings
 * search/outcomes-first.ts needs to put a report of an event before the plans for it. Both reuse
 * the timeline's tense reading (src/timeline/tense-markers.ts for a question's words; each
 * entry's `future` for a passage's dates), so a plan is what the timeline marks "expected".
 */
import type { Realisation } from '../search/outcomes-first.js';
import { asksForDate } from '../search/plan/page-question.js';
import { markerAt } from '../timeline/tense-markers.js';
import type { TimelineEvent } from './types.js';

/** Words and the clause-ending marks tense markers read, as the timeline splits a sentence. */
const WORDS = /[\p{L}'’]+|[;:—()]/gu;

/**
 * True for a question in the past tense asking when something happened or what happened
 * ("when did the viaduct reopen?", "when was the pier closed?", "what happened at the pier?"):
 * a past marker among its words and no future one, so that "when was the viaduct expected to
 * reopen?" and "when will it reopen?" (which ask for the plan) are not.
 *
 * @example
 * asksPastOccurrence('when did the viaduct reopen?') // true
 * asksPastOccurrence('when is the viaduct due to reopen?') // false
 */
export function asksPastOccurrence(question: string): boolean {
  if (!asksForDate(question) && !/\bwhat\s+happened\b/i.test(question)) return false;
  const words = question.match(WORDS) ?? [];
  const markers = words.map((_, i) => markerAt(words, i));
  return markers.includes('past') && !markers.includes('future');
}

/** A dated quote of the timeline: where it is and whether its entry lies ahead. */
interface DatedSpan {
  start: number;
  end: number;
  future: boolean;
}

/**
 * True when a timeline entry tells nothing of whether its act happened: a deadline already past
 * at its writing ("must be paid by 1 March" in an article of 10 March) gives when the act was
 * due, not that it was done (nor that it was not). A deadline still ahead is a plan. Nor does a
 * span under way at its writing ("runs from 1 to 20 November"): it has begun, not ended.
 */
const saysNeither = (event: TimelineEvent): boolean =>
  (event.deadline === true && !event.future) || event.ongoing === true;

/**
 * What the timeline says of the events a passage dates ({@link Realisation}): given an article's
 * id and a passage's offsets in its text, `'realised'` when every timeline quote inside the
 * passage is of an entry that happened, `'plan'` when every one is of an entry still ahead at
 * its writing ("expected"), null when it holds none or both. A deadline past at its writing is
 * no entry of either kind: its date is when the act was due, not when it happened.
 */
export function realisationOf(
  events: readonly TimelineEvent[],
): (id: string, start: number, end: number) => Realisation {
  const byArticle = new Map<string, DatedSpan[]>();
  for (const event of events) {
    if (saysNeither(event)) continue;
    for (const quote of event.quotes) {
      const spans = byArticle.get(quote.source.id) ?? [];
      spans.push({ start: quote.start, end: quote.end, future: event.future });
      byArticle.set(quote.source.id, spans);
    }
  }
  return (id, start, end) => {
    const inside = (byArticle.get(id) ?? []).filter((s) => s.start >= start && s.end <= end);
    if (inside.length === 0) return null;
    if (inside.every((s) => s.future)) return 'plan';
    return inside.some((s) => s.future) ? null : 'realised';
  };
}
