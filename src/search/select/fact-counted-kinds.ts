/**
 * Counts of one act under a noun for a kind and a noun for its class: "Owen Pryce lost 70 ewes
 * and lambs in the blaze" / "Owen Pryce lost 52 sheep in the blaze". Every ewe is a sheep, so a
 * report of the sheep lost cannot truly count fewer than a report of the ewes lost counts: the
 * class's count must be at least the kind's. A class's count above the kind's is no contradiction
 * (the class may hold others: rams), so only the kind's count above the class's is read as two
 * counts of one thing that differ. A kind is a noun one of whose most frequent WordNet senses
 * (`SENSES_PER_WORD`) has the class's noun among its hypernyms, at most {@link MAX_LINKS} links up,
 * or as its gloss's genus ("lamb": "young sheep"; wordnet-relations.ts `glossGenus`), in a
 * taxonomy of physical things (counted-superordinates.ts `TAXONOMIC_FILES`: animals, artifacts,
 * food, objects, plants); a count of nouns joined by "and" or "or" ("ewes and lambs") is of kinds
 * of the class only when each noun is one.
 */
import { baseForms } from '../dictionary-words.js';
import { STOP_WORDS } from '../../text/stop-words.js';
import { lemmaSynsets, wordnetSynsets, type Synset } from '../wordnet-relations.js';
import { TAXONOMIC_FILES } from '../plan/counted-superordinates.js';
import { factTerm } from './fact-term.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * Most hypernym links between a kind and its class: a writer restates a thing by a near class
 * ("ewe" → "sheep", one link; "car" → "vehicle", two), not by a far one ("organism").
 */
const MAX_LINKS = 3;

/** The counted noun, then any nouns joined to it by commas and "and" or "or" ("ewes and lambs"). */
const COUNTED_NOUNS = /^([\p{L}’'-]+)((?:\s*,\s*[\p{L}’'-]+)*\s+(?:and|or)\s+[\p{L}’'-]+)?/u;

const termOf = factTerm;

/**
 * The nouns a count counts, as written: the first word after its figure (at offset `at`) whose
 * term is its counted noun's (`unit`), and the nouns joined to it ("ewes and lambs").
 */
function countedNouns(text: string, at: number, unit: string): string[] {
  for (const word of matchesOf(text.slice(at), /[\p{L}’'-]+/gu)) {
    if (termOf(word[0]) !== unit) continue;
    const m = COUNTED_NOUNS.exec(text.slice(at + word.index));
    const joined = (m?.[2] ?? '').split(/\s*,\s*|\s+(?:and|or)\s+/).filter((w) => w.trim() !== '');
    return [word[0], ...joined.map((w) => w.trim())];
  }
  return [];
}

/** True when a noun as written (`word`) is a kind of the noun `general` ({@link MAX_LINKS}). */
function isKindOf(word: string, general: string): boolean {
  const nouns = lemmaSynsets('noun');
  const read = wordnetSynsets();
  const classes = new Set(baseForms(general.toLowerCase()).flatMap((form) => nouns(form)));
  if (classes.size === 0) return false;
  const senses = baseForms(word.toLowerCase())
    .flatMap((form) => nouns(form))
    .filter((synset) => TAXONOMIC_FILES.has(synset.lexFile));
  // "Lamb" ("young sheep") is filed under "young mammal": its gloss's genus names its class.
  const genera = new Set(baseForms(general.toLowerCase()));
  if (senses.some((synset) => synset.genus !== null && genera.has(synset.genus))) return true;
  let level: Synset[] = senses;
  for (let link = 0; link < MAX_LINKS && level.length > 0; link++) {
    level = level.flatMap((synset) => synset.hypernyms.map(([pos, offset]) => read(pos, offset)));
    if (level.some((synset) => classes.has(synset))) return true;
  }
  return false;
}

/** What is read of one count here: its passage, its figure's offset, its counted noun, its range. */
export interface CountOfKind {
  text: string;
  at: number;
  /** The counted noun's term (fact-values.ts `unit`, cut to `namePrefix` letters). */
  unit: string;
  range: readonly [number, number];
}

/**
 * The terms of the nouns joined to a count's counted noun ("lambs" of "70 ewes and lambs"):
 * words of the counted thing, not said of it.
 */
export function joinedNounTerms(count: Omit<CountOfKind, 'range'>): string[] {
  return countedNouns(count.text, count.at, count.unit)
    .slice(1)
    .filter((word) => !STOP_WORDS.has(word.toLowerCase()))
    .map(termOf);
}

/**
 * True when one count counts kinds of what the other counts, and counts more than the other can
 * (its range's low end above the other's high end): the two cannot both be true of one act (see
 * the module note). False when the nouns are alike, unrelated, or the class's count is the larger.
 */
export function kindCountAboveClass(x: CountOfKind, y: CountOfKind): boolean {
  const above = (kind: CountOfKind, whole: CountOfKind) => {
    if (kind.unit === whole.unit || kind.range[0] <= whole.range[1]) return false;
    const kinds = countedNouns(kind.text, kind.at, kind.unit);
    const [general] = countedNouns(whole.text, whole.at, whole.unit);
    if (general === undefined || kinds.length === 0) return false;
    return kinds.every((word) => termOf(word) !== whole.unit && isKindOf(word, general));
  };
  return above(x, y) || above(y, x);
}
