/**
 * One vote counted twice: "Councillors approved the reopening of Wheal Maren last night by eight
 * votes to three" (published Wednesday 5 November) / "Wheal Maren will reopen after Kerrow
 * County Council's planning committee voted seven to four in favour on Tuesday" (Thursday 6
 * November). A tally (fact-values.ts) is the result of one vote; two tallies of a vote on the
 * same day about the same named thing are one result reported twice, and when they differ the
 * sources differ on the number, however differently the rest is worded (the shared words are too
 * few for fact-relation.ts to take the passages for one event).
 *
 * Claimed only when it is exact: each passage states one tally and no other tally-free count is
 * needed; both state the day, resolved from their own publication dates to the same single day
 * (fact-resolved-time.ts: "last night" and "on Tuesday" above are both 4 November), or, when
 * either leaves the day unknown, the articles are published at most
 * `SEARCH_OPTIONS.facts.measureMaxDaysApart` days apart (taken as of one time, as counts are:
 * fact-measures.ts `publishedClose`) and do not name two bodies as the voters ("Councillors
 * approved …" / "the planning committee voted …" are two votes, a committee's and a council's,
 * whatever their days): the day is never guessed, but one named thing voted on once in the days
 * both report is one vote; both name the same thing (a name both hold: "Wheal Maren"; or, with
 * no name shared, one motion named alike by a definite phrase, "the levy", with tallies that
 * agree or share a side: `oneMotion`); both vote
 * in the same words ("votes" / "voted"), or each in a word of deciding by vote ("voted 14 to 5" /
 * "was carried 13-6"; scoring words such as "won" or "beat" do not count, a score being no vote);
 * and each tally is told as having happened: no denial, plan or condition governs it, read where
 * it stands, the timeline's tense at the tally being the past ("will reopen after the committee
 * voted seven to four": the "will" is the reopening's, the vote is past).
 */
import { SEARCH_OPTIONS } from '../options.js';
import { stem } from '../../text/terms.js';
import { tenseOf } from '../../timeline/tense.js';
import { stancesBefore } from './fact-event.js';
import type { Stance } from './fact-stance.js';
import { calendarDatesOf, resolvedDays, type PassageTime } from './fact-resolved-time.js';
import type { DayInterval } from '../../text/calendar.js';
import { publishedClose } from './fact-measures.js';
import {
  NUMBER_WORD_LIST,
  voteWords,
  type FactValues,
  type PositionedValue,
} from './fact-values.js';
import type { UnitOccurrence } from './fact-participants.js';
import { motionOf } from './fact-motion.js';
import { matchesOf } from '../../text/matches-of.js';

/** What a passage needs to be read here (fact-analysis.ts `AnalysedFact`). */
export interface TalliedSource {
  text: string;
  values: FactValues;
  stances: ReadonlyMap<Stance, number>;
  sequence: readonly UnitOccurrence[];
  time: PassageTime;
}

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** The one tally a passage states, or null. */
function tallyOf(source: TalliedSource): PositionedNumber | null {
  const tallies = source.values.positioned.flatMap((v) =>
    'number' in v && v.kind === 'tally' ? [v] : [],
  );
  return tallies.length === 1 ? (tallies[0] as PositionedNumber) : null;
}

/**
 * The one span of days a passage's time denotes ("in December 2024": its first and last day),
 * or null when it names none, several, or any unknown.
 */
function spanOf(source: TalliedSource, published: string | null): DayInterval | null {
  const counted = resolvedDays(source.time, published);
  if (counted === null) return null;
  const days = [...calendarDatesOf(source.time, published).map((date) => date.period), ...counted];
  return days.length === 1 ? (days[0] ?? null) : null;
}

/**
 * True when one passage names a single day and the other one span of days holding it ("on 11
 * December" in an article of 12 December 2024 / "in December 2024"): one time told at two
 * precisions, as a date with its day and one with its month only may be (fact-values.ts
 * `compatibleDates`). Read for tallies that agree only: the same count of one named thing's vote
 * within a month it took place in is that vote's result; a different count in the same month
 * may be another vote, so no dispute is read from it.
 */
function dayInSpan(
  a: TalliedSource,
  b: TalliedSource,
  published: readonly [string | null, string | null],
): boolean {
  const x = spanOf(a, published[0]);
  const y = spanOf(b, published[1]);
  if (x === null || y === null) return false;
  const single = (d: DayInterval) => d.first === d.last;
  const holds = (day: DayInterval, span: DayInterval) =>
    single(day) && span.first <= day.first && day.last <= span.last;
  return holds(x, y) || holds(y, x);
}

