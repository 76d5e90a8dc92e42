/**
 * Names written as their initials: "FDR" for "Franklin D Roosevelt", "JFK" for "John F.
 * Kennedy". Users type the initials of a person or body that the coverage's metadata names in
 * full; the corpus's text never uses them, so without this the word matches nothing and the
 * source it names goes unseen. The names come from each corpus's own metadata (capitalised
 * runs of words in titles, outlets and authors), never from lists.
 */
import { termsOf, tokenize, type Token } from '../../text/terms.js';

/** A name of the metadata and its initials. */
export interface InitialledName {
  /** Lower-case first letters of the name's words, in order ("fdr"). */
  initials: string;
  /** The name's index terms ("franklin", "d", "roosevelt"). */
  terms: string[];
}

/** A name has 2–4 words: "Theodore Roosevelt", "Franklin D Roosevelt", "Ulysses S. Grant". */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

/**
 * The capitalised runs of words in a metadata text ("State of the Union address, 1942
 * (Franklin D Roosevelt)" → "Franklin D Roosevelt"), each of their runs of 2–4 consecutive
 * words with its initials: "President John F. Kennedy" yields "jfk" as well as "pjfk". Words
 * stand together when only spaces part them, or a dot and spaces after a one-letter initial
 * ("F. Kennedy"); a comma, a bracket or a hyphen ends the run.
 */
export function initialledNames(text: string): InitialledName[] {
  const names: InitialledName[] = [];
  let run: Token[] = [];
  const flush = () => {
    for (let first = 0; first < run.length; first++)
      for (
        let last = first + MIN_NAME_WORDS - 1;
        last < Math.min(run.length, first + MAX_NAME_WORDS);
        last++
      ) {
        const words = run.slice(first, last + 1);
        const terms = termsOf(text.slice(words[0]!.start, words[words.length - 1]!.end));
        if (terms.length === 0) continue;
        names.push({ initials: words.map((word) => word.word[0]).join(''), terms });
      }
    run = [];
  };
  for (const token of tokenize(text)) {
    const capitalised = /^\p{Lu}/u.test(text.slice(token.start, token.end));
    const previous = run[run.length - 1];
    const gap = previous ? text.slice(previous.end, token.start) : '';
    const joined =
      previous !== undefined &&
      (/^\s+$/.test(gap) || (previous.end - previous.start === 1 && /^\.\s+$/.test(gap)));
    if (!capitalised || !/^\p{L}/u.test(token.word) || (previous && !joined)) flush();
    if (capitalised && /^\p{L}/u.test(token.word)) run.push(token);
  }
  flush();
  return names;
}

/**
 * True when a question's word may be a name's initials: 3–4 letters in any case ("fdr",
 * "JFK"), or 2 typed as capitals ("TR"): two lower-case letters are as often a word or a typo.
 *
 * @param typed the word as the question writes it (before folding)
 */
export function mayBeInitials(typed: string, folded: string): boolean {
  if (!/^[a-z]{2,4}$/.test(folded)) return false;
  return folded.length > 2 || /^\p{Lu}{2}(?:\P{L}|$)/u.test(typed);
}
