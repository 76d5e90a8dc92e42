/**
 * The first mention a definite description continues. A sentence whose subject is a definite
 * description ("This agreement could be launched …", "The agreement consolidated …") most often
 * refers to what an earlier sentence introduced with the same head noun ("… signed in Moscow a
 * cooperation agreement"): direct anaphora, the commonest link of a definite description to its
 * antecedent (Vieira & Poesio 2000, "An empirically based system for processing definite
 * descriptions", Computational Linguistics 26(4); Quirk et al. 1985, §5.32 on the anaphoric
 * "the", §6.40 on "this"/"that" pointing back). What the first mention said of its referent
 * ("In November 2020 … signed …") is then said of the description's too, though the words stand
 * sentences before it. A paragraph is the writer's unit (features.ts `contextSentence`), so the
 * first mention is looked for in the sentence's own paragraph only.
 *
 * For scoring only (features.ts `neighbourCoverage`, `surroundingCoverage`): quotes and their
 * context are not widened by it.
 */
import type { Sentence } from '../corpus/types.js';
import { DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from '../text/determiners.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { stem, stemsTo, tokenize } from '../text/terms.js';

/**
 * A definite description opening a sentence, after an opening quotation mark if any: a
 * definite determiner and up to three lower-case words (modifiers and the head), read as group 1.
 */
const DEFINITE_OPENER =
  /^["“‘'„]?(?:The|This|That|These|Those)\s+((?:[a-z\d’'-]+\s+){0,2}[a-z’'-]+)\b/u;

/**
 * The head noun of the definite description `text` opens with, or null: the last word of the
 * opener that is usually a noun, when the word after it is not (a noun after it would make it a
 * modifier: "The border agreement"). "The" + a word that is no noun ("The first …", "The
 * Russian …") gives none.
 *
 * @example definiteHead('This agreement could be launched in the event of riots.') // 'agreement'
 * @example definiteHead('The Kremlin said …') // null: a name, capitalised
 */
export function definiteHead(text: string): string | null {
  const opener = DEFINITE_OPENER.exec(text);
  if (opener === null) return null;
  const words = (opener[1] as string).split(/\s+/u);
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    if (!isUsuallyNoun(word)) {
      // A modifier that is no noun ("the new agreement") may stand before the head.
      continue;
    }
    const next = words[k + 1];
    if (next === undefined || !isUsuallyNoun(next)) return word;
  }
  return null;
}

/**
 * The earliest sentence before `sentence` in its paragraph (article text) that holds the head
 * noun of the definite description `sentence` opens with ({@link definiteHead}, compared by
 * stem: "agreements" continues "agreement") in an indefinite noun phrase, introducing it ("…
 * signed a cooperation agreement"); null when it opens with none, no sentence before it in the
 * paragraph holds the noun, or the earliest one holds it as definite. `holds`, when given, tells
 * whether a sentence holds an index term (the stem), so that only those sentences are read.
 */
export function firstMention(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
  sentence: number,
  holds?: (sentence: number, term: string) => boolean,
): number | null {
  const own = sentences[sentence];
  if (own === undefined || own.kind !== 'body') return null;
  const head = definiteHead(textOf(sentence));
  if (head === null) return null;
  const term = stem(head);
  let first = sentence;
  for (;;) {
    const other = sentences[first - 1];
    if (other === undefined || other.article !== own.article || other.kind !== 'body') break;
    if (other.paragraph !== own.paragraph) break;
    first -= 1;
  }
  // Read from the paragraph's start: the earliest sentence holding the noun is the one that
  // counts, and those after it need not be cut into words.
  for (let s = first; s < sentence; s++) {
    // The index's terms tell cheaply which sentences hold the noun: only those are read.
    if (holds !== undefined && !holds(s, term)) continue;
    const tokens = tokenize(textOf(s));
    // stemsTo: most words fail its cheap test, and stemming each costs a memo look-up.
    const at = tokens.findIndex((token) => stemsTo(token.word, term));
    if (at >= 0) return introducedAt(tokens, at) ? s : null;
  }
  return null;
}

/** Words at most between an indefinite article and the head it determines ("a „cooperation agreement”"). */
const MODIFIERS_BEFORE_HEAD = 3;
/**
 * Determiners that make a noun phrase definite: its referent is known already (the definite
 * article, the demonstratives, the possessives; Quirk et al. 1985 §5.10–5.13).
 */
const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  ...DEMONSTRATIVES,
  ...POSSESSIVE_DETERMINERS,
]);

/**
 * True when the noun at `at` in `tokens` heads an indefinite noun phrase ("a cooperation
 * agreement"): the phrase that introduces a new referent, which later definite descriptions
 * take up (Quirk et al. 1985, §5.26–5.32; Heim 1982's novelty condition). A noun whose
 * paragraph first mentions it as definite ("the agreement") was known before the paragraph,
 * and the paragraph's first sentence holding it says nothing of which one.
 */
function introducedAt(tokens: readonly { word: string }[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 1 - MODIFIERS_BEFORE_HEAD); k--) {
    const word = (tokens[k] as { word: string }).word;
    if (word === 'a' || word === 'an') return true;
    if (DEFINITE_DETERMINERS.has(word)) return false;
  }
  return false;
}
