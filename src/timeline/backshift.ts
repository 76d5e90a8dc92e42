/**
 * Backshift in indirect speech: "The council said on Tuesday that the stand was unlikely to
 * reopen before the autumn." After a past verb of saying, the reported clause moves the
 * speaker's present back to the past ("is unlikely to" becomes "was unlikely to"), while its
 * time reference stays that of the original utterance (Quirk et al. 1985, 14.31–14.33). A
 * prediction or arrangement told with "was"/"were" and a future cue ("was unlikely to", "were
 * likely to", "was going to") in such a clause is the speaker's "is unlikely to": ahead of the
 * saying, not a past seen from the past as the same words are outside reported speech ("The
 * minister was likely to visit in the autumn").
 *
 * The saying is news's latest word (the inverted pyramid puts the newest first), told as of the
 * time of writing: undated, or dated by a day counted from publication ("on Tuesday",
 * "yesterday", "last week"), so what lay ahead of it lies ahead of writing, as
 * reported-expectation.ts reads "said they expected services to return by Saturday". A saying
 * dated before the reported clause ("said in 2019 that …") sets the narrative's year, which the
 * resolver keeps for a future seen from the past (resolve.ts); one dated in a reporting clause
 * after it (", the council said in March") is the time the reported clause's own dates count
 * from (resolve.ts `fromSayingTime`), as for a saying told first.
 */
import { SPEECH_VERBS } from './lexicon.js';
import { detectMentions } from './detect.js';
import type { Mention } from './mention.js';
import { matchesOf } from '../text/matches-of.js';

/** "was"/"were", and no perfect's "had" or "been" ("had been set for": further back), before a cue. */
const PAST_BE = /^(?:was|were|wasn['’]t|weren['’]t)$/iu;
const PERFECT = /^(?:had|has|have|been|having)$/iu;

/** The speech verbs as one alternation, for the reporting clause after a date. */
const SPEECH = [...SPEECH_VERBS].join('|');

/**
 * A reporting clause closing the sentence after a comma: ", the council said on Tuesday.",
 * ", said the council.", ", a spokesman told reporters." (Quirk et al. 1985, 14.31, on the
 * reporting clause in final position).
 */
const REPORTING_CLAUSE_AFTER = new RegExp(
  String.raw`,\s*(?:[\p{L}'’.-]+\s+){0,6}?(?:${SPEECH})\b[^,;:—–()]*$`,
  'iu',
);

/** A verb of saying before the cue, with no clause break between ("said on Tuesday that the stand"). */
const REPORTING_VERB_BEFORE = new RegExp(String.raw`\b(?:${SPEECH})\b[^;:—–()]*$`, 'iu');

/** A date counted from the publication day: "on Tuesday", "yesterday", "last week". */
function countedFromPublication(m: Mention): boolean {
  return m.kind === 'weekday' || (m.kind === 'relative' && m.anchor === 'publication');
}

/**
 * The offset in `sentence` of the comma opening a reporting clause that closes it after `end`
 * (", the council said in March."), or null when none does: what stands before it, from `end`
 * back, is the reported clause.
 */
export function reportingClauseAfter(sentence: string, end: number): number | null {
  const found = REPORTING_CLAUSE_AFTER.exec(sentence.slice(end));
  return found === null ? null : end + found.index;
}

/** Offset in `text` of the last whole word `word`, or -1. */
function lastWord(text: string, word: string): number {
  let at = -1;
  for (const m of matchesOf(text, /[\p{L}'’]+/gu)) if (m[0] === word) at = m.index;
  return at;
}

/**
 * True when the future cue `words[index]` (the date's clause words before it, as tense.ts reads
 * them), which governs the date at `start`–`end` of `sentence`, is a backshifted present in a
 * clause reported after a past verb of saying, told as of the time of writing: its date lies
 * ahead of writing.
 *
 * @param words the words before the date that the governing cue is among
 * @param index the cue's index in `words` ("to" of "was unlikely to")
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function backshiftedFuture(
  words: readonly string[],
  index: number,
  sentence: string,
  start: number,
  end: number,
): boolean {
  const previous = words.slice(Math.max(0, index - 3), index);
  if (!previous.some((w) => PAST_BE.test(w)) || previous.some((w) => PERFECT.test(w))) return false;
  const cue = lastWord(sentence.slice(0, start), words[index] ?? '');
  if (cue < 0) return false;
  const reportedAfterVerb = REPORTING_VERB_BEFORE.test(sentence.slice(0, cue));
  const clause = reportingClauseAfter(sentence, end);
  if (!reportedAfterVerb && clause === null) return false;
  // No other date after it but one counted from publication, or the saying's in a reporting
  // clause after it, which the reported clause's dates count from (resolve.ts).
  return detectMentions(sentence).every(
    (m) =>
      m.end <= start ||
      (m.start >= start && m.end <= end) ||
      countedFromPublication(m) ||
      (clause !== null && m.start >= clause),
  );
}

/**
 * A conditional clause under a reported future-in-the-past, up to the date: "would" (not "would
 * have", a past counterfactual) after a verb of saying, then "if", "unless", "as long as", "so
 * long as", "provided (that)" or "on condition that" and the clause's words, no clause break.
 */
const CONDITION_OF_REPORTED_FUTURE = new RegExp(
  String.raw`\b(?:${SPEECH})\b[^;:—–()]*\bwould\s+(?!have\b)[^;:—–()]*\b(?:if|unless|as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|providing(?:\s+that)?|on\s+condition\s+that)\s+[^;:—–(),]*$`,
  'iu',
);

/**
 * True when the date at `start` of `sentence` stands in the condition of a future-in-the-past
 * reported after a past verb of saying: "said none of the faults would stop the opening as long
 * as they were fixed by 1 July". The speaker's "will not stop … as long as they are fixed by 1
 * July" has a condition in the present that refers ahead, as a conditional clause's present does
 * (Quirk et al. 1985, 14.31 on backshift, and ch. 4 on the simple present for the future in
 * conditional clauses): backshifted, its past still lies ahead of the saying, news's latest word,
 * so ahead of writing. Not "would have" (a condition that did not hold, in the past).
 */
export function backshiftedCondition(sentence: string, start: number): boolean {
  return CONDITION_OF_REPORTED_FUTURE.test(sentence.slice(0, start));
}
