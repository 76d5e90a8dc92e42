/**
 * Content words of a quote, for deciding whether two quotes tell of the same event: lower-cased,
 * stop words, numbers, months and weekdays removed, and stemmed so that "signed" meets
 * "signing" and "protests" meets "protest".
 */
import { MONTHS, WEEKDAYS } from '../text/months.js';
import { EVENT_STOP_WORDS } from '../text/stop-words.js';
import { stem } from '../text/terms.js';
import { matchesOf } from '../text/matches-of.js';

const DATE_WORDS = new Set([...MONTHS.keys(), ...WEEKDAYS.keys()].map((w) => w.toLowerCase()));

/** The set of content-word stems of a text. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of matchesOf(text.toLowerCase(), /\p{L}[\p{L}'’-]*\p{L}/gu)) {
    const word = match[0].replace(/['’]s$/u, '');
    if (word.length < 3 || EVENT_STOP_WORDS.has(word) || DATE_WORDS.has(word)) continue;
    words.add(stem(word));
  }
  return words;
}

/** Content words two quotes must share before they can tell of one event: one common word is chance. */
export const MIN_SHARED_WORDS = 2;

/**
 * Inverse document frequency of each word, a document being one quote (`key` identifies it,
 * so a sentence holding two dates counts once).
 */
export function inverseFrequencies(
  docs: Iterable<{ words: Set<string>; key: string }>,
): Map<string, number> {
  const df = new Map<string, number>();
  const seen = new Set<string>();
  for (const { words, key } of docs) {
    if (seen.has(key)) continue;
    seen.add(key);
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [w, count] of df) idf.set(w, Math.log(1 + seen.size / count));
  return idf;
}

/** Total IDF weight of a set of words. */
export function weightOf(words: Set<string>, idf: Map<string, number>): number {
  let weight = 0;
  for (const w of words) weight += idf.get(w) ?? 0;
  return weight;
}

/** IDF-weighted Dice similarity of two quotes' content words; 0 when they share too few. */
export function similarity(
  a: { words: Set<string>; weight: number },
  b: { words: Set<string>; weight: number },
  idf: Map<string, number>,
): number {
  let shared = 0;
  let count = 0;
  const [small, large] = a.words.size <= b.words.size ? [a, b] : [b, a];
  for (const w of small.words) {
    if (!large.words.has(w)) continue;
    shared += idf.get(w) ?? 0;
    count++;
  }
  if (count < MIN_SHARED_WORDS || a.weight + b.weight === 0) return 0;
  return (2 * shared) / (a.weight + b.weight);
}
