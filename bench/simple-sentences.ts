/**
 * A simple rule-based sentence splitter, used for the plain-lunr baseline only when the
 * engine's own segmentation is not available. Rule: a sentence ends at `.`, `!` or `?`
 * (optionally followed by closing quotes or brackets) when whitespace and then an upper-case
 * letter, a digit or an opening quote follow, unless the word before the stop is a common
 * abbreviation (Mr., Dr., U.S., Jan., …) or a single letter (an initial).
 */

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st jr sr gen col capt lt sgt gov sen rep hon rev messrs prof ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no vol co corp inc ltd vs etc'
  ).split(' '),
);

const CANDIDATE_END = /[.!?]["'’”)\]]*(?=\s+["'‘“([]?[A-Z0-9])/g;

function endsWithAbbreviation(textBeforeStop: string): boolean {
  const word = /([A-Za-z.]+)$/.exec(textBeforeStop)?.[1] ?? '';
  if (word.length === 1) return true;
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits `text` into trimmed, non-empty sentences. */
export function splitSentencesSimply(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(CANDIDATE_END)) {
    const stop = match.index;
    if (text[stop] === '.' && endsWithAbbreviation(text.slice(start, stop))) continue;
    const end = stop + match[0].length;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
