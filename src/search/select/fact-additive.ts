/**
 * Additive words: what a report tells with one is another member of a class than the one it adds
 * to, so it is the same fact as another report only where that report tells the same member.
 *
 * - The additive subjunct "also" (Quirk et al. 1985, §8.116 on additive subjuncts): "Harrowmere
 *   Sailing Club has also cancelled its open week" tells one more cancellation beside others its
 *   article told; its focus, what follows it in its clause, is the new member. Another report
 *   tells that act only when it tells every word of the focus (the same word or a WordNet
 *   synonym): "The club cancelled its evening races and a junior training week" does not tell
 *   the open week. A verb of saying in the focus ("The inspectorate also said the pumps had
 *   failed") frames the member, which the other report may tell unframed.
 * - The additive subjuncts "too" and "as well" closing a clause (Quirk et al. 1985, §8.116: their
 *   focus may be any part of the clause they close, subject or predicate): "The club has
 *   cancelled its open week too" adds one member somewhere in what precedes it, so another report
 *   tells that act only when it tells every word of that clause.
 * - The additive adjectives and determiners "extra", "more", "further", "additional" and
 *   "another" before a noun (Huddleston & Pullum 2002, ch. 5 on "other", "another",
 *   "additional", "extra"; Quirk et al. 1985, §5.18 on "more" as a determiner of quantity):
 *   "extra warning signs were being put up" names other signs than those already there, so it is
 *   not the fact "Warning signs were put up at each entrance" tells when that report names the
 *   same noun without an additive of its own. The member is the noun phrase the word opens, which
 *   ends at its head noun (Quirk et al. 1985, §17.2): "more people died" adds people, not dying,
 *   so the verb after it is no member. (Each of these words also marks another occurrence of an
 *   event wherever it stands: fact-analysis.ts.)
 */
import type { AnalysedFact } from './fact-analysis.js';
import { unitsAfter, unitsBefore } from './fact-clauses.js';
import { ATTRIBUTION } from './fact-slots.js';
import { isUsualNounWord, premodifierRank } from '../noun-phrase-words.js';
import type { SynonymousTerms } from './fact-synonym-terms.js';
import { matchesOf } from '../../text/matches-of.js';

/** "Also" as a subjunct: not "Also," opening a sentence as a conjunct (its comma ends the focus). */
const ALSO = /\balso\b/gi;

/**
 * "Too" or "as well" closing a clause: before a clause break or the end ("as well as" is a
 * coordinator, "too late" a degree adverb before its head).
 */
const CLOSING_ADDITIVE = /\b(?:too|as\s+well)(?=\s*(?:[,;:.!?)—–]|$))/giu;

/** The additive adjectives and determiners of {@link ADDITIVE}. */
const ADDITIVE_WORD = /\b(?:extra|more|further|additional|another)\b/i;

/** An additive adjective or determiner before a noun phrase. */
const ADDITIVE = new RegExp(String.raw`${ADDITIVE_WORD.source}\s+(?=\p{L})`, 'giu');

/** "More" that is not the additive determiner: "more than", "no more", "any more", "once more". */
const NOT_ADDITIVE_MORE = /^more\s+(?:than|of)\b/i;
const BEFORE_NOT_ADDITIVE_MORE = /\b(?:no|any|once|the|much|far|even|ever)\s+$/i;

/** Only spaces (and a hyphen-free join) between two words of one noun phrase. */
const ADJACENT = /^ +$/;

/** True when a term of `other` (the same or a WordNet synonym) tells `term`. */
function toldBy(term: string, other: AnalysedFact, same: SynonymousTerms): boolean {
  if (other.terms.has(term)) return true;
  for (const t of other.terms.keys()) if (same(term, t) || same(t, term)) return true;
  return false;
}

/** The focus terms of each "also" of `fact`: what follows it up to the end of its clause. */
function alsoFoci(fact: AnalysedFact): string[][] {
  const found: string[][] = [];
  for (const m of matchesOf(fact.text, ALSO)) {
    const after = m.index + m[0].length;
    const units = unitsAfter(fact, after);
    const terms = units.flatMap((unit) => unit.keys).filter((term) => !ATTRIBUTION.has(term));
    if (terms.length > 0) found.push(terms);
  }
  return found;
}

