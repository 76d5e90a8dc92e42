/**
 * The timeline of a set of articles (an outlet's): the `source` rule of timeline/query.ts for
 * one article, applied to several before the other filters run.
 */
import type { TimelineEvent } from './types.js';

/**
 * The entries with a quote from one of `ids`, each with those articles' quotes first. The other
 * sources stay, as for one `source`: an entry's date may come from them, and hiding them would
 * show a date no visible quote supports. Events are returned unchanged where nothing moves.
 *
 * @example
 * eventsOfSources(events, new Set(['times-closure', 'times-cost']))
 */
export function eventsOfSources(
  events: readonly TimelineEvent[],
  ids: ReadonlySet<string>,
): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const event of events) {
    if (!event.quotes.some((q) => ids.has(q.source.id))) continue;
    const quotes = [
      ...event.quotes.filter((q) => ids.has(q.source.id)),
      ...event.quotes.filter((q) => !ids.has(q.source.id)),
    ];
    out.push(quotes.every((q, i) => q === event.quotes[i]) ? event : { ...event, quotes });
  }
  return out;
}
