/**
 * Merging: one timeline entry per event, citing every source that dates it.
 *
 * Mentions are bucketed by month (by year for year-level dates), so the work grows with the
 * size of a month's bucket, not with the corpus. Inside a bucket, two mentions are candidates
 * when their dates agree (the same day, the same month, or a day inside a month another
 * mention gives) and their quotes share content words; pairs are joined best first
 * (IDF-weighted Dice similarity) while each entry keeps one quote per article. Different
 * events on the same date share too little wording to pass the threshold and stay apart; two
 * that share place and verb but not what happened ("The Orlby moor fire started on Saturday",
 * "The Orlby ferry strike started on Saturday"), or only a place ("food banks opened … at St
 * Paul's Church Hall", "queues at St Paul's Church Hall stretched"), are kept apart by the
 * same-action rule. A month joins a day of it only when both tell the same action (see
 * action.ts), not merely the same month with the same names.
 *
 * A plan and a report are never one entry: "work is expected to start in August", said in
 * April, tells of an expectation, and "ground was broken on 18 August", said later, of a fact.
 * The plan's source does not report the fact (nor date it to the 18th), and the fact's does
 * not confirm that the plan was kept; on one date they are two entries, the plan's marked
 * `future`. A plan joins only other plans: a source that puts the event neither ahead nor
 * behind ("March 11, 2021 — the contract is signed") would be shown as expecting it, so it
 * joins the entries that are no plan.
 */
import type { TimelineEvent, TimelineQuote } from '../types/timeline.js';
import { actionAgreement, type ActionSource } from './action.js';
import { formatDate, intervalOf, PRECISION_RANK } from '../text/calendar.js';
import type { DatedMention } from './events.js';
import { sentenceKey, withoutDate } from './date-span.js';
import { countsDiffer } from './count-conflict.js';
import { contentWords, inverseFrequencies, similarity, weightOf } from './words.js';

/**
 * Similarity at which mentions from different articles with the same date are one event. The
 * date agreeing is itself evidence, so little wording is needed; the one-quote-per-article
 * rule and best-first joining keep other events of that day apart.
 */
export const SAME_DATE_THRESHOLD = 0.08;
/** Similarity at which a month-level mention joins a day inside that month. */
export const MONTH_IN_DAY_THRESHOLD = 0.12;
/**
 * Similarity at which two mentions of the same article are one event told twice. An article
 * that dates two things alike ("the agreement was signed in September in Sochi", "Another
 * agreement was signed in September in Sochi") usually means two events, so this is high.
 */
export const SAME_ARTICLE_THRESHOLD = 0.6;

interface Item {
  mention: DatedMention;
  words: Set<string>;
  weight: number;
  /** The mention as the same-action rule reads it. */
  source: ActionSource;
}

/** Whether two sentences may tell one event by their actions (see {@link actionAgreement}). */
type ActionTest = (a: ActionSource, b: ActionSource) => boolean;

/** A mention as the same-action rule reads it. */
export const actionSource = (m: DatedMention): ActionSource => ({
  article: m.article,
  quote: m.quote,
  span: m.span,
  precision: m.date.precision,
  // A relative clause's date is its own verb's, no occasion named (relative-clause.ts).
  ...(m.dates === undefined || m.clauseDate ? {} : { occasion: true }),
});

function bucketKey(m: DatedMention): string {
  // A range is one entry only with the same range: its end is part of its date.
  if (m.end) return `${formatDate(m.date)}/${formatDate(m.end)}`;
  const d = m.date;
  if (d.precision === 'year') return `${d.year}`;
  if (d.precision === 'season') return `${d.year}-${d.season ?? ''}`;
  return `${d.year}-${d.month ?? 0}`;
}

/**
 * The date's own sentence, shared by every date it gives: not its quote's start, which the
 * sentence before shares when the date's sentence leans on it.
 */
const ownSentence = (m: DatedMention): string => sentenceKey(m.article, m.span);

/**
 * True when the month-level mention `coarse` may join the day-level `fine`: not when its own
 * sentence dates another day of that same month. "Investigators said on Monday [16 March] …
 * last week's fire" gives the day of that month it tells of, so its vaguer "last week" (March)
 * does not make it a second source of another March day's entry. A day of another month says
 * nothing of which day of this one: "The office, opened on 3 May 2019, closed in March" may
 * join an entry of a March day. Nor when it states a part of the month the day is not in
 * ("should reopen in mid-March" is no source of 31 March: month-part.ts).
 */
