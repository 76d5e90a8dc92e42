/**
 * A numeral after the noun it names one of ("on gate nine", "in room 101", "from platform 4"):
 * an identifier, not a quantity. English puts a cardinal after a noun to pick out one of a
 * numbered series (Quirk et al. 1985 §5.23 on cardinals as postmodifiers, "page 10", "Gate 9";
 * Huddleston & Pullum 2002 ch. 5 §7.3, numerals as identifiers), where a count stands before
 * its noun ("nine gates"). So "blamed on a sticking valve on gate nine" says nothing of how
 * heavy a gate is.
 */
import { NUMBER_WORD_LIST } from '../select/fact-values.js';

/** Cardinals as words ("nine"; fact-values.ts's list and "one"). */
const NUMERAL = new Set(['one', ...NUMBER_WORD_LIST]);

/** True when `word` (folded) is a numeral: figures ("101"), or a cardinal as a word ("nine"). */
export function isNumeral(word: string): boolean {
  return /^[0-9]+$/.test(word) || NUMERAL.has(word);
}

/**
 * Words that stand where the noun would and make the number a quantity after all: "rose to
 * about 40", "fell to under 30", "cut to just 12". Kept as a figure.
 */
const NOT_A_NOUN = new Set(
  'at|in|on|into|onto|near|with|for|as|is|was|were|be|been|about|around|approximately|roughly|some|circa|nearly|almost|just|over|under|than|least|most|more|less|only|up|down|exactly|precisely|estimated|below|above|by|to|from|of|the|a|an|its|their|his|her|our|all|each|every'.split(
    '|',
  ),
);

/**
 * A place preposition, a lower-case word (the noun, perhaps after "the"), a numeral, then the
 * clause's end: "on gate nine.", "in room 101,". The numeral ending the phrase keeps "in block
 * 4 residents" (a count before its noun) out.
 */
const LABEL =
  /\b(?:on|at|in|from|near|beside|behind|inside|outside|into|onto)\s+(?:the\s+)?([a-z][a-z-]*)\s+([0-9]+|[a-z]+)(?=\s*(?:[.,;:)!?]|$))/g;

/** `text` with every numeral used as a label ({@link LABEL}) blanked. */
export function withoutNumberLabels(text: string): string {
  return text.replace(LABEL, (span, noun: string, numeral: string) =>
    NOT_A_NOUN.has(noun) || !isNumeral(numeral) ? span : span.slice(0, -numeral.length),
  );
}
