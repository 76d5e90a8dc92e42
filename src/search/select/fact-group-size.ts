/**
 * The size of a group, told two ways: "A 60-strong search team … found the two hikers" / "the
 * hikers were found by a team of about 50 volunteers". English gives a group's size as an
 * attributive "N-strong" before the group's noun ("a 60-strong team", "a 300-strong crowd") or as
 * "of N" after it ("a team of about 50 volunteers", "a crowd of 300 people"): both count the
 * members of one noun, so the two counts are set against each other as counts of one thing,
 * whatever other figures either sentence holds ("two dogs", "nine hours"). The counted words
 * differ ("strong" / "volunteers"), which is why fact-measures.ts, reading the word after a
 * count, does not find them one measure.
 *
 * Claimed a difference only for one group's size in each passage, the ranges apart
 * (fact-qualifiers.ts `statedRange`: "about 50" is 48–52), and for one event by the words: at
 * least {@link LEAST_SHARED} content terms shared besides the group's noun (what the group did or
 * had done to it and to what: "found", "hikers"). The caller (fact-relation.ts) checks the rest,
 * as for any count: the same stance, no other occurrence, the same setting and time.
 */
import { isStopWord, tokenize } from '../../text/terms.js';
import { statedRange, rangesOverlap } from './fact-qualifiers.js';
import type { FactValues } from './fact-values.js';
import { factTerm } from './fact-term.js';
import { matchesOf } from '../../text/matches-of.js';

/** What a passage needs to be read here. */
export interface GroupSource {
  text: string;
  /** {@link maySizeGroup} of the text, read once. */
  sizesGroup: boolean;
  values: FactValues;
  terms: ReadonlyMap<string, number>;
}

/** The fewest content terms two reports share, besides the group's noun, to tell one event. */
const LEAST_SHARED = 2;

/** The most words between "N-strong" and the group's noun ("a 60-strong search team"). */
const MOST_WORDS_BEFORE_NOUN = 2;

/** "60-strong" and the words after it, up to a clause break. */
const STRONG = /\b(\d[\d,]*)-strong\s+([^,;:.!?()—–]*)/giu;

/**
 * A noun, "of", an approximation or bound word, a figure: "a team of about 50", "a crowd of
 * more than 300". The figure's own offset is found from the match.
 */
const OF_SIZE =
  /\b(?:a|an|the)\s+([\p{L}’'-]+)\s+of\s+(?:(?:about|around|some|roughly|approximately|nearly|almost|more than|over|at least|up to)\s+)?(\d[\d,]*)\b/giu;

/** A cheap test that a passage may give a group's size at all (no global state). */
const MAYBE_SIZED = new RegExp(`\\d-strong\\b|${OF_SIZE.source}`, 'iu');

const cut = factTerm;

/** One group's size as a passage gives it: the nouns it may be of, and the figure's offset. */
interface GroupSize {
  nouns: readonly string[];
  at: number;
}

/**
 * The group sizes a passage gives: after "N-strong", the content words next to it (any of the
 * first {@link MOST_WORDS_BEFORE_NOUN} + 1 may be the noun: "search team"); before "of N", the one
 * noun.
 */
function groupSizes(text: string): GroupSize[] {
  const found: GroupSize[] = [];
  for (const m of matchesOf(text, STRONG)) {
    const words = tokenize(m[2] ?? '')
      .filter((token) => !isStopWord(token))
      .slice(0, MOST_WORDS_BEFORE_NOUN + 1);
    found.push({ nouns: words.map((token) => cut(token.word)), at: m.index });
  }
  for (const m of matchesOf(text, OF_SIZE))
    found.push({ nouns: [cut(m[1] ?? '')], at: m.index + m[0].length - (m[2] ?? '').length });
  return found;
}

/** True when a passage may give a group's size ({@link groupSizesDiffer} reads it). */
export function maySizeGroup(text: string): boolean {
  return MAYBE_SIZED.test(text);
}

/**
 * True when two passages give the size of one group, one each, as figures that cannot be the
 * same, and share at least {@link LEAST_SHARED} content terms besides the group's noun.
 */
export function groupSizesDiffer(a: GroupSource, b: GroupSource): boolean {
  if (!a.sizesGroup || !b.sizesGroup) return false;
  const sa = groupSizes(a.text);
  const sb = groupSizes(b.text);
  for (const x of sa)
    for (const y of sb) {
      const noun = x.nouns.find((n) => y.nouns.includes(n));
      if (noun === undefined) continue;
      // One size of the noun on each side: two sizes in one sentence may be two groups.
      const ofNoun = (sizes: GroupSize[]) => sizes.filter((s) => s.nouns.includes(noun)).length;
      if (ofNoun(sa) !== 1 || ofNoun(sb) !== 1) return false;
      let shared = 0;
      for (const term of a.terms.keys()) if (term !== noun && b.terms.has(term)) shared += 1;
      if (shared < LEAST_SHARED) return false;
      const rx = rangeAt(a.values, x.at);
      const ry = rangeAt(b.values, y.at);
      return rx !== null && ry !== null && !rangesOverlap(rx, ry);
    }
  return false;
}

/** The range of the number fact-values.ts reads at offset `at`; null when it reads none there. */
function rangeAt(values: FactValues, at: number): [number, number] | null {
  for (const value of values.positioned)
    if ('number' in value && value.at === at) return statedRange(value);
  return null;
}