/**
 * The terms each clause-closing "too" or "as well" of `fact` may focus on: its clause up to it
 * ({@link CLOSING_ADDITIVE}).
 */
function closingFoci(fact: AnalysedFact): string[][] {
  const found: string[][] = [];
  for (const m of matchesOf(fact.text, CLOSING_ADDITIVE)) {
    const units = unitsBefore(fact, m.index);
    const terms = units.flatMap((unit) => unit.keys).filter((term) => !ATTRIBUTION.has(term));
    if (terms.length > 0) found.push(terms);
  }
  return found;
}

/** True when `a` tells with "also", "too" or "as well" a member `b` does not tell. */
function alsoUntold(a: AnalysedFact, b: AnalysedFact, same: SynonymousTerms): boolean {
  if (!/\b(?:also|too|as\s+well)\b/i.test(a.text)) return false;
  return [...alsoFoci(a), ...closingFoci(a)].some((focus) =>
    focus.some((term) => !toldBy(term, b, same)),
  );
}

/**
 * The nouns `fact` writes after an additive adjective (extra, more, …): the terms of the run of
 * words standing right after it, with only spaces between them, up to the first that cannot
 * stand in a noun phrase before its head by its usual class (a verb, an adverb: "more people
 * died"; noun-phrase-words.ts `premodifierRank`). "More" only as a determiner before a noun: not
 * "more than", "no more", nor before an adjective ("more serious"); "further" only before a
 * noun too ("would further reduce").
 */
function additiveNouns(fact: AnalysedFact): Set<string> {
  const found = new Set<string>();
  for (const m of matchesOf(fact.text, ADDITIVE)) {
    const word = m[0].trim().toLowerCase();
    const after = m.index + m[0].length;
    if (word === 'more') {
      if (NOT_ADDITIVE_MORE.test(fact.text.slice(m.index))) continue;
      if (BEFORE_NOT_ADDITIVE_MORE.test(fact.text.slice(0, m.index))) continue;
    }
    const first = fact.sequence.findIndex((unit) => unit.start === after);
    if (first < 0) continue;
    // "More" and "further" are adverbs too ("further reduce"): a determiner only before a noun.
    const adverbToo = word === 'more' || word === 'further';
    if (adverbToo && !isUsualNounWord(fact.text.slice(after, fact.sequence[first]!.end))) continue;
    let i = first;
    for (;;) {
      const unit = fact.sequence[i]!;
      for (const key of unit.keys) found.add(key);
      const next = fact.sequence[i + 1];
      if (next === undefined || !ADJACENT.test(fact.text.slice(unit.end, next.start))) break;
      // The noun phrase ends before a word that is no premodifier nor head: "died".
      if (premodifierRank(fact.text.slice(next.start, next.end).toLowerCase()) === 0) break;
      i += 1;
    }
  }
  return found;
}

/** True when `a` writes an additive adjective before a noun `b` writes with none. */
function additiveNounUntold(a: AnalysedFact, b: AnalysedFact): boolean {
  if (!ADDITIVE_WORD.test(a.text)) return false;
  const ofA = additiveNouns(a);
  if (ofA.size === 0) return false;
  const ofB = additiveNouns(b);
  return [...ofA].some((term) => b.terms.has(term) && !ofB.has(term));
}

/**
 * True when an additive word on either side names a member of a class the other report does not
 * tell ("has also cancelled its open week" / "cancelled its evening races"; "… its open week
 * too"; "extra warning signs were being put up" / "warning signs were put up"): two facts,
 * never one nor a dispute.
 * `same`: whether a term of `a` and one of `b` are WordNet synonyms (fact-synonym-terms.ts).
 */
export function additiveMemberApart(
  a: AnalysedFact,
  b: AnalysedFact,
  same: SynonymousTerms,
): boolean {
  const swapped: SynonymousTerms = (x, y) => same(y, x);
  return (
    alsoUntold(a, b, same) ||
    alsoUntold(b, a, swapped) ||
    additiveNounUntold(a, b) ||
    additiveNounUntold(b, a)
  );
}
