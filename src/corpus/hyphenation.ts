/**
 * Words a typesetter broke with a hyphen at a line's end ("inter-" / "national"), as a PDF's text
 * layer keeps them, joined again where the vocabulary tells a broken word from a hyphenated one
 * broken at its hyphen ("well-" / "known"). The parts of a broken word are often words
 * themselves ("inter", "national"), so they decide nothing: what decides is which whole exists.
 * The vocabulary is the model's lexicon (lexicon.ts) and the document's own words (a word it
 * prints whole elsewhere, "cooperate" or "co-operate", is how it spells that word).
 *
 * - The word joined is known and the hyphenated form is not ("inter-national"): a broken word,
 *   joined ("international").
 * - The hyphenated form is known ("re-elected", "well-known" where the document prints it so): a
 *   compound, kept with its hyphen and without the line break ("re-elected"), also when the
 *   joined word is known too ("e-mail" and "email"): the hyphen may be the writer's.
 * - Neither is known: left as printed (the line break stays; cleaning reads it as a space). A
 *   suspended hyphen ("pre-" / "and post-war") is such a case: "preand" is no word.
 */
import { isLexiconWord } from './lexicon.js';

/**
 * A word (or hyphenated chain, "state-of-the") ending a line with a hyphen (U+002D, U+2010) or a
 * soft hyphen (U+00AD), not a dash: a letter right before it, and the word starting the line or
 * after a space or an opening mark.
 */
const BROKEN_END =
  /(?:^|(?<=[\s("“‘'[]))(\p{L}[\p{L}\u00AD]*(?:-\p{L}[\p{L}\u00AD]*)*)([-\u2010\u00AD])$/u;
/** The start of the next line going on with the word: letters, the first in lower case. */
const GOES_ON = /^\p{Ll}\p{L}*/u;
/** A word of the document as printed whole on a line, hyphenated or not. */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/**
 * True when `line` ends in a word broken with a hyphen before `next`, which goes on with it in
 * lower case ("… the inter-" / "national port …").
 */
export const breaksBefore = (line: string, next: string | undefined) =>
  next !== undefined && BROKEN_END.test(line) && GOES_ON.test(next);

/**
 * Lower-case words the text prints whole on a line: the pieces of a word broken at a line's end
 * are left out (they would read as words of their own).
 */
function printedWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  lines.forEach((line, i) => {
    let whole = line;
    if (breaksBefore(line, lines[i + 1])) whole = whole.replace(BROKEN_END, '');
    if (i > 0 && breaksBefore(lines[i - 1] ?? '', line)) whole = whole.replace(GOES_ON, '');
    for (const word of whole.match(WORD) ?? []) words.add(word.toLowerCase());
  });
  return words;
}

/**
 * `text` (lines separated by `\n`, paragraphs by a blank line, as the PDF reader gives them) with
 * each word broken at a line's end joined or kept hyphenated, by the rule in the file header; a
 * soft hyphen marks a break inside a word by definition (Unicode's SHY), so its word is joined.
 * Only line breaks inside a paragraph are read. Cost: one pass over the text and a lexicon
 * lookup or two per hyphen at a line's end.
 *
 * @example
 * rejoinBrokenWords('an inter-\nnational port') // 'an international port'
 * rejoinBrokenWords('a well-\nknown port') // 'a well-\nknown port' (neither form is known)
 */
export function rejoinBrokenWords(text: string): string {
  const lines = text.split('\n');
  if (!lines.some((line, i) => breaksBefore(line, lines[i + 1]))) return text;
  const printed = printedWords(lines);
  const known = (word: string) => printed.has(word.toLowerCase()) || isLexiconWord(word);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    const end = BROKEN_END.exec(line);
    const rest = next === undefined ? undefined : GOES_ON.exec(next)?.[0];
    const [, broken, hyphen] = end ?? [];
    if (next !== undefined && broken !== undefined && rest !== undefined) {
      const hyphenated = `${broken}-${rest}`;
      const word =
        hyphen === '\u00AD' || (!known(hyphenated) && known(`${broken}${rest}`))
          ? `${broken}${rest}`
          : known(hyphenated)
            ? hyphenated
            : null;
      if (word !== null) {
        // The line goes on into the next: read the two as one line from here.
        lines[i + 1] = `${line.slice(0, -broken.length - 1)}${word}${next.slice(rest.length)}`;
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}
