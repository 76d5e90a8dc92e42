/**
 * An engine with some articles taken out at once, before a rebuild can drop them: how a
 * deleted article stops being quoted or listed within moments, even when rebuilding a large
 * corpus takes longer. It only removes; it never changes what is left. Conservative where
 * removing is not exact: a timeline entry any of whose quotes comes from a removed article is
 * left out whole (its date may rest on that quote), a later report of a plan's outcome from one
 * is dropped from its entry, and a question whose answering passages
 * were all from removed articles is answered as unanswered until the rebuild.
 */
import { MAX_RESULTS } from './engine.js';
import type {
  Answer,
  AnswerPassage,
  AskOptions,
  Engine,
  IndexInfo,
  SourceSummary,
  TimelineEvent,
  TimelineFilters,
  TimelinePage,
} from './types.js';

/** The timeline's page size limit (src/timeline/query.ts), used to read every page. */
const TIMELINE_PAGE = 50;

/** `inner` without the articles whose ids are in `hidden`. */
export function withoutArticles(inner: Engine, hidden: ReadonlySet<string>): Engine {
  if (hidden.size === 0) return inner;
  const shown = (id: string) => !hidden.has(id);
  const keepPassage = (passage: AnswerPassage): AnswerPassage => ({
    ...passage,
    alsoReportedBy: passage.alsoReportedBy.filter((q) => shown(q.source.id)),
  });
  return {
    ask(question: string, options: AskOptions = {}): Answer {
      if (options.source !== undefined && hidden.has(options.source))
        return { question, answered: false, passages: [], closest: [], sourcesDiffer: [] };
      const wanted = options.limit;
      // Ask for the most passages, so that removing some still leaves as many as asked for.
      const answer = inner.ask(question, { ...options, limit: MAX_RESULTS });
      const limit = Math.min(
        MAX_RESULTS,
        Math.max(1, Math.trunc(Number.isFinite(wanted) ? (wanted as number) : 3)),
      );
      const passages = answer.passages.filter((p) => shown(p.source.id)).map(keepPassage);
      const closest = answer.closest.filter((p) => shown(p.source.id)).map(keepPassage);
      // A reply left with no passage would say that no passage uses the question's words,
      // which the withheld articles' passages disprove nothing of: the articles left may hold
      // them. So the question is asked again of those articles alone, whose reply claims only
      // what is true of them.
      if (
        passages.length + closest.length === 0 &&
        answer.passages.length + answer.closest.length > 0
      ) {
        const left = new Set(inner.sources().flatMap((s) => (shown(s.id) ? [s.id] : [])));
        const sources = options.sources?.filter((id) => left.has(id)) ?? [...left];
        const again = inner.ask(question, { ...options, sources, limit });
        return {
          ...again,
          passages: again.passages.filter((p) => shown(p.source.id)).map(keepPassage),
          closest: again.closest.filter((p) => shown(p.source.id)).map(keepPassage),
        };
      }
      return {
        ...answer,
        answered: answer.answered && passages.length > 0,
        passages: passages.slice(0, limit),
        closest: closest.slice(0, limit),
        sourcesDiffer: answer.sourcesDiffer
          .map((d) => ({ ...d, quotes: d.quotes.filter((q) => shown(q.source.id)) }))
          .filter((d) => new Set(d.quotes.map((q) => q.source.id)).size >= 2),
      };
    },
    sources(): SourceSummary[] {
      return inner.sources().filter((s) => shown(s.id));
    },
    timeline(filters: TimelineFilters = {}): TimelinePage {
      // The page inner gives, for its offset and limit as clamped.
      const { offset, limit } = inner.timeline(filters);
      if (filters.source !== undefined && hidden.has(filters.source))
        return { events: [], total: 0, offset, limit };
      const all: TimelineEvent[] = [];
      for (let offset = 0; ; offset += TIMELINE_PAGE) {
        const page = inner.timeline({ ...filters, offset, limit: TIMELINE_PAGE });
        all.push(...page.events);
        if (page.events.length < TIMELINE_PAGE || offset + TIMELINE_PAGE >= page.total) break;
      }
      const kept = all
        .filter((event) => event.quotes.every((q) => shown(q.source.id)))
        .map((event) => withShownOutcomes(event, shown));
      return { events: kept.slice(offset, offset + limit), total: kept.length, offset, limit };
    },
    info(): IndexInfo {
      // The index's own figures, and how many of its articles are held back: counts less the
      // withheld beside the index's build time would describe an index that never existed.
      const withheld = inner.sources().filter((s) => hidden.has(s.id)).length;
      return { ...inner.info(), withheld };
    },
  };
}

/**
 * An entry without the later reports of its outcome from removed articles: a report is quoted
 * beside the plan, not what dates it, so the plan stays and only the report goes.
 */
function withShownOutcomes(event: TimelineEvent, shown: (id: string) => boolean): TimelineEvent {
  if (event.outcomes === undefined) return event;
  const { outcomes, ...rest } = event;
  const left = outcomes.filter((o) => shown(o.quote.source.id));
  return left.length > 0 ? { ...rest, outcomes: left } : rest;
}