function monthMayJoinDay(
  coarse: DatedMention,
  fine: DatedMention,
  daysOf: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const part = partOfMonth(coarse);
  const day = fine.date.day ?? 0;
  if (part !== null && (day < part[0] || day > part[1])) return false;
  const month = `${formatDate(coarse.date)}-`;
  const daysOfMonth = [...(daysOf.get(ownSentence(coarse)) ?? [])].filter((d) =>
    d.startsWith(month),
  );
  return daysOfMonth.length === 0 || daysOfMonth.includes(formatDate(fine.date));
}

/**
 * The days of its month a month-level mention states: a week's ("early next week": the days
 * resolved, week-days.ts), or a part of the month's ("at the end of March": month-part.ts,
 * read where the mention was found: events.ts); null for the whole month.
 */
const partOfMonth = (m: DatedMention): [number, number] | null => m.days ?? null;

/**
 * True when two month-level mentions state parts of their month that share no day ("early next
 * week", the 17th to the 20th, and "until the end of the month", the 21st on): sources that
 * place what they tell at different times of the month are no corroboration of one event,
 * whatever words they share.
 */
function disjointParts(a: DatedMention, b: DatedMention): boolean {
  const [pa, pb] = [partOfMonth(a), partOfMonth(b)];
  return pa !== null && pb !== null && (pa[1] < pb[0] || pb[1] < pa[0]);
}

/** True when nothing but their dates and words keeps two mentions from telling one event. */
function mayBeOneEvent(a: DatedMention, b: DatedMention): boolean {
  // A plan joins only plans (see the module note); a deadline only deadlines: "must reopen by
  // 31 March" is no source of a reopening on 31 March, nor of an estimate of that day.
  // An act reported done by a date joins only such reports ("had restored power by Wednesday"
  // is no source of a restoring on Wednesday).
  if (a.future !== b.future || a.deadline !== b.deadline || a.ongoing !== b.ongoing) return false;
  if ((a.doneBy ?? false) !== (b.doneBy ?? false)) return false;
  // The day of a plan since changed is no source of an event held that day, nor of one expected.
  if ((a.givenUp ?? false) !== (b.givenUp ?? false)) return false;
  // "Two men were arrested" and "arrested three men": counts that differ are no corroboration.
  return !countsDiffer(a.quote.quote, b.quote.quote);
}

function threshold(
  a: DatedMention,
  b: DatedMention,
  daysOf: ReadonlyMap<string, ReadonlySet<string>>,
): number | null {
  if (!mayBeOneEvent(a, b)) return null;
  const da = a.date;
  const db = b.date;
  const sameArticle = a.article === b.article;
  if (da.precision === db.precision) {
    if (da.day !== db.day) return null;
    if (da.precision === 'month' && disjointParts(a, b)) return null;
    // "since 1994" said twice in an article is one state restated, whatever surrounds it.
    if (sameArticle && a.since && b.since) return 0;
    return sameArticle ? SAME_ARTICLE_THRESHOLD : SAME_DATE_THRESHOLD;
  }
  const monthInDay =
    (da.precision === 'month' && db.precision === 'day') ||
    (da.precision === 'day' && db.precision === 'month');
  if (!monthInDay || sameArticle) return null;
  const [coarse, fine] = da.precision === 'month' ? [a, b] : [b, a];
  if (!monthMayJoinDay(coarse, fine, daysOf)) return null;
  return MONTH_IN_DAY_THRESHOLD;
}

interface Cluster {
  members: number[];
  articles: Set<number>;
  day: number | undefined;
}

/**
 * Clusters one bucket: candidate pairs best first, joining two clusters only when their
 * average similarity over all cross pairs still clears the threshold (average linkage), so a
 * chain of weak resemblances cannot pull unrelated quotes into one entry.
 */
