/**
 * A clause opened by "since" whose own time the date gives: "80 kayaks have been damaged since
 * the hire desk opened in April", "the wettest June since records began in 1910". "since" as a
 * conjunction of time makes its clause the start of the period the main clause's perfect runs
 * over, up to the time of its clause (Quirk et al. 1985, 8.60ff on "since" and the
 * perfect): the date tells when the "since" clause's act happened ("the hire desk opened in
 * April"), never the main clause's, whose acts fall anywhere in the period after it. The timeline
 * lists the quote under that date as the clause's, named as written (the date of "the hire desk
 * opened in April"), as it does for "last month's pay deal", so that the count of damaged
 * kayaks is not shown as an event of April.
 */

/**
 * "since" before the date: right before it ("since 2011", "since the 2011 fair"), or opening a
 * short clause whose time the date gives ("since records began in 1910", "since the pier
 * opened in 1896"): the words between are that clause's subject and verb, four words at most
 * (group `clause`). Not the adverb "since then", which opens no clause: "Since then police
 * arrested two men in May" dates the main clause's act.
 */
export const SINCE_BEFORE =
  /\bsince\s+(?<clause>(?!then\b)(?:[\p{L}'’-]+\s+){1,4}(?:in|on|during)\s+)?(?:(?:last|this|the)\s+)?$/iu;

/**
 * The clause "since" opens before the date at `start`–`end` of `sentence`, up to the date's
 * end: "the hire desk opened in April" in "80 kayaks have been damaged since the hire desk opened
 * in April". Null when "since" has the date alone ("since May": the date is the period's start
 * itself, since-state.ts and since-tally.ts) or does not come before it.
 *
 * @param sentence the sentence
 * @param start offset of the date in it
 * @param end offset just after the date
 */
export function sinceClause(sentence: string, start: number, end: number): string | null {
  const since = SINCE_BEFORE.exec(sentence.slice(0, start));
  if (since?.groups?.clause === undefined) return null;
  const opening = /^since\s+/iu.exec(since[0])?.[0].length ?? 0;
  return sentence.slice(since.index + opening, end);
}
