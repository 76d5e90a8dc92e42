/**
 * Each sentence's event words (select/fact-predicates.ts `claimEventWords`) as the index saves
 * them. Reading them takes wink-nlp's part-of-speech tagger, whose model costs about 0.15 s to
 * load, so they are read once, at build, where the build tags anyway; a question then reads
 * them from here and never loads the model. Saved compactly: the distinct words once, sorted,
 * and per sentence the indexes of its words (most sentences hold one to three).
 */
import { IntLists, packLists, type PackedLists } from './packed.js';

/** The saved form: see {@link SerializedSearchIndex} `eventWords`, `sentenceEvents`. */
export interface PackedSentenceEvents {
  /** Every event word of any sentence, sorted, each once. */
  eventWords: string[];
  /** Per sentence, indexes into `eventWords`, ascending. */
  sentenceEvents: PackedLists;
}

const NONE: ReadonlySet<string> = new Set();

/** Packs each sentence's event words, in corpus order. */
export function packSentenceEvents(
  perSentence: ReadonlyArray<Iterable<string>>,
): PackedSentenceEvents {
  const lists = perSentence.map((words) => [...new Set(words)]);
  const eventWords = [...new Set(lists.flat())].sort();
  const ids = new Map(eventWords.map((word, id) => [word, id]));
  return {
    eventWords,
    sentenceEvents: packLists(
      lists.map((words) => words.map((word) => ids.get(word) as number).sort((x, y) => x - y)),
    ),
  };
}

/** Saved event words unpacked: {@link SentenceEvents.of} a sentence is a set of its words. */
export class SentenceEvents {
  private constructor(
    private readonly words: readonly string[],
    private readonly lists: IntLists,
  ) {}

  /**
   * Unpacks what {@link packSentenceEvents} saved for `sentences` sentences.
   *
   * @throws Error when the saved form is malformed, holds another count of sentences, or names a
   * word it does not list.
   */
  static unpack(packed: PackedSentenceEvents, sentences: number): SentenceEvents {
    const { eventWords, sentenceEvents } = packed;
    if (!Array.isArray(eventWords) || eventWords.some((word) => typeof word !== 'string'))
      throw new Error('index: the event words are malformed');
    if (typeof sentenceEvents !== 'object' || sentenceEvents === null)
      throw new Error('index: the sentence event words are malformed');
    const lists = IntLists.unpack(sentenceEvents);
    if (lists.length !== sentences)
      throw new Error(
        `index: event words saved for ${lists.length} sentences but the corpus has ${sentences}`,
      );
    for (const id of lists.allValues)
      if (!(id >= 0 && id < eventWords.length))
        throw new Error('index: a sentence event word is out of range');
    return new SentenceEvents(eventWords, lists);
  }

  /** The number of sentences. */
  get length(): number {
    return this.lists.length;
  }

  /** The event words of sentence `s` (empty for a sentence outside the index). */
  of(s: number): ReadonlySet<string> {
    if (!(s >= 0 && s < this.lists.length)) return NONE;
    const ids = this.lists.get(s);
    if (ids.length === 0) return NONE;
    return new Set(Array.from(ids, (id) => this.words[id] as string));
  }
}
