/**
 * wink-nlp's view of a sentence's dates: its DATE and DURATION entities as character spans.
 * Durations veto the rules' matches they overlap; dates the rules cannot read are reported.
 */
import { keptIn } from '../text/bounded-memo.js';
import { readWords, type TaggedWord } from '../text/tagged-words.js';
import { loadWink, type WinkNLP } from '../text/wink-loader.js';
import type { Span } from './mention.js';
import { opensWithPluralPresent } from './plural-present.js';

/**
 * An instance that only finds entities. wink-nlp's entity recogniser reads the tokens alone,
 * before the sentences, negation, sentiment and parts of speech of its default pipe are found
 * (wink-nlp 2.x, `readDoc`), so its entities are the default pipe's, at about 60% of the cost
 * (measured on 8,000 State of the Union sentences: the same entities for every one).
 */
let recogniser: WinkNLP | undefined;

function getRecogniser(): WinkNLP {
  recogniser ??= loadWink(['ner']);
  return recogniser;
}

/**
 * An instance that only tags parts of speech. wink-nlp's tagger reads the tokens alone (not the
 * sentences, entities, negation or sentiment its default pipe also finds), so its tags are the
 * default pipe's, at about 60% of the cost (measured on 62,959 sentences: the same tags for
 * every one); an index build tags every sentence (search/select/fact-predicates.ts).
 */
let tagger: WinkNLP | undefined;

function getTagger(): WinkNLP {
  tagger ??= loadWink(['pos']);
  return tagger;
}

/** DATE and DURATION entities of one sentence, with offsets into it. */
export function winkEntities(text: string): { dates: Span[]; durations: Span[] } {
  const engine = getRecogniser();
  const dates: Span[] = [];
  const durations: Span[] = [];
  const entities = engine.readDoc(text).entities().out(engine.its.detail) as Array<{
    value: string;
    type: string;
  }>;
  let cursor = 0;
  for (const { value, type } of entities) {
    const start = text.indexOf(value, cursor);
    if (start < 0) continue;
    cursor = start + value.length;
    if (type === 'DATE') dates.push({ start, end: cursor });
    else if (type === 'DURATION') durations.push({ start, end: cursor });
  }
  return { dates, durations };
}

/**
 * The part of speech wink-nlp gives the word right after `lead` in `lead + rest` ("NOUN",
 * "VERB", "AUX", …), or null when `rest` starts with no word. Used only to settle a rare
 * ambiguity ("in 1800 homes" against "since 1933 appears", "Since May took office" against
 * "since May the port…"), so its cost stays small.
 */
export function partOfSpeechAfter(lead: string, rest: string): string | null {
  const engine = getTagger();
  const tokens = engine.readDoc(`${lead} ${rest}`).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(engine.its.pos) as string[];
  const leadCount = (engine.readDoc(lead).tokens().out() as string[]).length;
  const value = values[leadCount];
  if (value === undefined || !/^\p{L}/u.test(value)) return null;
  return tags[leadCount] ?? null;
}

/** Present-tense forms of the auxiliaries and copulas: "is", "has", "does". */
const PRESENT_AUXILIARY = /^(?:is|are|am|has|have|does|do)$/iu;

/**
 * True when wink-nlp reads a verb in the present tense in `text`: an auxiliary or copula in the
 * present ("The deadline is 31 March") or a verb in the third person singular ("The deadline
 * remains 31 March", "Harbour reopens on 3 March"), or a plural subject's present the tagger reads
 * as a compound noun ("Fares rise from next year": plural-present.ts). wink-nlp's tags carry no
 * tense, so the form decides.
 */
export function hasPresentVerb(text: string): boolean {
  const engine = getTagger();
  const tokens = engine.readDoc(text).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(engine.its.pos) as string[];
  return (
    values.some(
      (value, i) =>
        (tags[i] === 'AUX' && PRESENT_AUXILIARY.test(value)) ||
        (tags[i] === 'VERB' && /^\p{Ll}{2,}[^s']s$/u.test(value)),
    ) || opensWithPluralPresent(values, tags)
  );
}

/** A word of a sentence as wink-nlp tags it, with its offsets in the sentence. */
export type { TaggedWord };

/**
 * The dated sentences' tags, kept. The readers of a date (tense, action, anchor, named thing,
 * …) each ask for the words of the sentence they read, several per sentence, and the timeline's
 * merge asks again for every dated sentence; a builder process kept between rebuilds (builder.ts)
 * asks again for the unchanged articles' sentences at every rebuild. Tagging is wink-nlp's
 * tokeniser and tagger over the whole sentence, so a sentence is tagged once per process.
 */
const kept = new Map<string, readonly TaggedWord[]>();
/**
 * The most sentences kept: a dated sentence's tags take about 3.3 KB of heap (some 30 words,
 * each a small object; 4.5 MB for 1,392 dated State of the Union sentences), so the memo stays
 * within about 33 MB, a tenth of a waiting builder's resident memory.
 */
const MAX_KEPT_TAGGINGS = 10_000;

/**
 * The words of `text` with wink-nlp's part-of-speech tags, in order (punctuation included), kept
 * for the next call with the same text (the tags depend on the text alone). The array is shared:
 * callers read it, never change it. A reader tagging each text once (fact-predicates.ts, over
 * every sentence of a build) calls {@link tagWords} instead, which keeps nothing.
 */
export function taggedWords(text: string): readonly TaggedWord[] {
  return keptIn(kept, text, MAX_KEPT_TAGGINGS, tagWords);
}

/**
 * The kept taggings ({@link taggedWords}) of those of `texts` this thread holds, for another
 * thread to keep ({@link keepTaggings}); texts not held are left out, none is tagged here.
 */
export function keptTaggings(texts: Iterable<string>): Array<[string, readonly TaggedWord[]]> {
  const held: Array<[string, readonly TaggedWord[]]> = [];
  for (const text of texts) {
    const words = kept.get(text);
    if (words !== undefined) held.push([text, words]);
  }
  return held;
}

/**
 * Keeps taggings another thread made ({@link keptTaggings}), as if {@link taggedWords} had read
 * them here: a tagging is a function of the text alone (wink-nlp's model, the same in every
 * thread), so the next call with one of these texts gives the same words without tagging again.
 */
export function keepTaggings(taggings: Iterable<readonly [string, readonly TaggedWord[]]>): void {
  for (const [text, words] of taggings) keptIn(kept, text, MAX_KEPT_TAGGINGS, () => words);
}

/** {@link taggedWords} read afresh, and not kept. */
export function tagWords(text: string): TaggedWord[] {
  const engine = getTagger();
  const tokens = engine.readDoc(text).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(engine.its.pos) as string[];
  const words: TaggedWord[] = [];
  readWords(text, values, tags, (value, tag, start, end) => words.push({ value, tag, start, end }));
  return words;
}
