/**
 * From a corpus to dated mentions: runs detection on every sentence that could hold a date,
 * resolves each article's mentions in reading order and keeps those that can stand as a
 * timeline entry (a sentence with content of its own, not a bare dateline or a caption: see
 * dated-furniture.ts).
 */
import type { CleanArticle, Corpus, Sentence } from '../corpus/types.js';
import { restatesError } from '../text/correction.js';
import { outsideQuotations } from '../text/quotation.js';
import { QuotationState, countedToDay, insideQuotation } from './spoken-day.js';
import { MAY_HOLD_POSTPONED_SLOT, postponedPlan, slotOfMove } from './postponed-slot.js';
import { opensWithSubjectPronoun } from '../text/subject-pronoun.js';
import { offsetBefore, shiftBy } from './offset.js';
import { possibilityOf, supposes, tenseUnder } from './possibility.js';
import { ruledOut } from './ruled-out.js';
import { isOccurrenceSince } from './since-occurrence.js';
import type { Quote, SourceRef } from '../types/quote.js';
import { formatDate, intervalOf, parseIsoDate } from '../text/calendar.js';
import type { DateValue } from '../text/calendar.js';
import { detectMentions, durationLike, givenUpSlots } from './detect.js';
import { overlaps } from './mention.js';
import type { Mention, Span } from './mention.js';
import { resolveArticle } from './resolve.js';
import { dateAfterRecentMove } from './committed-act.js';
import type { Resolution } from './resolution.js';
import { isTallySince } from './since-tally.js';
import { comparedSinceClause, isComparisonSince } from './comparison-since.js';
import { inComparisonStandard } from './comparison-standard.js';
import type { PlacedMention } from './resolve.js';
import { governingMarkerWord, tenseOf } from './tense.js';
import { inNoteStamp } from './update-line.js';
import { datesOwnPublication } from './earlier-report.js';
import { tenseOnDayOfWriting } from './same-day-present.js';
import { startsStateAhead } from './state-from.js';
import { isDeadline, negatedBy } from './deadline.js';
import { accomplishedBy } from './accomplished-by.js';
import { namedThing } from './named-thing.js';
import { reducedRelativeThing } from './reduced-relative.js';
import { relativeClauseOf } from './relative-clause.js';
import { ownSentenceOf } from './own-sentence.js';
import { clauseAround } from './clause.js';
import { anchoredOccasion } from './anchor.js';
import { aheadYetPast, objectEvent } from './object-event.js';
import { ofThingPhrase } from './occasion-side.js';
import { namesThing } from './thing-date.js';
import { sinceClause } from './since-clause.js';
import { sinceState } from './since-state.js';
import { verbatimNote } from './verbatim-note.js';
import { sentenceOf, type DateSpan } from './date-span.js';
import { monthPartDays } from './month-part.js';
import { whenClauseOf } from './when-clause.js';
import { framesLeadIn } from './lead-in.js';
import {
  articleTellsChange,
  isGivenUpPlan,
  isNewDateAfter,
  isNewDateBefore,
  isOriginalPlan,
  pastPerfectPlanNoun,
} from './rescheduled.js';
import { isCorrectedReportDate } from './retracted.js';
import { DENIAL_WINDOW, isDeniedClaimDate } from './denied-claim.js';
import { calledOffPlan } from './called-off.js';
import type { ActReport, OutcomeReport } from './later-outcome.js';
import { droppedPlanAct, type DroppedPlanAct } from './dropped-plan.js';
import { statedUnderWay } from './under-way.js';
import { redundantReadings } from './same-sentence.js';
import type { Tense } from './tense.js';
import {
  BYLINE,
  DATELINE_PREFIX,
  FURNITURE,
  NOTE_LABEL,
  PUBLICATION_LINE,
  isCaption,
} from './dated-furniture.js';
import { isMetadataHeading } from '../corpus/metadata-heading.js';
import { hasPresentVerb, winkEntities } from './wink.js';
import { contentWordCount } from './content-words.js';
import { MONTH_RE, SEASON_RE, WEEKDAY_RE } from '../text/months.js';

/** One dated sentence: the raw material of a timeline entry before merging. */
export interface DatedMention {
  date: DateValue;
  /** The end of a range ("the years 2021-2023"), at the precision of `date`. */
  end?: DateValue;
  /**
   * The article puts the date ahead of its time of writing (by its tense, or a date after its
   * publication date): a plan or a forecast. False when it reports it as past or says neither.
   */
  future: boolean;
  /** A span begun by the publication date and not over by it ({@link underWay}); never `future`. */
  ongoing?: true;
  /** The date as written ("Aug. 9", "on Thursday"). */
  text: string;
  /** Where the date stands: its sentence in the quote, and its offsets there (date-span.ts). */
  span: DateSpan;
  /** "since 1994": the start of a state, not a one-off event. */
  since: boolean;
  /** "no later than 31 March", "by 1 May": the latest time for what the sentence tells (deadline.ts). */
  deadline: boolean;
  /**
   * "had restored power by Wednesday evening": an act reported done no later than the date, on
   * it or before, no deadline (accomplished-by.ts); `deadline` is then false.
   */
  doneBy?: true;
  /**
   * "was originally due to open in September 2025", "had been due to strike on 2 November": the
   * day of a plan its sentence tells was changed or given up (rescheduled.ts `isGivenUpPlan`);
   * `future` is then false.
   */
  givenUp?: true;
  /** "last month's pay deal": the thing the date names, not the sentence's act (named-thing.ts). */
  dates?: string;
  /**
   * `dates` is a relative clause or embedded question of the sentence ("anyone who was on the
   * lift on Saturday": relative-clause.ts), whose own verb the date is: not an occasion named, so
   * the mention joins other sources by that verb's act as an undated-note one does (merge.ts).
   */
  clauseDate?: true;
  /** "made around 1340": the text gives the date as approximate (date-rules.ts). */
  approximate?: true;
  /**
   * The days of its month a date shown as a month is narrowed to: a week's ("next week":
   * resolution.ts), or a part of the month's ("in mid-March": month-part.ts).
   */
  days?: [number, number];
  /** Index of the article in the corpus. */
  article: number;
  quote: Quote;
}

