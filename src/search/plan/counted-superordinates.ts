/**
 * The superordinates of a counted noun: the nouns a text may count the same things by. Writers
 * restate a noun by a more general one of its class ("fishing boats … more than forty vessels
 * sailed"), the superordinate kind of reiteration (Halliday & Hasan 1976, Cohesion in English,
 * 6.1), so "how many boats" is answered by a count of "vessels". Read from WordNet 3.1's
 * hypernyms ("@" pointers) of the noun's most frequent sense, with the head of a compound
 * hypernym when WordNet files the compound under it ("motor vehicle" is a kind of "vehicle",
 * as an English compound names a kind of its last word): "cars" are counted as "vehicles".
 * Only one way: a count of cars does not count vehicles.
 */
import { baseForms } from '../dictionary-words.js';
import { lemmaSynsets, wordnetSynsets, type Synset } from '../wordnet-relations.js';

/**
 * Fewest hypernym links between a superordinate and WordNet's root ("entity") for it to name a
 * class a writer restates a thing by: "vessel" (9 links), "vehicle" (7), "residence" (7), not
 * the general nouns that name no class of their own ("activity" 5, "structure" 5, "space" 6;
 * Halliday & Hasan 1976, 6.2, "general nouns").
 */
export const MIN_SUPERORDINATE_DEPTH = 7;

/**
 * WordNet's lexicographer files of physical things (lexnames(5WN): 5 noun.animal, 6
 * noun.artifact, 13 noun.food, 17 noun.object, 20 noun.plant), whose hypernyms are kinds of
 * kinds, a taxonomy. Acts and events are filed under looser classes ("sailing" under
 * "employment", "crossing" under "travel") a writer does not restate them by.
 */
export const TAXONOMIC_FILES: ReadonlySet<number> = new Set([5, 6, 13, 17, 20]);

/** How many hypernym links up the head of a compound superordinate is looked for. */
const MAX_HEAD_LINKS = 4;

/** Depth of each synset read: the same classes come back question after question. */
const depths = new Map<Synset, number>();

/** Fewest hypernym links from `synset` up to a root (a synset with no hypernym). */
export function depthOf(synset: Synset): number {
  const kept = depths.get(synset);
  if (kept !== undefined) return kept;
  const read = wordnetSynsets();
  let level = [synset];
  let depth = 0;
  // WordNet's noun hierarchy is under 20 links deep: the bound only ends a malformed loop.
  while (depth < 30 && !level.some((s) => s.hypernyms.length === 0)) {
    level = level.flatMap((s) => s.hypernyms.map(([pos, offset]) => read(pos, offset)));
    depth += 1;
  }
  depths.set(synset, depth);
  return depth;
}

/** True when `ancestor` is among the hypernyms of `synset`, at most {@link MAX_HEAD_LINKS} links up. */
function isAbove(ancestor: Synset, synset: Synset): boolean {
  const read = wordnetSynsets();
  let level = [synset];
  for (let link = 0; link < MAX_HEAD_LINKS && level.length > 0; link++) {
    level = level.flatMap((s) => s.hypernyms.map(([pos, offset]) => read(pos, offset)));
    if (level.includes(ancestor)) return true;
  }
  return false;
}

/**
 * The lemmas (lower case, a compound's words space-joined) of the superordinates of a counted
 * noun as written (`word`, folded: "boats", "cars"): the words of the hypernyms of its most
 * frequent WordNet noun sense, each at least {@link MIN_SUPERORDINATE_DEPTH} links below the
 * root and written by a word of which it is one of the most frequent senses, and the last word
 * of a compound one when that word's own most frequent sense is such a class above it
 * ("vehicle" of "motor vehicle"). Empty for a word WordNet does not know as a
 * noun, and for one whose sense is no physical thing ({@link TAXONOMIC_FILES}).
 *
 * @example superordinatesOf('boats') // ['vessel', 'watercraft']
 */
export function superordinatesOf(word: string): string[] {
  const nouns = lemmaSynsets('noun');
  const read = wordnetSynsets();
  // The base forms before the word as written: "gates" is first a gate, not the lemma "Gates".
  const forms = baseForms(word);
  const sense = [...forms.slice(1), word]
    .map((form) => nouns(form)[0])
    .find((synset) => synset !== undefined);
  if (sense === undefined || !TAXONOMIC_FILES.has(sense.lexFile)) return [];
  const lemmas = new Set<string>();
  for (const [pos, offset] of sense.hypernyms) {
    const hypernym = read(pos, offset);
    if (depthOf(hypernym) < MIN_SUPERORDINATE_DEPTH) continue;
    for (const lemma of hypernym.words) {
      // A word names the class only when that is one of its most frequent senses: "arm" is a
      // word of the class of weapons, but a limb or a branch before.
      if (!nouns(lemma).includes(hypernym)) continue;
      lemmas.add(lemma);
      const head = lemma.includes(' ') ? lemma.slice(lemma.lastIndexOf(' ') + 1) : null;
      const headSense = head === null ? undefined : nouns(head)[0];
      if (
        head !== null &&
        headSense !== undefined &&
        depthOf(headSense) >= MIN_SUPERORDINATE_DEPTH &&
        isAbove(headSense, hypernym)
      )
        lemmas.add(head);
    }
  }
  lemmas.delete(word);
  return [...lemmas];
}
