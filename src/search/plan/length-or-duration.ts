/**
 * "How long" asks a length or a duration, and the predicate says which. With a verb of
 * duration ("how long did the talks last", "how long will the works take") or a state held over
 * time ("how long has she led it", "how long is the deal valid for") it asks a span of time.
 * With a copula and a noun phrase that closes the clause ("how long is the cliff railway's
 * track?", "how long were the inland mail routes in 1850?") it asks the extent of what the noun
 * names: a physical thing (a track, a bridge, a route) has a length, a happening (a strike, a
 * journey) a duration. "Long" is a dimension adjective whose sense follows its head
 * (Bierwisch 1989, "The semantics of gradation": "long" measures the maximal extent of an
 * object, or the time of an event); answer types follow the question's focus and its predicate
 * (Moldovan et al. 2000, "The structure and performance of an open-domain question answering
 * system": the answer type is read with the focus, not from the wh-phrase alone).
 *
 * The noun's kind is WordNet 3.1's: its most frequent sense (senses are ordered by their
 * frequency in the SemCor corpus) filed by the lexicographers as a physical thing
 * ({@link PHYSICAL_FILES}), with none of its most frequent senses an event or a time ("match",
 * first a matchstick, is also a contest, whose length is a time). The most frequent sense is
 * not always the one meant, so answer-type.ts lets a length answer such a question beside a
 * span of time, not in its place. WordNet is read only for a question of this form ("how long"
 * then a copula), on first use.
 */
import { baseForms } from '../dictionary-words.js';
import { nounFiles } from '../../timeline/event-noun.js';
import { isStopWord, tokenize } from '../../text/terms.js';
import { lexiconTags } from '../../text/lexicon-tags.js';

/**
 * WordNet's lexicographer files (lexnames(5WN)) of things that have a spatial extent:
 * noun.animal, noun.artifact, noun.body, noun.location, noun.object, noun.plant, noun.shape.
 */
const PHYSICAL_FILES: ReadonlySet<number> = new Set([5, 6, 8, 15, 17, 20, 25]);

/** noun.event and noun.time: a noun with such a sense among its most frequent lasts a while. */
const TIMED_FILES: ReadonlySet<number> = new Set([11, 28]);

/**
 * "How long" then a form of "be" (a contraction too: "how long's the route"), and the words of
 * the noun phrase after it, up to the end of the clause: a question mark, a comma, the
 * question's end, or a function word (a preposition, "in fillmore's message").
 */
const HOW_LONG_IS = /\bhow\s+long(?:\s+(?:is|was|are|were)\b|['’]s\b)([^?,;]*)/iu;

/** Most words read of the noun phrase: a phrase of more is unheard of in a question. */
const PHRASE_WORDS = 5;

/**
 * The head of the noun phrase opening `text` (after its determiners and possessives), folded,
 * or null: English noun phrases are head-final, so it is the last word before the first
 * function word ("the cliff railway's track" → "track"; "the inland mail routes in …" →
 * "routes"). A phrase that goes on into a predicate ("the deal valid for", "the bridge expected
 * to …") ends on a word that is no noun of a physical thing, and asks no length.
 *
 * Null, too, when the subject is a personal pronoun ("how long were they in the cave"): the
 * pronoun is the whole noun phrase (Quirk et al. 1985 §6.1–6.2), and what follows it is the
 * predicate, never its head; and when the last word is one the lexicon knows in no noun's part
 * of speech ("how long were the cavers trapped": the past participle of a passive, Quirk et al.
 * 1985 §3.63): the head of a noun phrase is a noun (§17.2), so the phrase has gone on into a
 * predicate and "be" is an auxiliary, not the copula of "X is long". The base form of such a
 * word may still be a noun ("trap"), which would otherwise be read as the thing asked.
 */
function headOf(text: string): string | null {
  let head: string | null = null;
  for (const token of tokenize(text).slice(0, PHRASE_WORDS)) {
    if (head === null && lexiconTags(token.word)?.[0] === 'PRP') return null;
    if (isStopWord(token)) {
      if (head === null) continue;
      break;
    }
    head = token.word;
  }
  return head === null || nounHead(head) ? head : null;
}

/** True when the lexicon knows `word` as a noun (a Penn NN tag), or does not know it at all. */
function nounHead(word: string): boolean {
  const tags = lexiconTags(word);
  return tags === undefined || tags.some((tag) => tag.startsWith('NN'));
}

/** True when `noun` (folded; a plural too) names a physical thing, by its WordNet senses. */
export function namesPhysicalThing(noun: string): boolean {
  return baseForms(noun).some((lemma) => {
    const files = nounFiles(lemma);
    const first = files[0];
    return (
      first !== undefined &&
      PHYSICAL_FILES.has(first) &&
      !files.some((file) => TIMED_FILES.has(file))
    );
  });
}

/**
 * True when `question`'s "how long" asks a length: "how long" and a copula, then a noun phrase
 * closing the clause whose head names a physical thing ({@link namesPhysicalThing}).
 *
 * @example asksLength("How long is the cliff railway's track?") // true
 * @example asksLength('How long was the strike?') // false: a happening lasts
 * @example asksLength('How long did the bridge take to build?') // false: no copula
 */
export function asksLength(question: string): boolean {
  const phrase = HOW_LONG_IS.exec(question)?.[1];
  if (phrase === undefined) return false;
  const head = headOf(phrase);
  return head !== null && namesPhysicalThing(head);
}
