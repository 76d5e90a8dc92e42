/**
 * Later reports of a plan's outcome: a planned entry ("The union has named four strike days: …
 * and 20 November.", marked expected at the time of writing) shows, quoted and attributed, a later
 * article's sentence saying that the same planned event was called off, postponed or put on hold
 * ("The 20 November strike was called off by the union on Tuesday.").
 *
 * A plan's day is its reference time and the report's calling off an event after it (Reichenbach
 * 1947): what became of the plan is its outcome (plan.ts `OUTCOME`), which the plan's own article,
 * written before, cannot tell. The report is of the same planned event only when it names the
 * same event and the same date, both read by the rules that date every sentence:
 *
 * - the date: the day of a plan its sentence says has been called off (called-off.ts), resolved
 *   by the documented date rules to the entry's date at the entry's precision;
 * - the event: an event noun of the report's plan phrase (event-noun.ts: "strike", "walkout",
 *   "meeting") that a source of the entry uses too, or a WordNet synonym or direct hypernym of
 *   one, either way (a second reference to the same event: "the walkout … the strike"), or a verb
 *   whose act the noun names ("the 2027 extension" for "will be extended in 2027"), so "The
 *   20 November meeting has been cancelled" is no outcome of a strike planned for that day; or,
 *   when the plan phrase's head is a general noun of a plan ("scheme", "plan", "strategy":
 *   plan-noun-sense.ts), the words that classify it, premodifying a noun in a source of the
 *   entry ("The park-and-ride scheme" for "A park-and-ride service … is planned to start next
 *   month": {@link classifiedPlan});
 * - the order: the report's article states a publication day later than every source's of the
 *   entry. An article without a stated day links nothing, and neither does an entry with such a
 *   source: which came first is then unknown.
 *
 * Nothing else is linked: a report whose link is not certain by these tests is left out, as no
 * outcome is better than a wrong one. The work is one look-up per report in a map of the planned
 * entries by date, so it grows with the reports, not with the corpus squared.
 */
import type { DateValue } from '../text/calendar.js';
import { formatDate, intervalOf, parseIsoDate } from '../text/calendar.js';
import { namesPlannedAct, type DroppedPlanAct } from './dropped-plan.js';
import { actLemmas } from './nominal-plan.js';
import type { Quote } from '../types/quote.js';
import type { PlanOutcome, TimelineEvent } from '../types/timeline.js';
import { baseForms } from '../search/dictionary-words.js';
import { wordnetSynsets } from '../search/wordnet-relations.js';
import { eventSenses, namesEvent } from './event-noun.js';
import { atSameVenue } from './same-venue.js';
import type { PlanOutcomeKind } from './called-off.js';
import { PLAN_CUES } from './plan-words.js';
import { isPlanNoun } from './plan-noun-sense.js';
import { PREPOSITION } from './preposition.js';
import { DETERMINERS } from '../text/determiners.js';
import { wordIn } from '../text/word-class.js';
import { escapeRegExp } from '../text/escape.js';

/** A sentence of an article saying a plan on a date has been called off (called-off.ts). */
export interface OutcomeReport {
  /** The plan's date, resolved by the date rules. */
  date: DateValue;
  outcome: PlanOutcomeKind;
  /** The words of the plan's noun phrase besides its date, as written ("The stoppage planned for"). */
  phrase: string;
  /** The report's sentence, verbatim, with its source. */
  quote: Quote;
}

/**
 * A sentence of an article saying a plan named by its act was given up, with no date of the
 * plan's own ("The council has scrapped plans to extend the scheme to Northgate and Fellside":
 * dropped-plan.ts).
 */
export interface ActReport {
  act: DroppedPlanAct;
  /** The report's sentence, verbatim, with its source. */
  quote: Quote;
}

/** Most outcomes shown for one entry: the earliest reports; more add nothing a reader needs. */
export const MAX_OUTCOMES = 3;

