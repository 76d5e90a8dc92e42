/**
 * Phrasal verbs of a question ("kick in", "set in", "step down"): a verb and an adverb particle
 * that together make one lexical verb whose meaning is not its verb's (Quirk et al. 1985,
 * _A Comprehensive Grammar of the English Language_, §16.2–16.4). "When does the agreement kick
 * in" asks when it begins to hold, not about kicking: the pair is read as the WordNet lemma it is
 * ("kick_in", v 02615474, with "set_in": "enter a particular state"), never as its bare verb,
 * whose senses are another word's (timeline/synonymous-acts.ts reads the relation so too).
 */
import { STOP_WORDS } from '../../text/stop-words.js';
import { BEGINNING_VERBS } from '../../text/taking-effect.js';
import { isStopWord, type Token } from '../../text/terms.js';
import { anyOf } from '../../text/word-class.js';
import { AUXILIARIES } from '../../text/auxiliaries.js';
import { lemmasOf, verbSynsets } from '../../timeline/synonymous-acts.js';
import { wordnetSynsets } from '../wordnet-relations.js';

/**
 * The adverb particles of phrasal verbs (Quirk et al. 1985, §16.3) that the index drops as
 * function words (text/stop-words.ts): the others ("away", "back") are index terms, and a
 * phrase of them is read as any WordNet phrase is (query-plan.ts `phraseAt`).
 */
const PARTICLES = ['about', 'by', 'down', 'in', 'off', 'on', 'out', 'over', 'through', 'up'].filter(
  (particle) => STOP_WORDS.has(particle),
);

/**
 * The aspectual verbs (Levin 1993, _English Verb Classes and Alternations_, §55.1–55.2: the
 * verbs of beginning and of ending): a phrasal verb that is a kind of one ("kick in", "set in":
 * a kind of "begin, start") asks what that verb asks, and is told by it ("the treaty began to
 * apply"), as a more specific verb is by its superordinate.
 */
const ASPECTUAL_VERBS: ReadonlySet<string> = new Set([
  ...BEGINNING_VERBS,
  'end',
  'stop',
  'finish',
  'cease',
  'terminate',
]);

/** A phrasal verb read in a question. */
export interface PhrasalVerb {
  /** Its WordNet lemma, words with spaces ("kick in"). */
  lemma: string;
  /** The index of its particle among the question's tokens. */
  particle: number;
  /**
   * The words of its most frequent sense's synset (lemmas, lower case; "set in"), but itself
   * and other phrasal verbs of a dropped particle (whose terms are their bare verb's), and of
   * that sense's superordinate when it is an aspectual verb ("begin", "start": `superordinate`).
   */
  words: Array<{ word: string; superordinate: boolean }>;
  /** True when it is a kind of a verb of beginning ("begin", "start", "commence"). */
  beginning: boolean;
}

/** A word opening a question whose wh-phrase is a noun phrase ("which city", "what", "whom"). */
const NOMINAL_WH = /^(?:which|what|who|whom|whose)$/;

/** An auxiliary: after a fronted wh-phrase, it makes that phrase other than the subject. */
const AUXILIARY = new RegExp(String.raw`^(?:${anyOf(AUXILIARIES)})$`, 'u');

/**
 * The phrasal verb whose verb is `all[i]`, a content word of `text` (its tokens `all`), or null.
 * The verb must stand right before a particle that ends its clause (the question's end, or
 * punctuation after it): a particle of a phrasal verb may end a clause, a preposition only when
 * its complement is moved away (Quirk et al. 1985, §16.4; "which city was it signed in"), so
 * a question whose noun wh-phrase is fronted other than as the subject ("which city was …",
 * "what did …") reads no particle so. Transitive uses with the object after the particle ("carry
 * out the plan") are not read: a prepositional phrase after an intransitive verb looks the same
 * ("signed in Minsk"). The lemma is WordNet's, looked up for each base form of the verb
 * (synonymous-acts.ts `lemmasOf`), in its most frequent sense (WordNet orders senses by their
 * frequency in SemCor; McCarthy et al. 2004): a phrasal verb's rarer senses are mostly its
 * literal readings ("kick in the doors").
 */
export function phrasalVerbAt(text: string, all: readonly Token[], i: number): PhrasalVerb | null {
  const verb = all[i];
  const particle = all[i + 1];
  if (verb === undefined || particle === undefined || isStopWord(verb)) return null;
  if (!PARTICLES.includes(particle.word)) return null;
  if (!/^\s+$/u.test(text.slice(verb.end, particle.start))) return null;
  const next = all[i + 2];
  const after = text.slice(particle.end, next?.start ?? text.length);
  if (next !== undefined && !/[,;:.?!]/u.test(after)) return null;
  if (strandsPreposition(all)) return null;
  for (const lemma of lemmasOf(`${verb.word} ${particle.word}`)) {
    const sense = verbSynsets(lemma)[0];
    if (sense === undefined) continue;
    const read = wordnetSynsets();
    const supers = sense.hypernyms.map(([pos, offset]) => read(pos, offset));
    // A kind of its own verb ("send in": "send") is a free combination, the particle adding only
    // a direction (Quirk et al. 1985, §16.2): read as the verb, it keeps the verb's words.
    const bare = lemma.split(' ')[0]!;
    if (supers.some((synset) => synset.words.includes(bare))) return null;
    const aspectual = supers.filter((synset) => synset.words.some((w) => ASPECTUAL_VERBS.has(w)));
    const words = [
      ...sense.words.map((word) => ({ word, superordinate: false })),
      ...aspectual.flatMap((synset) => synset.words.map((word) => ({ word, superordinate: true }))),
    ].filter(
      ({ word }, k, all) =>
        word !== lemma &&
        !dropsParticle(word) &&
        all.findIndex((other) => other.word === word) === k,
    );
    const beginning = aspectual.some((synset) =>
      synset.words.some((word) => BEGINNING_VERBS.has(word)),
    );
    return { lemma, particle: i + 1, words, beginning };
  }
  return null;
}

/** True for a phrasal verb whose particle the index drops: its terms are its bare verb's. */
function dropsParticle(lemma: string): boolean {
  const [, second, ...rest] = lemma.split(' ');
  return rest.length === 0 && second !== undefined && PARTICLES.includes(second);
}

/**
 * True when the question opens with a noun wh-phrase followed by an auxiliary ("which city was
 * it signed in", "what did they vote on"): the fronted phrase may be a stranded preposition's
 * complement.
 */
function strandsPreposition(all: readonly Token[]): boolean {
  const first = all[0];
  if (first === undefined || !NOMINAL_WH.test(first.word)) return false;
  // The wh-phrase's noun may stand between ("which city was"): up to three words.
  return all.slice(1, 5).some((token) => AUXILIARY.test(token.word));
}
