/**
 * A sum of money said of a noun as its worth, in the two shapes English gives that: the sum as a
 * premodifier of the noun ("a £34 million contract", "the £5 parking fee") and the sum after
 * "worth" in a postmodifier set off by a comma ("the contract, worth £31m, …"). A measure phrase
 * premodifying a noun tells a property of the thing the noun names, and "a £34 million contract"
 * is "a contract worth £34 million" (Quirk et al. 1985, ch. 17 on premodification and its
 * relation to postmodification; "worth" is an adjective taking its complement, ch. 16): both
 * shapes state the worth of the thing the noun names, not of the act of the clause round it
 * ("awarded", "paid"). fact-measures.ts reads what an amount is of by the words before it in
 * its clause; these are the words that say it here.
 *
 * Read only where the noun is plain: a determiner before the sum, a word in lower case after it
 * (and its scale word) whose usual reading is a common noun (nouns.ts), nouns that modify it
 * skipped ("parking fee": noun-adjunct.ts).
 */
import { isNounAdjunct } from '../../text/noun-adjunct.js';
import { isUsuallyNoun } from '../../text/nouns.js';
import { SCALE_ABBREVIATIONS, SCALE_WORDS } from '../../text/notation-words.js';
import { CLAUSE_BREAK, unitsBefore, type ClausedSource } from './fact-clauses.js';
import type { UnitOccurrence } from './fact-participants.js';
import { factTerm } from './fact-term.js';
import { qualifierStart } from './fact-values.js';

/** The term "worth" is compared as: every worth read here is told as that word. */
export const WORTH = factTerm('worth');

/** A determiner right before a sum (its qualifier first): the sum then opens a noun phrase. */
const DETERMINER_BEFORE =
  /\b(?:a|an|the|its|their|his|her|our|this|that|each|every)\s+(?:\p{Sc}\s*)?$/iu;

/**
 * A genitive right before a sum, which is a determiner too ("the firm's £2m offer": Quirk et al.
 * 1985, §5.115, §17.41): its noun is the head's possessor or, for a deverbal head, its subject.
 */
const GENITIVE_BEFORE = /\p{L}['’]s?\s+(?:\p{Sc}\s*)?$/iu;

/** The figure at the start, its scale word, and the spaces after it. */
const FIGURE_AND_SCALE = new RegExp(
  String.raw`^\p{Sc}?\d[\d,.]*(?:\s*(?:${[...SCALE_ABBREVIATIONS].join('|')})\b|\s+(?:${SCALE_WORDS.join('|')})\b)?[ \t]+`,
  'iu',
);

/** A word of letters at the start of a text. */
const WORD = /^[\p{Ll}][\p{L}’'-]*/u;

/**
 * The noun a sum at offset `at` premodifies ("a £34 million contract" → the unit of "contract";
 * "a £5 parking fee" → "fee"), with where that noun ends; null when the sum premodifies no plain
 * noun (module note). `genitive`: read the sum after a genitive ("the firm's £2m offer") instead
 * of after a plain determiner.
 */
export function premodifiedHead(
  source: ClausedSource,
  at: number,
  genitive = false,
): { unit: UnitOccurrence; end: number } | null {
  const text = source.text;
  const before = genitive ? GENITIVE_BEFORE : DETERMINER_BEFORE;
  if (!before.test(text.slice(0, qualifierStart(text, at)))) return null;
  const figure = FIGURE_AND_SCALE.exec(text.slice(at));
  if (figure === null) return null;
  let offset = at + figure[0].length;
  while (isNounAdjunct(text, offset)) {
    const next = /^[\p{L}’'-]+[ \t]+/u.exec(text.slice(offset));
    if (next === null) return null;
    offset += next[0].length;
  }
  const word = WORD.exec(text.slice(offset));
  if (word === null || !isUsuallyNoun(word[0])) return null;
  const end = offset + word[0].length;
  const unit = source.sequence.find((u) => u.start <= offset && offset < u.end);
  return unit === undefined || unit.name ? null : { unit, end };
}

/**
 * The content units of the noun phrase a "worth" right before `at` is said of, when a comma sets
 * it off from that phrase ("The contract, worth £31m," → "contract"), nearest first; empty
 * otherwise. `nearest`: the unit right before the sum.
 */
export function worthSaidOf(source: ClausedSource, nearest: UnitOccurrence): UnitOccurrence[] {
  if (!nearest.keys.includes(WORTH)) return [];
  const before = source.text.slice(0, nearest.start);
  const comma = /,\s*$/.exec(before);
  if (comma === null) return [];
  const units = unitsBefore(source, comma.index);
  // The phrase is the subject or object the comma follows, not a clause of its own.
  const gap = before.slice(0, comma.index);
  return units.length > 0 && !CLAUSE_BREAK.test(gap.slice(units[0]!.end)) ? units : [];
}
