/**
 * Content words of a quote, for deciding whether two quotes tell of the same event: lower-cased,
 * stop words, numbers, months and weekdays removed, and a light suffix stemming so that
 * "signed" meets "signing" and "protests" meets "protest".
 */
import { MONTHS, STOPWORDS, WEEKDAYS } from './lexicon.js';

const DATE_WORDS = new Set([...MONTHS.keys(), ...WEEKDAYS.keys()].map((w) => w.toLowerCase()));

/** A crude English stem: enough to match inflections of one word, never used for display. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/u, '');
  if (w.length > 5 && /(?:ing|ed)$/u.test(w)) w = w.replace(/(?:ing|ed)$/u, '');
  else if (w.length > 4 && /ies$/u.test(w)) w = w.replace(/ies$/u, 'y');
  else if (w.length > 3 && /[^su]s$/u.test(w)) w = w.slice(0, -1);
  return w;
}

/** The set of content-word stems of a text. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
    const word = match[0].replace(/['’]s$/u, '');
    if (word.length < 3 || STOPWORDS.has(word) || DATE_WORDS.has(word)) continue;
    words.add(stem(word));
  }
  return words;
}
