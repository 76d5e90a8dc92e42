/**
 * The part of a month a date states: "early March", "mid-March", "late March", "the end of
 * March". Such a date is still dated to its month (the timeline has no finer precision), but it
 * tells which days it can be: a quote of "mid-March" is no source of an entry of 31 March.
 */

/**
 * The days each part covers: the month in thirds, as "early", "mid" and "late" split it (TimeML's
 * START, MID and END modifiers of a month, TimeML 1.2.1 TIMEX3 `mod`, which fixes no days; the
 * thirds are this project's reading).
 */
const PARTS: ReadonlyArray<[RegExp, number, number]> = [
  [/\b(?:early|beginning\s+of|start\s+of)$/iu, 1, 10],
  [/\b(?:mid|middle\s+of)$/iu, 11, 20],
  [/\b(?:late|end\s+of)$/iu, 21, 31],
];

/**
 * The first and last day of the part of a month that `sentence` states right before its
 * mentions of that month, which start at `starts` ("mid-March": 11 and 20), or null when it
 * states the whole month (or no mention is given). Every mention of the month in the sentence
 * must state the same part: "from early March to late March" states no one part. The mentions
 * are given by their offsets, never found by their words, which another sentence of a quote, or
 * another month's date, may share.
 */
export function monthPartDays(
  sentence: string,
  starts: readonly number[],
): [number, number] | null {
  let found: [number, number] | null | undefined;
  for (const at of starts) {
    const before = sentence.slice(Math.max(0, at - 20), at).replace(/(?:[\s-]+the)?[\s-]+$/u, '');
    const part = PARTS.find(([re]) => re.test(before));
    const days: [number, number] | null = part ? [part[1], part[2]] : null;
    if (found !== undefined && (found?.[0] !== days?.[0] || found?.[1] !== days?.[1])) return null;
    found = days;
  }
  return found ?? null;
}

/**
 * How many of the last words of `before` (the words before a month) state a part of it, as
 * {@link PARTS} reads them: 1 for "early March", 3 for "the end of March", 0 when they state
 * none. Lets a rule that reads the word before a date ("a strike for early March") read past the
 * part.
 */
export function monthPartWordCount(before: readonly string[]): number {
  const tail = before.slice(-3).join(' ');
  for (const [re] of PARTS) {
    const part = re.exec(tail)?.[0];
    if (part === undefined) continue;
    const count = part.split(/\s+/u).length;
    return /^the$/iu.test(before[before.length - count - 1] ?? '') ? count + 1 : count;
  }
  return 0;
}
