/**
 * Each sentence's event words (select/fact-predicates.ts `claimEventWords`) as the index saves
 * them. Reading them takes wink-nlp's part-of-speech tagger, whose model costs about 0.15 s to
 * load, so they are read once, at build (a cost: about 5 s more CPU for a full build of the State
 * of the Union, `npm run index` under `/usr/bin/time`), and a question reads
 * them from here and never loads the model.
 *
 * Saved compactly, as most sentences hold one to three of a few thousand words: the distinct
 * words once, the most used first, and per sentence the indexes of its words, each plus one as
 * an unsigned LEB128 varint (one byte below 127, two below 16,383), then a 0 byte ending the
 * sentence; the bytes in base64. At 62,959 sentences that is about a third of the size of two
 * packed int32 arrays (offsets and values).
 */

/** The saved form: see {@link SerializedSearchIndex} `eventWords`, `sentenceEvents`. */
export interface PackedSentenceEvents {
  /** Every event word of any sentence, each once, the most used first. */
  eventWords: string[];
  /** Per sentence, its words' indexes into `eventWords` plus one as varints, then a 0 byte; base64. */
  sentenceEvents: string;
}

const NONE: ReadonlySet<string> = new Set();
/** The low seven bits of a varint byte hold value; the high bit says another byte follows. */
const MORE = 0x80;
const LOW_BITS = 0x7f;

/** Packs each sentence's event words, in corpus order. */
export function packSentenceEvents(
  perSentence: ReadonlyArray<Iterable<string>>,
): PackedSentenceEvents {
  const lists = perSentence.map((words) => [...new Set(words)]);
  const uses = new Map<string, number>();
  for (const words of lists) for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1);
  const eventWords = [...uses.keys()].sort(
    (a, b) => (uses.get(b) as number) - (uses.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const ids = new Map(eventWords.map((word, id) => [word, id]));
  const bytes: number[] = [];
  for (const words of lists) {
    for (const id of words.map((word) => ids.get(word) as number).sort((x, y) => x - y)) {
      let value = id + 1;
      while (value > LOW_BITS) {
        bytes.push((value & LOW_BITS) | MORE);
        value >>>= 7;
      }
      bytes.push(value);
    }
    bytes.push(0);
  }
  return { eventWords, sentenceEvents: Buffer.from(bytes).toString('base64') };
}

/** Saved event words unpacked: {@link SentenceEvents.of} a sentence is a set of its words. */
export class SentenceEvents {
  private constructor(
    private readonly words: readonly string[],
    private readonly bytes: Uint8Array,
    /** Per sentence, where its bytes start. */
    private readonly starts: Int32Array,
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
    if (typeof sentenceEvents !== 'string')
      throw new Error('index: the sentence event words are malformed');
    const bytes = new Uint8Array(Buffer.from(sentenceEvents, 'base64'));
    const starts = new Int32Array(sentences);
    let sentence = 0;
    let value = 0;
    let shift = 0;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] as number;
      if (byte === 0) {
        // Only a sentence's end is a 0 byte: a varint's last byte is never 0.
        if (shift !== 0) throw new Error('index: the sentence event words are malformed');
        sentence += 1;
        if (sentence < sentences) starts[sentence] = i + 1;
        continue;
      }
      if (shift > 21) throw new Error('index: the sentence event words are malformed');
      value += (byte & LOW_BITS) * 2 ** shift;
      if (byte & MORE) {
        shift += 7;
        continue;
      }
      if (value < 1 || value > eventWords.length)
        throw new Error('index: a sentence event word is out of range');
      value = 0;
      shift = 0;
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] !== 0)
      throw new Error('index: the sentence event words are malformed');
    if (sentence !== sentences)
      throw new Error(
        `index: event words saved for ${sentence} sentences but the corpus has ${sentences}`,
      );
    return new SentenceEvents(eventWords, bytes, starts);
  }

  /** The number of sentences. */
  get length(): number {
    return this.starts.length;
  }

  /** The event words of sentence `s` (empty for a sentence outside the index). */
  of(s: number): ReadonlySet<string> {
    if (!(s >= 0 && s < this.starts.length)) return NONE;
    let i = this.starts[s] as number;
    if (this.bytes[i] === 0) return NONE;
    const words = new Set<string>();
    for (let value = 0, shift = 0; this.bytes[i] !== 0; i++) {
      const byte = this.bytes[i] as number;
      value += (byte & LOW_BITS) * 2 ** shift;
      if (byte & MORE) {
        shift += 7;
        continue;
      }
      words.add(this.words[value - 1] as string);
      value = 0;
      shift = 0;
    }
    return words;
  }
}
