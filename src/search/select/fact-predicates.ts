/**
 * What a report says happened: its event words. Two reports that share only what they are about
 * ("the cracks", "the Orvane Viaduct") and none of what they say happened to it ("The cracks in
 * the Orvane Viaduct did not appear overnight." / "Rail services across the Orvane Viaduct have
 * been suspended after engineers found cracks …") cannot show that a stance one takes (a
 * negation, a plan) stands outside what they share (fact-relation.ts). The event is read from the
 * verbs wink-nlp tags (its part-of-speech model, timeline/wink.ts), compared by their stems as
 * fact terms are, so a verb meets its own noun ("suspended" / "the suspension").
 *
 * Tagging needs wink-nlp's model (about 0.15 s to load, once per process), so an index saves each
 * sentence's event words ({@link claimEventWords}, tagged once at build, not per question) and a
 * question read from it never tags; {@link eventWords} tags only texts no index holds (pairs
 * compared on their own, as `npm run eval -- --pairs` does).
 */
import { SEARCH_OPTIONS } from '../options.js';
import { LIGHT_VERB_FORMS } from '../../text/light-verbs.js';
import { stem } from '../../text/terms.js';
import { meets } from '../../text/verb-noun.js';
import { tagWords, type TaggedWord } from '../../timeline/wink.js';
import { ATTRIBUTION_WORDS, claimOf } from './fact-attribution.js';
import { describesNoun } from './fact-modifiers.js';

/**
 * Verbs that carry no event of their own: the event is in their object ("makes 23
 * recommendations" / "sets out 23 recommendations"), or they list parts of it ("including").
 * Verbs of saying (fact-attribution.ts) frame a claim; they are not what it reports.
 */
export const EVENTLESS_VERBS: ReadonlySet<string> = new Set(
  [
    ...['be', 'is', 'are', 'was', 'were', 'been', 'being'],
    ...LIGHT_VERB_FORMS,
    ...['set', 'sets', 'put', 'puts', 'keep', 'keeps', 'kept', 'include'],
    ...ATTRIBUTION_WORDS,
  ].map((word) => key(word)),
);

function key(word: string): string {
  return stem(word.toLowerCase()).slice(0, SEARCH_OPTIONS.facts.namePrefix);
}

/** Each text's event words, read once (tagging costs more than the rest of a comparison). */
const read = new Map<string, ReadonlySet<string>>();
/** The most texts kept: a question compares a few dozen passages. */
const MAX_READ = 512;

/**
 * The event words of a passage: the stems (cut to `namePrefix` letters, as fact terms are
 * compared) of the words wink-nlp tags as verbs, less the verbs that carry no event and those
 * that describe a noun ("the man arrested in May would face …": fact-modifiers.ts). Empty for a
 * passage with no such verb ("Four arrests in Minsk", "It makes 23 recommendations").
 */
export function eventWords(text: string): ReadonlySet<string> {
  let words = read.get(text);
  if (words === undefined) {
    words = eventWordsOf(tagWords(text));
    if (read.size >= MAX_READ) read.clear();
    read.set(text, words);
  }
  return words;
}

/** {@link eventWords} of a passage whose words are tagged already (`tagged`, in order). */
function eventWordsOf(tagged: readonly TaggedWord[]): ReadonlySet<string> {
  return new Set(
    tagged
      .filter(
        (word, i) => word.tag === 'VERB' && /^\p{L}/u.test(word.value) && !describesNoun(tagged, i),
      )
      .map((word) => key(word.value))
      .filter((word) => word.length > 0 && !EVENTLESS_VERBS.has(word)),
  );
}

/**
 * The event words of what a sentence reports, its attribution framing set aside
 * ({@link claimOf}): what the index saves for each sentence, and what {@link eventsApart} reads
 * of a passage no index holds.
 */
export function claimEventWords(text: string): ReadonlySet<string> {
  return eventWords(claimOf(text));
}

/**
 * {@link claimEventWords} of a sentence whose words wink-nlp tagged where it stands, in the read
 * of its paragraph that segmented it (`tagged`: its words, offsets into `text`): what a build
 * reads (search/article-events.ts), so that each text is read once. Those tags are taken when
 * the claim is the whole sentence; a sentence with attribution framing is tagged as its claim
 * alone, as {@link claimEventWords} does. wink-nlp's tagger reads a sentence's words with their
 * neighbours, so a tag at a sentence's edge could in principle differ from the sentence's own
 * read; none did in any sentence of the bundled corpus, the evaluation corpora or the State of
 * the Union (62,915 sentences, session 68).
 */
export function claimEventWordsTagged(
  text: string,
  tagged: () => readonly TaggedWord[],
): ReadonlySet<string> {
  const claim = claimOf(text);
  return claim === text ? eventWordsOf(tagged()) : eventWords(claim);
}

/** What {@link eventsApart} reads of one passage. */
export interface ClaimEvents {
  /** Its claim's content terms, stems cut to `namePrefix` letters (fact-relation.ts). */
  claimTerms: ReadonlySet<string>;
  /** Its {@link claimEventWords}, read only when needed (from the index, or by tagging). */
  events: () => ReadonlySet<string>;
}

/**
 * True when two passages each say something happened (event words) and neither's event word is
 * a term of the other's claim: they report different events, however much of what they are about
 * they share. Synonyms ("halted" / "stopped") are not matched: that costs a missed "also reported
 * by", never a false one.
 */
export function eventsApart(a: ClaimEvents, b: ClaimEvents): boolean {
  const eventsA = a.events();
  if (eventsA.size === 0) return false;
  const eventsB = b.events();
  if (eventsB.size === 0) return false;
  return !meets(eventsA, b.claimTerms) && !meets(eventsB, a.claimTerms);
}
