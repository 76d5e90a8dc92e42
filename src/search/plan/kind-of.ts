/**
 * A thing spoken of by the name of one of its kinds: "the search dogs" are "two springer
 * spaniels" in the article that names them. A writer restates a thing by a more specific noun
 * as by a more general one (reiteration by a hyponym or a superordinate, Halliday & Hasan 1976,
 * Cohesion in English, 6.1), so a sentence about "spaniels" speaks of the dogs a question asks
 * about. Read from WordNet 3.1's hypernyms ("@" pointers) of the text noun's most frequent
 * sense, up to {@link MAX_LINKS} links, for physical things only (counted-superordinates.ts
 * `TAXONOMIC_FILES`), whose hypernyms form a taxonomy; one way: "dogs" in a text do not speak of
 * the asked "spaniels".
 */
import { nounSensesOf } from '../noun-senses.js';
import { wordnetSynsets, type Synset } from '../wordnet-relations.js';
import { TAXONOMIC_FILES } from './counted-superordinates.js';

/** Most hypernym links from a text noun's sense up to the asked noun's ("spaniel" → "dog": 3). */
const MAX_LINKS = 4;

/** The most frequent noun sense of `word` (as written, folded), its base forms first. */
function usualSense(word: string): Synset | undefined {
  return nounSensesOf(word)[0];
}

/**
 * A test of whether a word (folded, as written) names a kind of what `asked` (a noun, folded)
 * names in its most frequent sense: the word's own most frequent sense has it among its
 * hypernyms, at most {@link MAX_LINKS} links up. Null when `asked` is no physical thing WordNet
 * knows. Each word's answer is kept.
 *
 * @example kindOfTest('dogs')?.('spaniels') // true
 */
export function kindOfTest(asked: string): ((word: string) => boolean) | null {
  const target = usualSense(asked);
  if (target === undefined || !TAXONOMIC_FILES.has(target.lexFile)) return null;
  const read = wordnetSynsets();
  const kept = new Map<string, boolean>();
  return (word) => {
    let found = kept.get(word);
    if (found !== undefined) return found;
    found = false;
    const sense = usualSense(word);
    if (sense !== undefined && sense !== target && TAXONOMIC_FILES.has(sense.lexFile)) {
      let level = [sense];
      for (let link = 0; link < MAX_LINKS && level.length > 0 && !found; link++) {
        level = level.flatMap((s) => s.hypernyms.map(([pos, offset]) => read(pos, offset)));
        found = level.includes(target);
      }
    }
    kept.set(word, found);
    return found;
  };
}
