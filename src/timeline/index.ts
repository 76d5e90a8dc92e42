/**
 * The timeline: every dated event of the coverage, each quoted verbatim and attributed.
 *
 * `buildTimeline` runs once, when the index is built; `queryTimeline` answers `/timeline`
 * requests from its result.
 */
import type { Corpus } from '../corpus/types.js';
import type { TimelineEvent } from '../types/timeline.js';
import { collectMentions, type DateDetector, type PlanActReader } from './events.js';
import type { UndatedMention } from './events.js';
import { attachYearless } from './attach.js';
import { mergeMentions } from './merge.js';
import { oneEntryPerSpan } from './span-and-day.js';
import { yearNotStatedEvents } from './yearless.js';
import { withLaterOutcomes } from './later-outcome.js';

export { queryTimeline, checkTimelineFilters, DEFAULT_LIMIT, MAX_LIMIT } from './query.js';
export type { UndatedMention, DateDetector, PlanActReader, SentenceDates } from './events.js';
export { detectArticleDates } from './events.js';
export { withTensesKept } from './tense.js';

/**
 * Builds the timeline of a corpus: detection, resolution, merging, chronological order.
 * A yearless quote may join, as one more source, the one dated entry that has its month and
 * day and clearly tells of the same thing; otherwise it becomes an entry of its own with
 * `yearStated: false`, after the dated ones. A planned entry shows the later reports that its
 * event was called off, postponed or put on hold (later-outcome.ts). Other dates that cannot be resolved with
 * confidence create no entry (see {@link buildTimelineDetailed}).
 *
 * @example
 * const events = buildTimeline(await loadCorpus('corpus'));
 */
export function buildTimeline(
  corpus: Corpus,
  detect?: DateDetector,
  planActs?: PlanActReader,
): TimelineEvent[] {
  return buildTimelineDetailed(corpus, detect, planActs).events;
}

/**
 * Like {@link buildTimeline}, also returning the date expressions it left undated and why.
 * `detect` reads each article's dates (see {@link DateDetector}); a rebuild passes one that
 * reuses what it read of unchanged articles. `planActs` gives the plans given up that the
 * articles' sentences tell, when read already (see {@link PlanActReader}).
 */
export function buildTimelineDetailed(
  corpus: Corpus,
  detect?: DateDetector,
  planActs?: PlanActReader,
): {
  events: TimelineEvent[];
  undated: UndatedMention[];
} {
  const { dated, undated, outcomes, acts } = collectMentions(corpus, detect, planActs);
  const attached = attachYearless(mergeMentions(oneEntryPerSpan(dated, corpus)), undated);
  const yearless = yearNotStatedEvents(attached.undated);
  return {
    events: [...withLaterOutcomes(attached.events, outcomes, acts), ...yearless.events],
    undated: yearless.undated,
  };
}