function mergeBucket(
  items: Item[],
  idf: Map<string, number>,
  daysOf: ReadonlyMap<string, ReadonlySet<string>>,
  sameAction: ActionTest,
): number[][] {
  const byWord = new Map<string, number[]>();
  items.forEach((item, i) =>
    item.words.forEach((w) => {
      const holding = byWord.get(w);
      if (holding) holding.push(i);
      else byWord.set(w, [i]);
    }),
  );
  const pairs: Array<{ a: number; b: number; score: number; min: number; sameArticle: boolean }> =
    [];
  const scores = new Map<number, number>();
  const pairKey = (a: number, b: number): number =>
    a < b ? a * items.length + b : b * items.length + a;
  const tried = new Set<number>();
  items.forEach((item, a) => {
    tried.clear();
    for (const w of item.words) {
      for (const b of byWord.get(w) ?? []) {
        if (b <= a || tried.has(b)) continue;
        tried.add(b);
        const other = items[b] as Item;
        const min = threshold(item.mention, other.mention, daysOf);
        if (min === null) continue;
        const score = similarity(item, other, idf);
        if (score === 0) continue;
        // A vaguer quote joins a sharper one only when it reports the same event, not merely
        // the same month with the same works or people named: the action its date is said of
        // must be shared ("switched off … in February and March" is no source of "issued the
        // notice yesterday"). Asked only of pairs alike enough to join, as it costs a parse; a
        // pair refused counts as no resemblance at all.
        if (score >= min && !sameAction(item.source, other.source)) continue;
        scores.set(pairKey(a, b), score);
        if (score >= min)
          pairs.push({
            a,
            b,
            score,
            min,
            sameArticle: item.mention.article === other.mention.article,
          });
      }
    }
  });
  const disputed = disputedMonths(items, pairs, idf, sameAction);
  const kept = pairs.filter(
    (p) =>
      (!disputed.has(p.a) && !disputed.has(p.b)) ||
      precisionOf(items, p.a) === precisionOf(items, p.b),
  );
  kept.sort((x, y) => y.score - x.score);
  const owner = items.map((_, i) => i);
  const clusters = new Map<number, Cluster>(
    items.map((item, i) => [
      i,
      {
        members: [i],
        articles: new Set([item.mention.article]),
        day: item.mention.date.day,
      },
    ]),
  );
  const find = (i: number): number => (owner[i] === i ? i : (owner[i] = find(owner[i] as number)));
  const averageLink = (x: Cluster, y: Cluster): number => {
    let total = 0;
    for (const i of x.members) for (const j of y.members) total += scores.get(pairKey(i, j)) ?? 0;
    return total / (x.members.length * y.members.length);
  };
  for (const { a, b, min, sameArticle } of kept) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ca = clusters.get(ra) as Cluster;
    const cb = clusters.get(rb) as Cluster;
    if (ca.day !== undefined && cb.day !== undefined && ca.day !== cb.day) continue;
    const overlapping = [...cb.articles].filter((x) => ca.articles.has(x));
    if (overlapping.length > (sameArticle ? 1 : 0)) continue;
    if (averageLink(ca, cb) < min) continue;
    owner[rb] = ra;
    ca.members.push(...cb.members);
    cb.articles.forEach((x) => ca.articles.add(x));
    ca.day ??= cb.day;
    clusters.delete(rb);
  }
  return [...clusters.values()].map((c) => c.members);
}

const precisionOf = (items: readonly Item[], i: number) =>
  (items[i] as Item).mention.date.precision;

/**
 * The month-level mentions (indices into `items`) that the coverage gives more than one day
 * for: those whose candidate pairs (`pairs`) reach day-level mentions of different days, or a
 * day-level mention that another article's mention of another day tells as the same event
 * (alike enough to be one entry were their days the same). "At the meeting in April" joins
 * "the meeting on 21 April" only when no article puts that meeting on 14 April: a vaguer
 * mention states no day, so filing it under one the articles dispute would make it a source of
 * that day. Such a mention stays an entry of its own month.
 */
function disputedMonths(
  items: readonly Item[],
  pairs: ReadonlyArray<{ a: number; b: number }>,
  idf: Map<string, number>,
  sameAction: ActionTest,
): Set<number> {
  const fines = new Map<number, number[]>();
  for (const { a, b } of pairs) {
    const [month, day] = precisionOf(items, a) === 'month' ? [a, b] : [b, a];
    if (precisionOf(items, month) !== 'month' || precisionOf(items, day) !== 'day') continue;
    fines.set(month, [...(fines.get(month) ?? []), day]);
  }
  const disputed = new Set<number>();
  for (const [month, joined] of fines) {
    const days = new Set(joined.map((f) => (items[f] as Item).mention.date.day));
    for (const f of joined) {
      const fine = items[f] as Item;
      for (const other of items) {
        if (days.size > 1) break;
        const m = other.mention;
        if (m.date.precision !== 'day' || days.has(m.date.day)) continue;
        if (m.article === fine.mention.article || !mayBeOneEvent(fine.mention, m)) continue;
        if (similarity(fine, other, idf) < SAME_DATE_THRESHOLD) continue;
        if (sameAction(fine.source, other.source)) days.add(m.date.day);
      }
    }
    if (days.size > 1) disputed.add(month);
  }
  return disputed;
}