/** A date expression that could not be resolved with confidence, kept for inspection. */
export interface UndatedMention {
  text: string;
  /** Where the date stands: its sentence in the quote, and its offsets there (date-span.ts). */
  span: DateSpan;
  reason: string;
  article: number;
  quote: Quote;
  /** What the text does state of a yearless calendar date ("September 14": month 9, day 14). */
  partial?: { month: number; day?: number; until?: { month: number; day?: number } };
  /** The sentence's tense at the date. */
  tense: Tense;
  /** The date is a deadline (deadline.ts), not the day of an event. */
  deadline: boolean;
  /** The date bounds an act reported done (accomplished-by.ts), not a deadline. */
  doneBy?: true;
}

/**
 * What bounds the date at `start`–`end` of `sentence`: a deadline (deadline.ts), or the time an
 * act reported done was done by (accomplished-by.ts: "had restored power by Wednesday"), never
 * both; `ahead` true when the date lies wholly after the time of writing, which no act reported
 * done was done by.
 */
function boundOf(
  sentence: string,
  start: number,
  end: number,
  tense: Tense,
  ahead: boolean | null = null,
): { deadline: boolean; doneBy?: true } {
  // "Ministers announced a ban on diesel ferries by 2030", published 2026: an act reported done
  // lies before the time of writing (Reichenbach 1947), so a bound that has not come yet says
  // nothing of it; it is the deadline of what the act set out, still to be done.
  if (ahead !== true && accomplishedBy(sentence, start, end, tense))
    return { deadline: false, doneBy: true };
  return { deadline: isDeadline(sentence, start, end) };
}

/**
 * The days of its month that a month-level `date` states by a part of the month ("in mid-March":
 * month-part.ts), read right before its sentence's mentions of that month at `starts` (in
 * `sentence`); undefined for a date at another precision, or for the whole month.
 */
function partOfMonth(
  date: DateValue,
  sentence: string,
  starts: readonly number[],
): { days?: [number, number] } {
  const days = date.precision === 'month' ? monthPartDays(sentence, starts) : null;
  return days === null ? {} : { days };
}

/**
 * Where the dates of the sentence of `found[i]` that are read as `date`'s month start (its own
 * among them): "from early March to late March" states no one part of March.
 */
function sameMonthStarts(
  found: readonly Found[],
  resolutions: readonly Resolution[],
  i: number,
  date: DateValue,
): number[] {
  const placed = found[i] as Found;
  return [
    placed.mention.start,
    ...found.flatMap((other, j) => {
      const read = resolutions[j]?.date;
      return j !== i &&
        other.sentence === placed.sentence &&
        read?.precision === 'month' &&
        read.year === date.year &&
        read.month === date.month
        ? [other.mention.start]
        : [];
    }),
  ];
}

/**
 * Cheap tests run before the rules: could this sentence hold a date at all? Names are capitalised;
 * any four digits, a superset of a year (text/year.ts) that the rules read exactly.
 */
const MAYBE_NAMED_DATE = new RegExp(`\\d{4}|\\b(?:${MONTH_RE}|${WEEKDAY_RE})`);
const MAYBE_RELATIVE_DATE = new RegExp(
  String.raw`\b(?:last|this|next|following|previous|preceding|same)\s+(?:day|week|month|year|${SEASON_RE})\b|\bfollowing\s+\w+\s+(?:days|months|years)\b|\bthe\s+${SEASON_RE}\b|(?:days?|weeks?|fortnights?|months?|years?)\s+(?:later|earlier)\b|\b(?:day|night)\s+(?:before|after)\b|yesterday|tomorrow|weekend|morning|afternoon|evening|tonight|today|last\s+night|\b(?:of|in)\s+the\s+(?:month|year)\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\bthat\s+(?:same\s+)?day\b|\bsame\s+date\b|\bago\b`,
  'i',
);

/**
 * Fewer content words than this outside its dates, and a sentence is a dateline, not an event
 * (one fewer for a finished sentence with a tensed verb).
 */
const MIN_CONTENT_WORDS = 3;

/**
 * Kinds of date counted from the publication whose side of it (behind or ahead) only a verb's
 * tense tells: in a verbless lead-in, that verb is the framed clause's (lead-in.ts).
 */
const SIDE_FROM_CLAUSE: ReadonlySet<string> = new Set(['weekday', 'weekend', 'easter-feast']);

/**
 * The source of an article, as every quote cites it: its metadata's values. What `articles.json`
 * withholds (`ArticleMeta.nullInArticlesJson`) is not repeated in every saved timeline quote:
 * the engine adds it to the sources it cites (engine.ts).
 */
export function sourceOf(article: CleanArticle): SourceRef {
  const { id, title, outlet, published, url, author } = article.meta;
  return { id, title, outlet, published, url, author };
}

/**
 * True when a sentence's subject is a pronoun (text/subject-pronoun.ts) and a sentence of its
 * paragraph comes before it (`previousInParagraph`) to say whom or what it means: the event is
 * read with that sentence and quoted with it. The first sentence of a paragraph leans on none.
 */
