/**
 * The timeline: every dated event of the coverage, each quoted verbatim and attributed.
 *
 * `buildTimeline` runs once, when the index is built; `queryTimeline` answers `/timeline`
 * requests from its result.
 */
import type { Corpus } from '../corpus/types.js';
import type { TimelineEvent } from '../types/timeline.js';
import { collectMentions } from './events.js';
import type { UndatedMention } from './events.js';
import { attachYearless } from './attach.js';
import { mergeMentions } from './merge.js';

export { queryTimeline, checkTimelineFilters, DEFAULT_LIMIT, MAX_LIMIT } from './query.js';
export type { UndatedMention } from './events.js';

/**
 * Builds the dated timeline of a corpus: detection, resolution, merging, chronological order.
 * Dates that cannot be resolved with confidence create no entry (see
 * {@link buildTimelineDetailed}); a yearless quote may still join, as one more source, the one
 * entry that has its month and day and clearly tells of the same thing.
 *
 * @example
 * const events = buildTimeline(await loadCorpus('corpus'));
 */
export function buildTimeline(corpus: Corpus): TimelineEvent[] {
  return buildTimelineDetailed(corpus).events;
}

/** Like {@link buildTimeline}, also returning the date expressions it left undated and why. */
export function buildTimelineDetailed(corpus: Corpus): {
  events: TimelineEvent[];
  undated: UndatedMention[];
} {
  const { dated, undated } = collectMentions(corpus);
  return attachYearless(mergeMentions(dated), undated);
}
