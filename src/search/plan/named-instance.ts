/**
 * A proper name that WordNet lists as an instance of the kind a "which N" question asks for:
 * "France" of "which country", "Valparaiso" of "which port". A wh-determiner's head noun asks
 * which member of its class is meant (Huddleston & Pullum 2002, ch. 10 §7; Quirk et al. 1985
 * §6.37), and a proper noun names one member of a class without its noun (Quirk §5.60–5.63): a
 * passage answers "which country would become a nuclear power" with "France will be such a
 * power", no preposition of place before the name (place-in-text.ts reads those). WordNet 3.1
 * files a proper noun's synset under its class by an instance hypernym ("@i": Miller &
 * Hristea 2006, "WordNet nouns: classes and instances", Computational Linguistics 32(1)), and
 * that class under its own hypernyms ("European country" is a kind of "country").
 */
import { keptIn } from '../../text/bounded-memo.js';
import { stem } from '../../text/terms.js';
import { lemmaSynsets, wordnetSynsets, type Synset } from '../wordnet-relations.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * Hypernym links read above a name's own class: "France" → "European country" → "country" (1).
 * Further up the classes grow general enough to hold any place ("administrative district",
 * "region" at 3–4), which every name of a country would then answer.
 */
const MAX_CLASS_LINKS = 2;

/** A run of capitalised words, up to three: "France", "Sierra Leone", "United States". */
const NAME_RUN = /\b\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/gu;

/** Most names asked about in a process: the same names recur across a corpus's passages. */
const MAX_KEPT_NAMES = 50_000;

/** The stems of the classes each name read is an instance of, within {@link MAX_CLASS_LINKS}. */
const classesOfName = new Map<string, ReadonlySet<string>>();

/** The stems of one-word class nouns a proper noun `name` (lower case) is an instance of. */
function readClasses(name: string): ReadonlySet<string> {
  const stems = new Set<string>();
  const instances = lemmaSynsets('noun')(name).filter((sense) => sense.instanceOf.length > 0);
  if (instances.length === 0) return stems;
  const read = wordnetSynsets();
  let level: Synset[] = instances.flatMap((sense) =>
    sense.instanceOf.map(([pos, offset]) => read(pos, offset)),
  );
  for (let link = 0; link <= MAX_CLASS_LINKS && level.length > 0; link++) {
    for (const synset of level)
      for (const word of synset.words) if (!word.includes(' ')) stems.add(stem(word));
    level = level.flatMap((synset) => synset.hypernyms.map(([pos, offset]) => read(pos, offset)));
  }
  return stems;
}

/**
 * True when `text` holds a capitalised name (a run of up to three capitalised words, or one of
 * its words) that WordNet lists as an instance of a class whose noun stems to `kind` (a stem,
 * as answer-type.ts keeps a focus: "countri"), at most {@link MAX_CLASS_LINKS} hypernym links
 * above the name's own class.
 *
 * @example namesInstanceOf('France will be such a power in the future.', 'countri') // true
 * @example namesInstanceOf('The alliance will be such a power in the future.', 'countri') // false
 */
export function namesInstanceOf(text: string, kind: string): boolean {
  for (const match of matchesOf(text, NAME_RUN)) {
    const words = match[0].split(/\s+/u);
    const runs = words.length === 1 ? words : [words.join(' '), ...words];
    for (const run of runs) {
      const name = run.toLowerCase().replace(/[’']s$/u, '');
      if (keptIn(classesOfName, name, MAX_KEPT_NAMES, readClasses).has(kind)) return true;
    }
  }
  return false;
}