function leansOnSentenceBefore(text: string, previousInParagraph: boolean): boolean {
  return previousInParagraph && opensWithSubjectPronoun(text);
}

function groupByArticle(sentences: readonly Sentence[], articleCount: number): Sentence[][] {
  const groups: Sentence[][] = Array.from({ length: articleCount }, () => []);
  for (const sentence of sentences) groups[sentence.article]?.push(sentence);
  for (const group of groups) group.sort((a, b) => a.start - b.start);
  return groups;
}

/**
 * A date placed in its sentence: `mention`'s offsets are into `text`, the sentence, never into
 * `quote`, which may hold a sentence more (the one before it that a pronoun subject leans on, a
 * correction after it): every rule reading the date's words by its offsets reads `text`.
 * `bounds` are the sentence's offsets in the article's text.
 */
interface Found extends PlacedMention {
  text: string;
  bounds: { start: number; end: number };
  quote: Quote;
}

/** Where a date found in a sentence stands (date-span.ts): its sentence and its offsets there. */
const spanOf = (placed: Found, date: Span = placed.mention): DateSpan => ({
  sentence: placed.bounds,
  start: date.start,
  end: date.end,
});

/**
 * The dates detection reads in one sentence of an article: what depends on the article's
 * text alone, before the article is attributed or its dates resolved, so a rebuild can reuse it.
 */
export interface SentenceDates {
  /** Index of the sentence among the article's sentences, in text order. */
  sentence: number;
  /** The date expressions the rules read, each with the sentence's tense at it. */
  mentions: Array<{ mention: Mention; tense: Tense }>;
  /** Dates wink-nlp saw that the rules did not read (offsets into the sentence). */
  unread: Span[];
}

/**
 * Reads the dates of an article's sentences (`sentences`: the article's own, in text order).
 * Sentences that hold no date, or hold only furniture, a publication line, a byline or a
 * caption, are left out.
 */