/** A publication day as the article states it, `YYYY-MM-DD`; null when coarser or not stated. */
function statedDay(published: string | null): string | null {
  return published !== null && /^\d{4}-\d{2}-\d{2}$/u.test(published) ? published : null;
}

/** True when `event` is a planned entry a later report may link to: ahead, its year stated, no span. */
function isPlannedEntry(event: TimelineEvent): boolean {
  return event.future && event.yearStated && event.end === undefined;
}

/** True when every source of `event` states a publication day before `day` (`YYYY-MM-DD`). */
function allSourcesBefore(event: TimelineEvent, day: string): boolean {
  return event.quotes.every((q) => {
    const planDay = statedDay(q.source.published);
    return planDay !== null && planDay < day;
  });
}

/** The base forms of a word ("strikes" → "strike"), lower case. */
function lemmas(word: string): string[] {
  return baseForms(word.toLowerCase());
}

/** The words of a text, as written. */
const wordsOf = (text: string): string[] => text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];

/** A possessor ("the union's", "drivers'"): the owner of what the phrase names, not the event. */
const POSSESSOR = /['’]s?$/u;

/** Words of planning before or after a plan's noun: "the planned walkout", "the strike set for". */
const PLAN_WORD = wordIn([...PLAN_CUES, 'proposed', 'upcoming']);
/** A determiner, opening the plan's noun phrase. */
const IS_DETERMINER = wordIn(DETERMINERS);
/** Words that close the plan's noun and its premodifiers: a relative pronoun, "while", "during". */
const CLOSES_HEAD = wordIn(['that', 'which', 'who', 'while', 'during', 'after', 'before']);

/**
 * The plan's noun with its premodifiers, from the words of its noun phrase (called-off.ts
 * `phrase`): after its determiners and words of planning, up to a preposition, a word of planning
 * or a relative clause, possessors left out ("the strike by drivers planned for" → "strike"; "the
 * union's 20 November strike" → "strike"), so a noun of a postmodifier ("by the union") or a
 * possessor is not read as the planned event.
 */
function headWords(phrase: string): string[] {
  const words = wordsOf(phrase);
  // A determiner opens the phrase only before its first preposition: in "extension of the Mill
  // Street line" (after "Next year's", itself the determiner) "the" opens the postmodifier.
  const opens = words.findIndex((w) => IS_DETERMINER.test(w) || PREPOSITION.test(w));
  let at = opens >= 0 && IS_DETERMINER.test(words[opens]!) ? opens + 1 : 0;
  while (at < words.length && (IS_DETERMINER.test(words[at]!) || PLAN_WORD.test(words[at]!))) at++;
  const head: string[] = [];
  for (; at < words.length; at++) {
    const word = words[at]!;
    if (PREPOSITION.test(word) || PLAN_WORD.test(word) || CLOSES_HEAD.test(word)) break;
    if (!POSSESSOR.test(word)) head.push(word);
  }
  return head;
}

/**
 * The names under which a text's event nouns may be referred to again: each noun's base forms,
 * the words of its most frequent senses that name what happens (event-noun.ts) and of those
 * senses' direct hypernyms ("walkout" → "strike": a second reference by a more general noun,
 * "the walkout … the strike"), lower case. A hypernym that heads its lexicographer file ("act,
 * deed", above "stoppage") is no second name of one event: it names any act of its kind, so it is
 * left out.
 */
function eventNames(words: readonly string[]): Set<string> {
  const names = new Set<string>();
  const read = wordnetSynsets();
  for (const word of words) {
    if (!namesEvent(word)) continue;
    for (const lemma of lemmas(word)) {
      names.add(lemma);
      for (const sense of eventSenses(lemma)) {
        for (const w of sense.words) names.add(w);
        for (const [pos, offset] of sense.hypernyms) {
          const hypernym = read(pos, offset);
          const headsItsFile = !hypernym.hypernyms.some(
            ([p, o]) => read(p, o).lexFile === hypernym.lexFile,
          );
          if (!headsItsFile) for (const w of hypernym.words) names.add(w);
        }
      }
    }
  }
  return names;
}

/**
 * The verbs whose act the head noun of a plan phrase names ("extension" → "extend", "upgrade" →
 * "upgrade": nominal-plan.ts `actLemmas`), so "The 2027 extension has been scrapped" names the
 * event of "The line will be extended in 2027" (a deverbal noun names its verb's act, Quirk et al.
 * 1985, §17.51–17.54); none when the head is no noun of an act.
 */
function actVerbs(head: readonly string[]): string[] {
  const noun = head[head.length - 1];
  return noun === undefined || !/^\p{Ll}/u.test(noun) ? [] : actLemmas(noun);
}

/** True when a word of `text` is one of `names` (any inflection). */
function usesName(text: string, names: ReadonlySet<string>): boolean {
  return wordsOf(text).some((word) => lemmas(word).some((lemma) => names.has(lemma)));
}

/**
 * True when the head of the report's plan phrase (`head`, whose names are `headNames`) and a
 * plan's quote name one event: a noun of either is, by {@link eventNames}, a name of an event
 * noun of the other.
 */
function sameEventNoun(
  head: readonly string[],
  headNames: ReadonlySet<string>,
  plan: string,
): boolean {
  if (usesName(plan, headNames)) return true;
  const planNames = eventNames(wordsOf(plan));
  return head.some((word) => lemmas(word).some((lemma) => planNames.has(lemma)));
}

/**
 * True when the head of a report's plan phrase (`head`, "park-and-ride scheme") is a general
 * noun of a plan with the words that classify it, and those words, as written in that order,
 * premodify a noun in `plan`, a source of a planned entry ("A park-and-ride service … is planned
 * to start next month"). A general noun refers back to a thing already named, and carries no
 * name of its own (Halliday & Hasan 1976, §6.2 on general nouns in reiteration); its
 * classifier is what names the planned thing, so the thing is the one the plan's source
 * classifies alike. Never with the head alone ("the scheme"), which any plan could be.
 */
function classifiedPlan(head: readonly string[], plan: string): boolean {
  const noun = head[head.length - 1];
  if (noun === undefined || head.length < 2 || !isPlanNoun(noun)) return false;
  const classifier = head
    .slice(0, -1)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
  return new RegExp(String.raw`(?<![\p{L}-])${classifier}\s+\p{L}`, 'iu').test(plan);
}

/** The key of a date at its precision: `2026-11-20/day`. */
const keyOf = (date: string, precision: string): string => `${date}/${precision}`;

/**
 * Adds to each planned entry of `events` the later reports of its outcome that name its event and
 * date (see the module note), at most {@link MAX_OUTCOMES}, earliest article first. Entries are
 * returned in the same order; an entry with no report linked is returned as it was, and an entry
 * of a slot given up whose every quote is such a linked report, of its date, is left out.
 *
 * @param events the timeline's entries, merged
 * @param reports every sentence of the corpus saying a plan on a date was called off
 */
export function withLaterOutcomes(
  events: readonly TimelineEvent[],
  reports: readonly OutcomeReport[],
  acts: readonly ActReport[] = [],
): TimelineEvent[] {
  if (reports.length === 0 && acts.length === 0) return [...events];
  const planned = new Map<string, number[]>();
  events.forEach((event, i) => {
    if (!isPlannedEntry(event)) return;
    const key = keyOf(event.date, event.precision);
    planned.set(key, [...(planned.get(key) ?? []), i]);
  });
  const found = new Map<number, Array<{ day: string; outcome: PlanOutcome }>>();
  for (const report of reports) {
    const day = statedDay(report.quote.source.published);
    const candidates = planned.get(keyOf(formatDate(report.date), report.date.precision));
    if (day === null || candidates === undefined) continue;
    const head = headWords(report.phrase);
    const names = new Set([...eventNames(head), ...actVerbs(head)]);
    // An event noun placed at a venue on a day: the same occasion as a plan there that day,
    // whatever word the plan uses for it (same-venue.ts).
    const noun = head[head.length - 1];
    const atVenue = report.date.precision === 'day' && noun !== undefined && namesEvent(noun);
    for (const i of candidates) {
      const event = events[i] as TimelineEvent;
      const later = allSourcesBefore(event, day);
      const same = (q: Quote): boolean =>
        (names.size > 0 && sameEventNoun(head, names, q.quote)) ||
        classifiedPlan(head, q.quote) ||
        (atVenue && atSameVenue(report.phrase, q.quote));
      if (!later || !event.quotes.some(same)) continue;
      const list = found.get(i) ?? [];
      // One report per sentence: the same sentence may date two plans' days.
      if (list.some((f) => sameQuote(f.outcome.quote, report.quote))) continue;
      list.push({ day, outcome: { outcome: report.outcome, quote: report.quote } });
      found.set(i, list);
    }
  }
  for (const { index: i, day, report } of actOutcomes(events, acts)) {
    const list = found.get(i) ?? [];
    if (list.some((f) => sameQuote(f.outcome.quote, report.quote))) continue;
    list.push({ day, outcome: { outcome: report.act.outcome, quote: report.quote } });
    found.set(i, list);
  }
  // A slot given up that a planned entry shows as its outcome is told there, not again as the
  // day of a plan since changed (events.ts): one report, one place.
  const linked = [...found.entries()].flatMap(([i, list]) =>
    list.map((f) => ({ date: events[i]!.date, quote: f.outcome.quote })),
  );
  const toldAsOutcome = (event: TimelineEvent): boolean =>
    event.givenUp === true &&
    event.quotes.every((q) => linked.some((l) => l.date === event.date && sameQuote(l.quote, q)));
  return events.flatMap((event, i) => {
    if (toldAsOutcome(event)) return [];
    const list = found.get(i);
    if (list === undefined) return [event];
    const outcomes = [...list]
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
      .slice(0, MAX_OUTCOMES)
      .map((f) => f.outcome);
    return [{ ...event, outcomes }];
  });
}

/**
 * The planned entries of `events` each report of a plan's act given up (`acts`) names: a source
 * of the entry names the same act on the same things (dropped-plan.ts `namesPlannedAct`), every
 * source was published before the report, and the entry's time had not all passed by the
 * report's publication, as a plan is given up before it is carried out. Planned entries are
 * looked up by the words of their sources, so the work grows with the reports' arguments, not
 * with reports times entries.
 */
function actOutcomes(
  events: readonly TimelineEvent[],
  acts: readonly ActReport[],
): Array<{ index: number; day: string; report: ActReport }> {
  if (acts.length === 0) return [];
  const byWord = new Map<string, Set<number>>();
  events.forEach((event, i) => {
    if (!isPlannedEntry(event)) return;
    for (const q of event.quotes)
      for (const word of wordsOf(q.quote))
        for (const lemma of lemmas(word))
          byWord.set(lemma, (byWord.get(lemma) ?? new Set()).add(i));
  });
  const linked: Array<{ index: number; day: string; report: ActReport }> = [];
  for (const report of acts) {
    const day = statedDay(report.quote.source.published);
    const published = day === null ? null : parseIsoDate(day);
    const [first] = report.act.arguments;
    if (day === null || published === null || first === undefined) continue;
    const reportDay = intervalOf(published).first;
    const candidates = new Set(lemmas(first).flatMap((l) => [...(byWord.get(l) ?? [])]));
    for (const i of candidates) {
      const event = events[i] as TimelineEvent;
      const date = parseIsoDate(event.date);
      if (date === null) continue;
      const stillAhead = intervalOf({ ...date, precision: event.precision }).last >= reportDay;
      const earlier = allSourcesBefore(event, day);
      if (stillAhead && earlier && event.quotes.some((q) => namesPlannedAct(report.act, q.quote)))
        linked.push({ index: i, day, report });
    }
  }
  return linked;
}

function sameQuote(a: Quote, b: Quote): boolean {
  return a.source.id === b.source.id && a.start === b.start && a.end === b.end;
}
