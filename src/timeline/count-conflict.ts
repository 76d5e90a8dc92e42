/**
 * Counts two sentences give of one thing: "Two men were arrested yesterday" and "Police
 * arrested three men on Tuesday" tell one event only if the sources agree on it; counting the
 * same noun differently, they differ, and one entry would show the one as corroborating the
 * other.
 */
import { COUNTS } from './date-rules.js';
import { stem } from '../text/terms.js';
import { matchesOf } from '../text/matches-of.js';

/** A count and the word after it: "three men", "18,500 residents", "two men". */
const COUNTED = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+|\p{L}+)\s+(\p{Ll}+)/gu;

/** The counts a sentence gives, by the stem of the noun counted. */
function countsOf(sentence: string): Map<string, Set<number>> {
  const counts = new Map<string, Set<number>>();
  for (const [, count, noun] of matchesOf(sentence, COUNTED)) {
    const value = /^\d/u.test(count!)
      ? Number(count!.replace(/,/gu, ''))
      : COUNTS[count!.toLowerCase()];
    if (value === undefined) continue;
    const key = stem(noun!);
    counts.set(key, (counts.get(key) ?? new Set()).add(value));
  }
  return counts;
}

/**
 * True when two sentences count the same noun, each once, with different numbers ("two men" /
 * "three men"): as sources of one event they would differ, not agree.
 */
export function countsDiffer(a: string, b: string): boolean {
  const first = countsOf(a);
  for (const [noun, values] of countsOf(b)) {
    const other = first.get(noun);
    if (other && other.size === 1 && values.size === 1 && [...other][0] !== [...values][0])
      return true;
  }
  return false;
}
