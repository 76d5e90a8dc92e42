/**
 * One sentence, one entry for a span and the days inside it. A sentence that names a span and
 * a day within it ("Rain is forecast to ease over the weekend, although showers are expected on
 * Sunday"), or the two weekdays that bound one span ("fell between Thursday and Monday"), tells
 * of the span: TimeML marks a range by its two ends as one interval (TIMEX3 with `beginPoint`
 * and `endPoint`, Pustejovsky et al., TimeML 1.2.1, 2006), and a date inside an interval the
 * same sentence gives adds no time of its own to the timeline. So the sentence is listed once,
 * under the span, the widest date it gives: the span holds the day, so a `from`/`to` filter for
 * the day still finds the sentence (an entry is kept when any part of it falls in the range), and
 * no dated event is lost. A day and a span of different kinds (a deadline, a plan given up, a
 * start of a state, a note naming another thing's date) are two things told, both kept.
 */
import type { Corpus } from '../corpus/types.js';
import { intervalOf } from '../text/calendar.js';
import type { DatedMention } from './events.js';
import { sentenceKey } from './date-span.js';
import { weekdayPartner } from './weekday-span.js';

/** What a dated mention says of its date besides the date: the same for one entry. */
const kindOf = (m: DatedMention): string =>
  JSON.stringify([
    m.future,
    m.ongoing ?? false,
    m.givenUp ?? false,
    m.since,
    m.deadline,
    m.doneBy ?? false,
    m.dates ?? null,
    m.clauseDate ?? false,
    m.approximate ?? false,
  ]);

/** The first and last day a mention covers. */
function daysOf(m: DatedMention): { first: number; last: number } {
  return { first: intervalOf(m.date).first, last: intervalOf(m.end ?? m.date).last };
}

/** The text of the sentence a mention stands in. */
function sentenceOf(corpus: Corpus, m: DatedMention): string {
  const text = corpus.articles[m.article]?.text ?? '';
  return text.slice(m.span.sentence.start, m.span.sentence.end);
}

/**
 * "between Thursday and Monday": the start weekday, resolved alone, given the end weekday's
 * day as its end, and the end's own mention dropped (resolve.ts has already placed the two as
 * bounds of one span: weekday-span.ts). Returns each mention of `group` and what stands for it:
 * itself, the span it now starts, or null when it was a span's end.
 */
function joinWeekdayBounds(
  group: readonly DatedMention[],
  sentence: string,
): Map<DatedMention, DatedMention | null> {
  const role = (m: DatedMention) => weekdayPartner(sentence, m.span.start, m.span.end)?.role;
  const bound = (m: DatedMention) => m.date.precision === 'day' && m.end === undefined;
  const now = new Map<DatedMention, DatedMention | null>();
  for (const start of group) {
    if (now.has(start)) continue;
    const end =
      bound(start) && role(start) === 'start'
        ? group.find(
            (m) =>
              !now.has(m) &&
              bound(m) &&
              m.span.start > start.span.end &&
              role(m) === 'end' &&
              kindOf(m) === kindOf(start) &&
              daysOf(m).first > daysOf(start).first,
          )
        : undefined;
    if (end === undefined) {
      now.set(start, start);
      continue;
    }
    now.set(end, null);
    now.set(start, {
      ...start,
      end: end.date,
      text: sentence.slice(start.span.start, end.span.end),
      span: { ...start.span, end: end.span.end },
    });
  }
  return now;
}

/**
 * The mentions with each sentence's span and the days inside it one entry (see the module
 * note), in their order; the rest as they were.
 */
export function oneEntryPerSpan(dated: readonly DatedMention[], corpus: Corpus): DatedMention[] {
  const groups = new Map<string, DatedMention[]>();
  for (const m of dated) {
    const key = sentenceKey(m.article, m.span);
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const standsFor = new Map<DatedMention, DatedMention | null>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const joined = joinWeekdayBounds(group, sentenceOf(corpus, group[0] as DatedMention));
    const spans = [...joined.values()].filter(
      (m): m is DatedMention => m !== null && m.end !== undefined,
    );
    for (const [m, now] of joined) {
      const inside =
        now !== null &&
        spans.some((span) => {
          if (span === now || kindOf(span) !== kindOf(now)) return false;
          const a = daysOf(span);
          const b = daysOf(now);
          return a.first <= b.first && b.last <= a.last && (a.first < b.first || b.last < a.last);
        });
      standsFor.set(m, inside ? null : now);
    }
  }
  const out: DatedMention[] = [];
  for (const m of dated) {
    const now = standsFor.has(m) ? standsFor.get(m) : m;
    if (now) out.push(now);
  }
  return out;
}