/** The single day a passage's time denotes (days since 1970-01-01), or null. */
function dayOf(source: TalliedSource, published: string | null): number | null {
  const days = resolvedDays(source.time, published);
  if (days === null || days.length === 0) return null;
  const [first] = days;
  return days.every((d) => d.first === first?.first && d.last === first.first)
    ? (first?.first ?? null)
    : null;
}

/** The stances that govern a tally: those before it, a future's only when its tense is not past. */
function stancesAt(source: TalliedSource, tally: PositionedNumber): Set<Stance> {
  const stances = stancesBefore(source.stances, tally.at);
  if (tenseOf(source.text, tally.at, tally.at + 1) === 'past') stances.delete('future');
  return stances;
}

const cut = (word: string) => stem(word).slice(0, SEARCH_OPTIONS.facts.namePrefix);

/**
 * The vote words both passages use (as terms: "votes" and "voted" are "vote") when they state
 * tallies of one vote that differ; null when they do not (see the file's comment).
 * `published`: the articles' publication dates, null when not stated.
 */
export function talliesDiffer(
  a: TalliedSource,
  b: TalliedSource,
  published: readonly [string | null, string | null],
): string[] | null {
  const vote = oneVote(a, b, published);
  return vote === null || vote.tallies[0] === vote.tallies[1] ? null : vote.shared;
}

/**
 * True when two passages state one tally of one vote alike (the file's comment: same day, same
 * named thing, same vote words, told as having happened), however differently the rest is worded:
 * "Trustees voted 14 to 3 on Monday to sell Pell Boathouse" / "The sale of Pell Boathouse was
 * carried by fourteen votes to three on Monday night". The counterpart of {@link talliesDiffer}:
 * what makes two differing tallies a dispute about one vote makes two equal ones that vote's
 * result reported twice. Not when one passage says the motion was lost and the other that it
 * passed ("rejected" / "approved"): a body may vote alike on two motions about one thing.
 */
export function talliesAgree(
  a: TalliedSource,
  b: TalliedSource,
  published: readonly [string | null, string | null],
): boolean {
  const vote = oneVote(a, b, published, true);
  return (
    vote !== null &&
    vote.tallies[0] === vote.tallies[1] &&
    outcomeOf(a.text) * outcomeOf(b.text) >= 0
  );
}

/**
 * True when a name of one passage shares a word with a name of the other but is not written
 * alike, and neither passage names the other's: "Pell Boathouse" / "Lark Boathouse" are two
 * boathouses, however many names the passages share besides.
 */
function namesApart(a: TalliedSource, b: TalliedSource): boolean {
  const names = (source: TalliedSource) =>
    source.sequence.filter((unit) => unit.name).map((unit) => unit.keys.join(' '));
  const na = names(a);
  const nb = names(b);
  const words = (name: string) => new Set(name.split(' '));
  return na.some(
    (x) =>
      !nb.includes(x) &&
      nb.some((y) => !na.includes(y) && [...words(x)].some((word) => words(y).has(word))),
  );
}

/** Words of voting that say the motion passed, and those that say it failed. */
const PASSED = /\b(?:pass(?:ed|es)?|approved|carried|backed|in\s+favou?r)\b/i;
const FAILED = /\b(?:rejected|defeated|lost|against|threw\s+out|voted\s+down)\b/i;

/** 1 when a passage says the vote passed, -1 when it says it failed, 0 when neither or both. */
function outcomeOf(text: string): number {
  return (PASSED.test(text) ? 1 : 0) - (FAILED.test(text) ? 1 : 0);
}

/**
 * The two passages' tallies and shared vote words when they may count one vote (the file's
 * comment), their tally values compared by the caller; null when they may not. `agreeing`: read
 * for equal tallies, which a day within the other's span of days may join ({@link dayInSpan}).
 */