function toEvent(members: DatedMention[]): TimelineEvent {
  const finest = members.reduce((best, m) =>
    PRECISION_RANK[m.date.precision] > PRECISION_RANK[best.date.precision] ? m : best,
  );
  // A sentence an article repeats word for word (a "Highlights" copy, a pull quote) is one
  // quote of the entry: its first occurrence. A quote another of its article holds (a sentence,
  // and the next one leaning on it with a date of the same day) is shown once, in the longer.
  const seen = new Set<string>();
  const holds = (x: DatedMention, y: DatedMention): boolean =>
    x.article === y.article &&
    x.quote.start <= y.quote.start &&
    y.quote.end <= x.quote.end &&
    x.quote.end - x.quote.start > y.quote.end - y.quote.start;
  const sorted = [...members]
    .filter((m) => !members.some((other) => holds(other, m)))
    .sort((x, y) => x.article - y.article || x.quote.start - y.quote.start)
    .filter((m) => {
      const key = `${m.article}\u0000${m.quote.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  // A quote less precise than the heading ("In November 2020" under 2020-11-19) says so itself.
  const rank = PRECISION_RANK[finest.date.precision];
  const quotes: TimelineQuote[] = sorted.map((m) => {
    const quote: TimelineQuote =
      PRECISION_RANK[m.date.precision] < rank
        ? { ...m.quote, precision: m.date.precision }
        : m.quote;
    // Whose date it is ("last month's pay deal"), when not the act's, and a date given as
    // approximate ("around 1340"): the quote says so itself.
    return {
      ...quote,
      ...(m.dates === undefined ? {} : { dates: m.dates }),
      ...(m.approximate ? { approximate: true as const } : {}),
    };
  });
  const event: TimelineEvent = {
    date: formatDate(finest.date),
    precision: finest.date.precision,
    ...(finest.end ? { end: formatDate(finest.end) } : {}),
    yearStated: true,
    // A plan joins only plans (see the module note): its members all put the event ahead.
    future: finest.future,
    // A span under way joins only spans under way, as a plan joins only plans.
    ...(finest.ongoing ? { ongoing: true as const } : {}),
    ...(finest.deadline ? { deadline: true as const } : {}),
    ...(finest.doneBy ? { doneBy: true as const } : {}),
    ...(finest.givenUp ? { givenUp: true as const } : {}),
    quotes,
  };
  if (finest.date.season) event.season = finest.date.season;
  return event;
}

/**
 * Sort key of an entry: its first day, then coarser precision first, then its last day (a range
 * after the single dates it starts with, as intervals are ordered by start, then by end), then
 * where it is first quoted. So each date's entries follow each other and have one heading
 * (timeline-headings.ts `groupByDate`), a range's "14 to 15 March" never between two of 14 March.
 */
function compareEvents(
  a: { start: number; rank: number; last: number; article: number; offset: number },
  b: typeof a,
): number {
  return (
    a.start - b.start ||
    a.rank - b.rank ||
    a.last - b.last ||
    a.article - b.article ||
    a.offset - b.offset
  );
}

/** A timeline entry and the mentions it was merged from (a repeated sentence among them once each time). */
export interface MergedEntry {
  event: TimelineEvent;
  members: readonly DatedMention[];
}

/**
 * Merges dated mentions into timeline entries, in chronological order, each with its mentions.
 *
 * @example
 * mergeMentions(collectMentions(corpus).dated)[0]?.event // { date: '1994', precision: 'year', quotes: [...] }
 */
export function mergeMentions(mentions: readonly DatedMention[]): MergedEntry[] {
  const all = mentions.map((mention) => ({
    mention,
    words: contentWords(withoutDate(mention.quote, mention.span)),
    quote: mention.quote,
  }));
  const idf = inverseFrequencies(
    all.map((x) => ({ words: x.words, key: `${x.quote.source.id}:${x.quote.start}` })),
  );
  const daysOf = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.date.precision !== 'day') continue;
    const days = daysOf.get(ownSentence(m)) ?? new Set<string>();
    daysOf.set(ownSentence(m), days.add(formatDate(m.date)));
  }
  const buckets = new Map<string, Item[]>();
  for (const { mention, words } of all) {
    const key = bucketKey(mention);
    const item = { mention, words, weight: weightOf(words, idf), source: actionSource(mention) };
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }
  const sortable: Array<{
    event: TimelineEvent;
    members: DatedMention[];
    start: number;
    rank: number;
    last: number;
    article: number;
    offset: number;
  }> = [];
  const sameAction = actionAgreement();
  for (const items of buckets.values()) {
    for (const members of mergeBucket(items, idf, daysOf, sameAction)) {
      const group = members.map((i) => (items[i] as Item).mention);
      const event = toEvent(group);
      const first = group.reduce((x, y) =>
        y.article < x.article || (y.article === x.article && y.quote.start < x.quote.start) ? y : x,
      );
      const finest =
        group.find(
          (m) => formatDate(m.date) === event.date && m.date.precision === event.precision,
        ) ?? first;
      sortable.push({
        event,
        members: group,
        start: intervalOf(finest.date).first,
        rank: PRECISION_RANK[event.precision],
        last: intervalOf(finest.end ?? finest.date).last,
        article: first.article,
        offset: first.quote.start,
      });
    }
  }
  return sortable.sort(compareEvents).map(({ event, members }) => ({ event, members }));
}