export function detectArticleDates(
  article: Pick<CleanArticle, 'text' | 'paragraphs'>,
  sentences: ReadonlyArray<Pick<Sentence, 'paragraph' | 'start' | 'end'>>,
): SentenceDates[] {
  const found: SentenceDates[] = [];
  const captions = new Set(
    article.paragraphs.flatMap((p, i) =>
      isCaption(article.text.slice(p.start, p.end)) ? [i] : [],
    ),
  );
  // The quotations left open before each sentence of a paragraph, read on sentence by sentence.
  const quotations = new QuotationState(article.text);
  sentences.forEach((sentence, index) => {
    const text = article.text.slice(sentence.start, sentence.end);
    if (
      !(MAYBE_NAMED_DATE.test(text) || MAYBE_RELATIVE_DATE.test(text)) ||
      FURNITURE.test(text) ||
      PUBLICATION_LINE.test(text) ||
      BYLINE.test(text) ||
      captions.has(sentence.paragraph)
    )
      return;
    // A speaker's quotation an earlier sentence of the paragraph left open: its days are the
    // speaker's (detectMentions), counted from the saying day (spoken-day.ts).
    const opensInQuotation = quotations.opensInside(
      article.paragraphs[sentence.paragraph]?.start ?? sentence.start,
      sentence.start,
    );
    const candidates = detectMentions(text, [], opensInQuotation, true);
    if (candidates.length === 0) return;
    // wink-nlp's durations can only swallow a bare year or a relative date ("the past 26
    // years", "the last year"); a day or a month is never part of one. Running it only then
    // keeps the build fast.
    const { durations, dates } = candidates.some(durationLike)
      ? winkEntities(text)
      : { durations: [], dates: [] };
    const datelineEnd = DATELINE_PREFIX.exec(text)?.[0].length ?? 0;
    const following = sentences[index + 1];
    const next =
      following?.paragraph === sentence.paragraph
        ? article.text.slice(following.start, following.end)
        : '';
    // "Residents said the pier closed on Monday. … The council denied that the pier had
    // closed.": a claim denied in the sentences after it (denied-claim.ts).
    const later = sentences
      .slice(index + 1, index + 1 + DENIAL_WINDOW)
      .map((s) => article.text.slice(s.start, s.end));
    const mentions = (
      durations.length === 0 ? candidates : detectMentions(text, durations, opensInQuotation, true)
    ).filter(
      (m) =>
        m.start >= datelineEnd &&
        !isCorrectedReportDate(text, m.start, m.end, next) &&
        !isDeniedClaimDate(text, m.start, m.end, later),
    );
    const tenses = mentions.map((m) => {
      const tense = tenseOnDayOfWriting(text, m, tenseOf(text, m.start, m.end));
      // "Fares rise from March": the start of a state, ahead (state-from.ts).
      const ahead = tense === null && startsStateAhead(text, m.start) ? 'future' : tense;
      return tenseUnder(possibilityOf(text, m.start, m.end), ahead);
    });
    // "We lost last December to the flood.", "The deadline remains 31 March.": a finished
    // sentence with a tensed verb (past, future or present) is an event even with two content
    // words; without both, so few words are a dateline or a caption. A verb that leaves its
    // date's side open is tensed still ("The vote on 14 March was agreed": called-occasion.ts).
    // "It closes on 17 April.": the pronoun stands for a noun phrase of the sentence before,
    // quoted with it (placeMentions), so it counts as the content word it stands for.
    const previous = sentences[index - 1];
    const leans = leansOnSentenceBefore(text, previous?.paragraph === sentence.paragraph);
    const words = contentWordCount(text, mentions) + (leans ? 1 : 0);
    if (words < MIN_CONTENT_WORDS) {
      const finished = /[.!?]["”’]?$/u.test(text.trim());
      const tensed =
        tenses.some((t) => t !== null) ||
        (finished &&
          (mentions.some((m) => governingMarkerWord(text, m.start, m.end) !== null) ||
            hasPresentVerb(text)));
      if (!(finished && tensed && words >= MIN_CONTENT_WORDS - 1)) return;
    }
    found.push({
      sentence: index,
      mentions: mentions.map((mention, i) => ({ mention, tense: tenses[i] ?? null })),
      unread: dates.filter(
        (date) =>
          !mentions.some((m) => overlaps(m, date)) && !durations.some((d) => overlaps(d, date)),
      ),
    });
  });
  return found;
}

/**
 * The quote of an article's sentence at `index`, citing `source`: the sentence, with the one
 * before it when it leans on it and the correction after it when it restates an error.
 */
function sentenceQuote(
  article: CleanArticle,
  sentences: readonly Sentence[],
  index: number,
  source: SourceRef,
): Quote {
  const sentence = sentences[index] as Sentence;
  const text = article.text.slice(sentence.start, sentence.end);
  // A quote never starts or ends inside a speaker's quotation the splitter cut ("…said: “There
  // is no plan to sell the market hall. Full stop.”"), as in /ask (text/quotation.ts).
  // A sentence restating an error its article corrects is quoted with the correction after
  // it, as in /ask (text/correction.ts): the timeline never shows the error alone.
  const next = sentences[index + 1];
  const corrected =
    restatesError(text) && next !== undefined && next.paragraph === sentence.paragraph;
  // "She resigned on 1 March …" names whom only with the sentence before it, as in /ask.
  const leans = leansOnSentenceBefore(text, sentences[index - 1]?.paragraph === sentence.paragraph);
  const { first, last } = outsideQuotations(
    leans ? index - 1 : index,
    corrected ? index + 1 : index,
    (s) => article.text.slice(sentences[s]!.start, sentences[s]!.end),
    (a, b) => sentences[b] !== undefined && sentences[b].paragraph === sentences[a]?.paragraph,
  );
  const from = sentences[first]!.start;
  const to = sentences[last]!.end;
  return { quote: article.text.slice(from, to), source, start: from, end: to };
}

/**
 * The sentences of an article saying a plan named by its act was given up ("has scrapped plans
 * to extend the scheme to Northgate and Fellside": dropped-plan.ts), each quoted; a heading is
 * the article's metadata, never quoted.
 */
function droppedPlanReports(
  article: CleanArticle,
  sentences: readonly Sentence[],
  source: SourceRef,
  read: ReadonlyMap<number, DroppedPlanAct> | null,
): ActReport[] {
  const reports: ActReport[] = [];
  sentences.forEach((sentence, index) => {
    const text = article.text.slice(sentence.start, sentence.end);
    const act = read === null ? droppedPlanAct(text) : (read.get(sentence.start) ?? null);
    if (act !== null && !isMetadataHeading(sentence, text, article))
      reports.push({ act, quote: sentenceQuote(article, sentences, index, source) });
  });
  return reports;
}

/** Attributes an article's detected dates: a quote of each sentence, citing `source`. */
function placeMentions(
  article: CleanArticle,
  sentences: readonly Sentence[],
  detected: readonly SentenceDates[],
  source: SourceRef,
  undated: UndatedMention[],
  articleIndex: number,
): Found[] {
  const found: Found[] = [];
  const quotations = new QuotationState(article.text);
  for (const { sentence: index, mentions, unread } of detected) {
    const sentence = sentences[index] as Sentence;
    const text = article.text.slice(sentence.start, sentence.end);
    // "“We will open on Tuesday,” she said": the speaker's Tuesday (spoken-day.ts).
    const opensInQuotation = quotations.opensInside(
      article.paragraphs[sentence.paragraph]?.start ?? sentence.start,
      sentence.start,
    );
    // "Harlow Bridge closes today for eight months" as the headline: a headline (or masthead)
    // is the article's metadata, shown with every source, never a statement of it to quote, as
    // in /ask. Checked here, not in detection, because it depends on the article's metadata.
    if (isMetadataHeading(sentence, text, article)) continue;
    const quote = sentenceQuote(article, sentences, index, source);
    for (const { mention, tense } of mentions) {
      // "the funded loan of 1891": a year naming a thing sets no narrative year (thing-date.ts).
      const thing =
        mention.kind === 'calendar' &&
        mention.year !== undefined &&
        namesThing(text, mention.start, mention.end);
      found.push({
        mention,
        sentence: index,
        paragraph: sentence.paragraph,
        tense,
        text,
        bounds: { start: sentence.start, end: sentence.end },
        quote,
        ...(thing ? { namesThing: true as const } : {}),
        ...(countedToDay(mention) && insideQuotation(text, mention.start, opensInQuotation)
          ? { spoken: true as const }
          : {}),
      });
    }
    for (const date of unread) {
      undated.push({
        text: text.slice(date.start, date.end),
        span: { sentence: { start: sentence.start, end: sentence.end }, ...date },
        reason: 'not a date expression the rules read',
        article: articleIndex,
        quote,
        tense: null,
        deadline: false,
      });
    }
  }
  return found;
}

/**
 * Reads the dates of one article of a corpus: `article` is its index, `sentences` its own
 * sentences in text order. The default is {@link detectArticleDates}; a rebuild may reuse
 * what it read of an unchanged article before.
 */
export type DateDetector = (
  article: number,
  sentences: readonly Sentence[],
) => readonly SentenceDates[];

/**
 * The plans given up that the sentences of one article of a corpus tell (dropped-plan.ts
 * `droppedPlanAct`), by each such sentence's start offset in the article's text; null when they
 * are to be read here. A build reads them beside the sentences' tagging, on its second thread
 * (engine/build-thread.ts), rather than in the timeline's own pass, which runs alone.
 */
export type PlanActReader = (article: number) => ReadonlyMap<number, DroppedPlanAct> | null;

/**
 * True when a resolved date (to `end`, for a range) lies wholly after the publication date,
 * false when wholly before it, null when it overlaps it or the publication date is unknown.
 */
function afterPublication(
  date: DateValue,
  published: DateValue | null,
  end?: DateValue,
): boolean | null {
  if (!published) return null;
  const d = { first: intervalOf(date).first, last: intervalOf(end ?? date).last };
  const p = intervalOf(published);
  if (d.first > p.last) return true;
  if (d.last < p.first) return false;
  return null;
}

/**
 * True when a range (`date` to `end`) had surely begun by the publication date (the whole of
 * its first day, month or season lies on or before it) and had not ended before it: the span
 * is under way at the time of writing. False for a point, or with no publication date.
 */
function underWay(date: DateValue, published: DateValue | null, end?: DateValue): boolean {
  if (!published || !end) return false;
  const p = intervalOf(published);
  return intervalOf(date).last <= p.last && intervalOf(end).last >= p.first;
}

/**
 * True when a date counted from the publication day lies after it by its own wording ("next
 * Saturday", "next week"), false when before it ("last Friday", "last week"), null otherwise.
 * Shown coarser than a day (a week, or a weekday in doubt, as its month), such a date may share
 * its month with the publication day, yet every reading of it lies on the side its word says.
 */
function countedSide(m: Mention): boolean | null {
  if (m.kind === 'weekday' && m.week === undefined && m.shift !== null) return m.shift === 'next';
  if (m.kind === 'relative' && m.anchor === 'publication' && m.offset !== 0) return m.offset > 0;
  return null;
}

/**
 * A month without a year under "could" with a verb of perception ("residents could see the smoke
 * in February") earlier in the year than the publication month: a past ability, this year's
 * (possibility.ts, {@link tenseUnder}). Read here, not in detection, because it depends on the
 * publication date, which detection does not see.
 */
function withPastAbility(placed: Found, published: DateValue | null): Found {
  const m = placed.mention;
  if (placed.tense !== null || published?.month === undefined) return placed;
  if (m.kind !== 'calendar' || m.month === undefined || m.season !== undefined) return placed;
  if (m.year !== undefined || m.yearOffset !== undefined || m.shift !== null || m.until)
    return placed;
  if (m.month >= published.month) return placed;
  const possibility = possibilityOf(placed.text, m.start, m.end);
  return possibility === 'ability'
    ? { ...placed, tense: tenseUnder(possibility, null, true) }
    : placed;
}

/**
 * The reports, among an article's dated sentences (`found`, resolved as `resolutions`), that a
 * plan was postponed from a day ("The strike has been postponed from 4 May to 18 June":
 * postponed-slot.ts), each with that day resolved: a day that states no year lies before the new
 * date the sentence gives it when postponed, after it when brought forward (`slotOfMove`), after
 * a recent move when moved either way (`dateAfterRecentMove`); with no new date, it is resolved as a plan's
 * day given up is, with no tense, so it takes the nearer year (resolve.ts); `slot`, the day as
 * written.
 */
function postponedSlotReports(
  found: readonly Found[],
  resolutions: readonly Resolution[],
  published: DateValue | null,
): Array<OutcomeReport & { slot: string; span: DateSpan }> {
  const reports: Array<OutcomeReport & { slot: string; span: DateSpan }> = [];
  let last = -1;
  for (const placed of found) {
    if (placed.sentence === last) continue;
    last = placed.sentence;
    const text = placed.text;
    if (!MAY_HOLD_POSTPONED_SLOT.test(text)) continue;
    for (const slot of givenUpSlots(text)) {
      const plan = postponedPlan(text, slot.start);
      if (plan === null) continue;
      // A new date read by the calendar's year rules ("to October", "to 3 March 2027"), not a
      // weekday counted from publication ("to Thursday"), whose reading says nothing of a year.
      const moved = found.findIndex(
        (p) =>
          p.sentence === placed.sentence &&
          p.mention.kind === 'calendar' &&
          (isNewDateAfter(text, slot.end, p.mention.start) ||
            isNewDateBefore(text, p.mention.end, slot.start)),
      );
      const movedTo = moved < 0 ? null : resolutions[moved]?.date;
      const { direction, ...report } = plan;
      // A move either way ("moved", "rescheduled") gave up a slot still to come at the move,
      // which news tells at or shortly before publication (committed-act.ts).
      const before = !movedTo
        ? null
        : direction === 'either'
          ? published?.month !== undefined && slot.kind === 'calendar'
            ? dateAfterRecentMove(slot, published)
            : null
          : slotOfMove(slot, movedTo, direction);
      if (before) {
        reports.push({
          date: before,
          ...report,
          quote: placed.quote,
          slot: slot.text,
          span: spanOf(placed, slot),
        });
        continue;
      }
      const [read] = resolveArticle(
        [
          {
            mention: slot,
            sentence: placed.sentence,
            paragraph: placed.paragraph,
            tense: null,
            text,
          },
        ],
        published,
      );
      if (read?.date && read.end === undefined && read.days === undefined)
        reports.push({
          date: read.date,
          ...report,
          quote: placed.quote,
          slot: slot.text,
          span: spanOf(placed, slot),
        });
    }
  }
  return reports;
}

/**
 * Finds and resolves the dates of every article of a corpus; `detect` reads each article's
 * dates (default {@link detectArticleDates}), `planActs` the plans given up its sentences tell
 * (default: read here).
 *
 * @returns the dated mentions (one per date per sentence) and those left undated
 */
export function collectMentions(
  corpus: Corpus,
  detect: DateDetector = (article, sentences) =>
    detectArticleDates(corpus.articles[article] as CleanArticle, sentences),
  planActs: PlanActReader = () => null,
): {
  dated: DatedMention[];
  undated: UndatedMention[];
  /** Sentences saying a plan on a date was called off, postponed or put on hold (later-outcome.ts). */
  outcomes: OutcomeReport[];
  /** Sentences saying a plan named by its act was given up (dropped-plan.ts). */
  acts: ActReport[];
} {
  const acts: ActReport[] = [];
  const dated: DatedMention[] = [];
  const undated: UndatedMention[] = [];
  const outcomes: OutcomeReport[] = [];
  const byArticle = groupByArticle(corpus.sentences, corpus.articles.length);
  corpus.articles.forEach((article, articleIndex) => {
    const source = sourceOf(article);
    // The day the story speaks from: its dateline's weekday's, else its publication's
    // (dateline-day.ts): "today" and "yesterday" count from it.
    const spokenFrom = article.meta.datelineDay ?? article.meta.published;
    const published = spokenFrom ? parseIsoDate(spokenFrom) : null;
    const sentences = byArticle[articleIndex] ?? [];
    const articleStory = `${article.meta.title}\n${article.headline ?? ''}\n${article.text}`;
    const found = placeMentions(
      article,
      sentences,
      detect(articleIndex, sentences),
      source,
      undated,
      articleIndex,
    ).map((placed) => withPastAbility(placed, published));
    const resolutions = resolveArticle(found, published);
    acts.push(...droppedPlanReports(article, sentences, source, planActs(articleIndex)));
    const postponed = postponedSlotReports(found, resolutions, published);
    outcomes.push(...postponed);
    // "The opening has been postponed from September 2025 to March 2026": the slot given up is
    // the day of the plan it was, an entry of its own unless a planned entry of that day shows
    // the report as its outcome (later-outcome.ts `withLaterOutcomes`).
    for (const { date, slot, quote, span } of postponed)
      dated.push({
        ...partOfMonth(date, sentenceOf(quote, span), [span.start]),
        date,
        future: false,
        givenUp: true,
        since: false,
        deadline: false,
        text: slot,
        span,
        article: articleIndex,
        quote,
      });
    const redundant = redundantReadings(found, resolutions);
    const seen = new Set<string>();
    // How many dates of each sentence (by its index: a quote may hold the sentence before it too,
    // whose dates are not this sentence's) date an act, not after "since": a
    // state since a date in such a sentence is not that act (since-state.ts), and a date closing
    // an object's event noun phrase beside another of them, or under an act told as ahead when
    // the date has passed, dates that event (object-event.ts).
    const actDates = new Map<number, number>();
    found.forEach((placed, i) => {
      if (!resolutions[i]?.date || redundant.has(i)) return;
      if (placed.mention.kind === 'calendar' && placed.mention.since) return;
      actDates.set(placed.sentence, (actDates.get(placed.sentence) ?? 0) + 1);
    });
    found.forEach((placed, i) => {
      const resolution = resolutions[i];
      if (!resolution || redundant.has(i)) return;
      // A date that tells no event is left out of the timeline, with why (buildTimelineDetailed's
      // `undated`).
      const leaveUndated = (reason: string): void => {
        undated.push({
          text: placed.mention.text,
          span: spanOf(placed),
          reason,
          article: articleIndex,
          quote: placed.quote,
          tense: placed.tense,
          deadline: false,
        });
      };
      // "Correction, 12 June 2026: …": the day the article changed, no day of its story
      // (update-line.ts); it anchored its paragraph's days while resolving, above.
      if (inNoteStamp(placed.text, placed.mention.start, placed.mention.end))
        return leaveUndated(
          'the date stamp of a note about the article (an update or a correction)',
        );
      // "This article updates our report of 5 December 2024": when the coverage appeared.
      if (datesOwnPublication(placed.text, placed.mention.start))
        return leaveUndated('the date of a piece of the outlet\'s own coverage ("our report of")');
      // "two days before 31 March": the event is two days from the date written, not on it.
      const offset = offsetBefore(placed.text, placed.mention.start, placed.mention.end);
      // "reopen on 1 May rather than 17 April": the standard of a comparison tells no act of its
      // date whether or not its year is known (comparison-standard.ts), so a yearless one is not
      // shown under its month and day either.
      const whenClause = whenClauseOf(placed.text, placed.mention.start, placed.mention.end);
      const standard =
        whenClause === null &&
        inComparisonStandard(placed.text, placed.mention, placed.mention.start);
      const standardReason =
        'in the standard of a comparison ("compared with September last year"): the date of what is compared against';
      if (resolution.date === null && standard) return leaveUndated(standardReason);
      if (resolution.date === null) {
        const m = placed.mention;
        // A yearless anchor is shown under its month and day, never the shifted event's.
        const partial =
          offset === null && m.kind === 'calendar' && m.month !== undefined && m.shift === null
            ? {
                month: m.month,
                day: m.day,
                // "runs from June 3 to June 7": a yearless range keeps its end, yearless too.
                ...(m.until?.month !== undefined || m.until?.day !== undefined
                  ? { until: { month: m.until.month ?? m.month, day: m.until.day } }
                  : {}),
              }
            : undefined;
        undated.push({
          text: m.text,
          span: spanOf(placed),
          reason: resolution.reason,
          article: articleIndex,
          quote: placed.quote,
          tense: placed.tense,
          ...boundOf(placed.text, m.start, m.end, placed.tense),
          ...(partial ? { partial } : {}),
        });
        return;
      }
      // "The strike planned for next month has been called off": no event falls on the day of a
      // plan called off; only when it was called off, if the sentence says (called-off.ts).
      const calledOff = calledOffPlan(placed.text, placed.mention.start, placed.mention.end);
      if (calledOff !== null) {
        // A plan's outcome, for the planned entry of that day in an earlier article.
        // Not a day counted from it ("two days before"), nor a range or a week: one date, as read.
        const single =
          offset === null && resolution.end === undefined && resolution.days === undefined;
        if (single) outcomes.push({ date: resolution.date, ...calledOff, quote: placed.quote });
        // "The vote, initially set for 9 October, was postponed": the day is a plan's since moved,
        // shown as such unless a planned entry of that day shows the report as its outcome, as a
        // slot postponed "from" it is (postponed-slot.ts); a plan called off or put on hold has
        // no day any more.
        if (single && calledOff.outcome === 'postponed') {
          dated.push({
            ...partOfMonth(
              resolution.date,
              placed.text,
              sameMonthStarts(found, resolutions, i, resolution.date),
            ),
            date: resolution.date,
            future: false,
            givenUp: true,
            since: false,
            deadline: false,
            text: placed.mention.text,
            span: spanOf(placed),
            article: articleIndex,
            quote: placed.quote,
          });
          return;
        }
        return leaveUndated('the day of a plan its sentence says was called off or put on hold');
      }
      // "will not be finished by the end of April": after the date, at no day stated (deadline.ts).
      if (negatedBy(placed.text, placed.mention.start))
        return leaveUndated('a negated "by": what it tells comes after the date, at no day stated');
      // "Elsewhere in the Post this week: plans … go before the committee next month": the
      // edition's time, framing a clause dated by itself (lead-in.ts); so is a weekday there,
      // even alone ("Tuesday: … voted on 2 March"), whose side only that clause's tense tells.
      const sideFromClause = SIDE_FROM_CLAUSE.has(placed.mention.kind);
      if (
        (sideFromClause ||
          (placed.mention.kind === 'relative' && placed.mention.anchor === 'publication')) &&
        framesLeadIn(
          placed.text,
          placed.mention.start,
          placed.mention.end,
          found
            .filter((other, j) => j !== i && other.quote.start === placed.quote.start)
            .map((other) => other.mention.start),
          sideFromClause,
        )
      )
        return leaveUndated('the time of writing in a lead-in framing the clause after its colon');
      // "since Monday, when cracks were confirmed": a "when" clause of the date tells its own act
      // of it, listed there (when-clause.ts).
      // "have sent more than 200 cards since March": the date opens a stretch of recurring
      // acts to the time of writing; none of them falls on it (since-tally.ts).
      const tally = isTallySince(placed.text, placed.mention.start, placed.mention.end);
      if (tally && whenClause === null)
        return leaveUndated(
          'opens a stretch of repeated acts running to the time of writing (a tally since it)',
        );
      // "had faced an attempted attack since 2020": at least once in the stretch the date opens,
      // never said when (since-occurrence.ts).
      if (
        whenClause === null &&
        isOccurrenceSince(placed.text, placed.mention.start, placed.mention.end)
      )
        return leaveUndated('opens a stretch in which its event came about, at a time not told');
      // "the largest since 2011": the date bounds a comparison; nothing happened on it
      // (comparison-since.ts). A clause after "since" tells its own act of the date ("since
      // records began in 1910"): the quote is listed there, marked as the clause's date (below).
      const compared =
        isComparisonSince(placed.text, placed.mention.start, placed.mention.end) &&
        comparedSinceClause(placed.text, placed.mention.start, placed.mention.end) === null;
      if (compared && whenClause === null)
        return leaveUndated('bounds a comparison ("the largest since 2011"): tells no act of it');
      // "fell by 11 per cent compared with September last year": the date is the standard's, what
      // the event is compared against; it tells no act of its own (comparison-standard.ts).
      if (standard) return leaveUndated(standardReason);
      const shifted = offset === null ? resolution : shiftBy(resolution, offset);
      if (shifted.date === null) return leaveUndated(shifted.reason);
      const date = shifted.date;
      // One date of one sentence is listed once: keyed by the sentence, not its quote's start,
      // which the sentence before shares when this one leans on it ("The firm was sold last year.
      // It cut the Tarnby route last year": two acts of 2025).
      const key = `${placed.sentence}|${date.precision}|${formatDate(date)}|${shifted.end ? formatDate(shifted.end) : ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      const since = placed.mention.kind === 'calendar' && placed.mention.since;
      // What started "since" a date lies in the past, whatever follows it in the sentence.
      // Inside a dated note ("Update, 10 April: …") the time of writing is the note's day: "the
      // replay will be held on 20 April" told there is ahead of it. A note without a day of its
      // own was written on a day after publication that it does not state: only its tense says
      // which side of that day a date lies ("Correction: The regatta was rowed on 16 June").
      const note = NOTE_LABEL.test(placed.quote.quote);
      const writtenOn = (resolution.date && resolution.writtenOn) ?? (note ? null : published);
      const after = afterPublication(date, writtenOn, shifted.end) ?? countedSide(placed.mention);
      // "had been scheduled for October 7 but was postponed": a plan given up is no longer
      // expected, whichever side of publication its day lies on. "was originally due to open in
      // September 2025": the original plan's day, once come, was not kept (rescheduled.ts); one
      // still ahead is read by its side of publication, as the news gold written blind reads it.
      // "The regatta had been due on 2 August" in an article telling the regatta moved: the
      // past perfect's reference time is before the change (rescheduled.ts
      // `articleTellsChange`), so the day is a plan since changed, even one still ahead.
      const planNoun = pastPerfectPlanNoun(placed.text, placed.mention.start);
      const givenUp =
        (placed.tense !== 'future' &&
          (isGivenUpPlan(placed.text, placed.mention.start) ||
            (after !== true && isOriginalPlan(placed.text, placed.mention.start)))) ||
        (planNoun !== null && articleTellsChange(articleStory, planNoun));
      // "runs from 1 to 20 November", published 12 November: a span begun by publication and
      // not yet over is under way, neither wholly ahead nor past.
      // "the summer season now under way": said to hold the time of writing (under-way.ts).
      const ongoing =
        after === null &&
        (underWay(date, writtenOn, shifted.end) || statedUnderWay(placed.text, placed.mention.end));
      const future = !since && !givenUp && !ongoing && (after ?? placed.tense === 'future');
      // "could reopen in February", "if the vote fails in February": a possibility or a
      // condition tells of no event on its date, not even an expected one: what may not come
      // about is neither planned nor reported (possibility.ts).
      if (
        supposes(possibilityOf(placed.text, placed.mention.start, placed.mention.end), placed.tense)
      )
        return leaveUndated('a possibility or a condition: it may not come about');
      // "ruled out closing the road in June": an act excluded, told as not to come (ruled-out.ts).
      if (ruledOut(placed.text, placed.mention.start, placed.mention.end))
        return leaveUndated('an act ruled out: told as not to come about');
      // "halted since the Oct. 14 explosion": the date is the explosion's; the act lies after
      // it (anchor.ts). Not when an offset moved the date to the act's own day ("two days after
      // the 3 May vote").
      const { start, end } = placed.mention;
      const anchored = offset === null ? anchoredOccasion(placed.text, start, end) : null;
      const dates =
        (tally || compared ? whenClause : null) ??
        namedThing(placed.text, start, end) ??
        reducedRelativeThing(placed.text, start, end) ??
        comparedSinceClause(placed.text, start, end) ??
        anchored ??
        // "have been damaged since the hire desk opened in April": the opening's date, which opens
        // the period of the main clause's acts (since-clause.ts).
        sinceClause(placed.text, start, end) ??
        (since && actDates.has(placed.sentence) ? sinceState(placed.text, start, end) : null) ??
        (!since && ((actDates.get(placed.sentence) ?? 0) > 1 || aheadYetPast(placed.tense, after))
          ? (objectEvent(placed.text, start, end) ??
            // "Engineers will assess the landslide of 9 March", published 11 March: the date
            // passed is the landslide's, not the assessing's (occasion-side.ts).
            (aheadYetPast(placed.tense, after) ? ofThingPhrase(placed.text, start, end) : null))
          : null);
      // "opened for anyone who was on the lift on Saturday": the clause's date, not the opening's
      // (relative-clause.ts). Read last: a note naming the occasion itself says more.
      const clause =
        dates === null
          ? (relativeClauseOf(placed.text, start, end) ??
            // "…issued a warning on Friday. It was not clear last night …": the second
            // sentence's date is its own (own-sentence.ts).
            ownSentenceOf(
              placed.quote.quote,
              placed.text,
              end,
              found.some(
                (other, j) =>
                  other.sentence < placed.sentence &&
                  other.quote.end <= placed.quote.end &&
                  other.quote.start >= placed.quote.start &&
                  !!resolutions[j]?.date &&
                  !redundant.has(j) &&
                  // a date of the earlier sentence's own act, not of its relative clause
                  relativeClauseOf(other.text, other.mention.start, other.mention.end) === null &&
                  !clauseAround(other.text, other.mention.start, other.mention.end).startsWith(','),
              ),
            ))
          : null;
      dated.push({
        ...(dates === null ? {} : { dates: verbatimNote(placed.quote.quote, dates) }),
        ...(clause === null
          ? {}
          : { dates: verbatimNote(placed.quote.quote, clause), clauseDate: true as const }),
        ...(placed.mention.kind === 'calendar' && placed.mention.approximate
          ? { approximate: true as const }
          : {}),
        date,
        ...(shifted.end ? { end: shifted.end } : {}),
        ...(shifted.days
          ? { days: shifted.days }
          : partOfMonth(date, placed.text, sameMonthStarts(found, resolutions, i, date))),
        future,
        ...(ongoing ? { ongoing: true as const } : {}),
        ...(givenUp ? { givenUp: true as const } : {}),
        since,
        // "cleared the road before the 9 March vote": the date is the vote's, no bound of its
        // own (as "by Friday's vote", deadline.ts).
        ...(anchored === null
          ? boundOf(placed.text, start, end, placed.tense, after)
          : { deadline: false }),
        text: placed.mention.text,
        span: spanOf(placed),
        article: articleIndex,
        quote: placed.quote,
      });
    });
  });
  return { dated, undated, outcomes, acts };
}
