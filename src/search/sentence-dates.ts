/**
 * Each sentence's dates as the fact comparison reads them (select/fact-analysis.ts
 * `savedFactDates`: the timeline's `detectMentions` and `tenseOf` on a sentence that states a
 * time counted from publication) as the index saves them. Reading them was the largest part of
 * relating two reports of one fact for the first time ("also reported by": about a quarter of
 * it, the State of the Union's slowest first-sight questions, session 40), so they are read once,
 * at build, and a question reads them from here.
 *
 * Saved compactly: only the sentences whose reading holds a mention (about 4% of the State of the
 * Union's), their indexes ascending, and per such sentence its mentions as read, each without its
 * words (the sentence's own from `start` to `end`).
 */
import type { SavedMention } from './select/fact-resolved-time.js';
import { packInts, unpackInts, type PackedArray } from './packed.js';

/** The saved form: see {@link SerializedSearchIndex} `sentenceDates`. */
export interface PackedSentenceDates {
  /** The sentences whose reading holds a mention, ascending. */
  sentences: PackedArray;
  /** Per sentence of `sentences`, in order, its mentions with their tenses. */
  mentions: Array<readonly SavedMention[]>;
}

const NONE: readonly SavedMention[] = [];

/** Packs each sentence's dates (`datesOf(s)` for `s` below `sentences`), in corpus order. */
export function packSentenceDates(
  sentences: number,
  datesOf: (sentence: number) => readonly SavedMention[],
): PackedSentenceDates {
  const dated: number[] = [];
  const mentions: Array<readonly SavedMention[]> = [];
  for (let s = 0; s < sentences; s++) {
    const read = datesOf(s);
    if (read.length === 0) continue;
    dated.push(s);
    mentions.push(read);
  }
  return { sentences: packInts(dated), mentions };
}

/** Saved dates unpacked: {@link SentenceDates.of} a sentence is its mentions, empty for most. */
export class SentenceDates {
  private constructor(private readonly bySentence: ReadonlyMap<number, readonly SavedMention[]>) {}

  /**
   * Unpacks what {@link packSentenceDates} saved for a corpus of `sentences` sentences.
   *
   * @throws Error when the saved form is malformed or names a sentence outside the corpus.
   */
  static unpack(packed: PackedSentenceDates, sentences: number): SentenceDates {
    if (typeof packed?.sentences !== 'object' || !Array.isArray(packed.mentions))
      throw new Error('index: the sentence dates are malformed');
    const dated = unpackInts(packed.sentences);
    if (dated.length !== packed.mentions.length)
      throw new Error('index: the sentence dates are malformed');
    const bySentence = new Map<number, readonly SavedMention[]>();
    dated.forEach((s, i) => {
      if (!(s >= 0 && s < sentences))
        throw new Error(`index: sentence ${s} of the sentence dates is not in the corpus`);
      bySentence.set(s, packed.mentions[i] as readonly SavedMention[]);
    });
    return new SentenceDates(bySentence);
  }

  /** The saved dates of `sentence`: empty when its reading holds none. */
  of(sentence: number): readonly SavedMention[] {
    return this.bySentence.get(sentence) ?? NONE;
  }
}