function oneVote(
  a: TalliedSource,
  b: TalliedSource,
  published: readonly [string | null, string | null],
  agreeing = false,
): { tallies: [string, string]; shared: string[] } | null {
  const x = tallyOf(a);
  const y = tallyOf(b);
  if (x === null || y === null) return null;
  const dayA = dayOf(a, published[0]);
  const dayB = dayOf(b, published[1]);
  const oneTime =
    dayA !== null && dayB !== null
      ? dayA === dayB
      : oneVoteUndated(a, b, published) ||
        (agreeing && x.number === y.number && dayInSpan(a, b, published));
  if (!oneTime) return null;
  // "Pell Boathouse" / "Lark Boathouse": two things voted on, whatever else both name.
  if (namesApart(a, b)) return null;
  const names = (source: TalliedSource) =>
    new Set(source.sequence.filter((unit) => unit.name).flatMap((unit) => unit.keys));
  const namesA = names(a);
  const namesB = names(b);
  if (![...namesA].some((key) => namesB.has(key)) && !oneMotion(a, b, namesA, namesB, x, y))
    return null;
  const wordsA = voteWords(a.text);
  const wordsB = voteWords(b.text);
  const votesB = new Set(wordsB.map(cut));
  const shared = [...new Set(wordsA.map(cut))].filter((word) => votesB.has(word));
  if (shared.length === 0 && !(wordsA.some(decidesByVote) && wordsB.some(decidesByVote)))
    return null;
  if (stancesAt(a, x).size > 0 || stancesAt(b, y).size > 0) return null;
  // Told in two words of deciding, the tallies are still the result of a vote: that is the word
  // a question about them asks with ("What was the vote on …?").
  return { tallies: [x.number, y.number], shared: shared.length > 0 ? shared : [cut('vote')] };
}

/**
 * True when two passages that share no name decide one motion named alike by a definite noun
 * phrase ("Councillors approved the levy by 27 votes to 14" / "The levy was backed by 27
 * councillors, with 15 voting against": fact-motion.ts), no more than one of them naming things
 * the other does not (two names apart may be two motions of one kind: "the Carrow budget" / "the
 * Skerry budget"). A phrase such as "the budget" identifies its referent within its own article
 * only, so two different tallies are read as one vote only when they share a side: one division
 * misreported, or told before and after a correction, differs in the count misreported, where two
 * divisions (counted votes, as Erskine May and Robert's Rules of Order describe them) would
 * seldom give one side the same count.
 */
function oneMotion(
  a: TalliedSource,
  b: TalliedSource,
  namesA: ReadonlySet<string>,
  namesB: ReadonlySet<string>,
  x: PositionedNumber,
  y: PositionedNumber,
): boolean {
  const motion = motionOf(a.text);
  if (motion === null || motion !== motionOf(b.text)) return false;
  const ownA = [...namesA].some((key) => !namesB.has(key));
  const ownB = [...namesB].some((key) => !namesA.has(key));
  if (ownA && ownB) return false;
  if (x.number === y.number) return true;
  const [forX, againstX] = x.number.split('-');
  const [forY, againstY] = y.number.split('-');
  return forX === forY || againstX === againstY;
}

/**
 * Words of voting (fact-values.ts `voteWords`, lower case) that tell a decision by vote rather
 * than a score: a match "won 3-1" is no vote.
 */
const SCORING = /^(?:won|lost|beat|score[ds]?)$/;
const decidesByVote = (word: string) => !SCORING.test(word);

/**
 * Whether two tallies, one or both of a day not known, are of one vote: articles published
 * close, and no two bodies named as the voters ({@link voterOf}).
 */
function oneVoteUndated(
  a: TalliedSource,
  b: TalliedSource,
  published: readonly [string | null, string | null],
): boolean {
  if (!publishedClose(published)) return false;
  const x = voterOf(a.text);
  const y = voterOf(b.text);
  return x === null || y === null || x === y;
}

/** Words before an active vote word that are no voter ("was carried", "the vote", "by 8 votes"). */
const NO_VOTER = /^(?:is|are|was|were|be|been|being|has|have|had|a|an|the|by|of|and|to|its|their)$/;

/**
 * Who voted, as a cut stem: the word right before the first word of voting when that word is the
 * verb's subject ("Councillors approved", "the planning committee voted" → "committee"), or the
 * agent of a passive ("was approved by councillors"); null when the passage names none ("the
 * motion was carried 30-10").
 */
function voterOf(text: string): string | null {
  for (const m of matchesOf(text, VOTER)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    if (word !== '' && !NO_VOTER.test(word) && !NUMBER_WORDS.has(word)) return cut(word);
  }
  return null;
}

const VOTE_VERB = String.raw`(?:vot(?:e|es|ed)|approved|rejected|carried|passed|backed|defeated)`;
const VOTER = new RegExp(
  String.raw`\b(\p{L}+)\s+${VOTE_VERB}\b|\b${VOTE_VERB}\s+by\s+(?:the\s+)?(\p{L}+)`,
  'giu',
);
/** "by nine votes to four" is no agent. */
const NUMBER_WORDS: ReadonlySet<string> = new Set(NUMBER_WORD_LIST);
