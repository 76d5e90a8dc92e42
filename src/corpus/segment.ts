/**
 * Sentence segmentation with wink-nlp (`wink-eng-lite-web-model`), mapped back to character
 * offsets in the cleaned text. Each paragraph is segmented on its own, so a sentence never
 * spans two paragraphs (headings stay apart from the text below them).
 */
import { ABBREVIATION_END, NUMBER_START, NUMBERED_END } from './abbreviations.js';
import {
  LIST_ITEM_AFTER_SENTENCE,
  LIST_ITEM_ALONE,
  LIST_ITEM_OPENING,
  SENTENCE_BREAK_AT_QUOTATION,
  SENTENCE_END,
} from './sentence-end.js';
import type { Paragraph } from './types.js';
import { readWords } from '../text/tagged-words.js';
import { corpusNlp, corpusTaggingNlp } from './wink.js';

/** A sentence's span in the cleaned text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Splits one paragraph into sentences. Offsets are relative to `text`. A piece wink-nlp
 * cut after an abbreviation (abbreviations.ts), before a lowercase word or a number, or with
 * no space after the cut ("finished at 9.|15pm"), is joined back to its sentence. A piece is
 * cut where a sentence ends at a quotation (sentence-end.ts): wink-nlp's tokenizer takes the
 * full stop of a clock time or an amount into the token ("5pm.", "£5m.") and then leaves the
 * quotation after it in the same sentence ("… at 5pm. "I checked," she said."). A list's items
 * run into one paragraph are cut apart at their markers, which belong to no sentence
 * (sentence-end.ts `LIST_ITEM_AFTER_SENTENCE`).
 *
 * With `words`, the same read of `text` also tags its words' parts of speech (wink.ts
 * `corpusTaggingNlp`), each given to `words` with its offsets in `text` plus `offset`
 * (text/tagged-words.ts `readWords`).
 */
export function splitSentences(text: string, words?: WordSink, offset = 0): SentenceSpan[] {
  const nlp = words ? corpusTaggingNlp() : corpusNlp();
  const doc = nlp.readDoc(text);
  if (words) {
    const tokens = doc.tokens();
    readWords(text, tokens.out() as string[], tokens.out(nlp.its.pos) as string[], words, offset);
  }
  const pieces = (doc.sentences().out() as string[])
    .flatMap((piece) => piece.split(SENTENCE_BREAK_AT_QUOTATION))
    .flatMap((piece) => piece.split(LIST_ITEM_AFTER_SENTENCE))
    // A list item wink-nlp cut at its marker starts after it (the marker is no sentence's),
    // and a marker it cut off alone ("1.") is no sentence.
    .map((piece, i, all) =>
      i > 0 && SENTENCE_END.test((all[i - 1] ?? '').trim())
        ? piece.replace(LIST_ITEM_OPENING, '').replace(LIST_ITEM_ALONE, '')
        : piece,
    );
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (trimmed.length === 0) continue;
    const start = text.indexOf(trimmed, cursor);
    if (start < 0) {
      // wink-nlp returned text we cannot find verbatim: keep the rest as one sentence.
      break;
    }
    const end = start + trimmed.length;
    const previous = spans[spans.length - 1];
    const before = previous ? text.slice(previous.start, previous.end) : '';
    if (
      previous &&
      // Prose puts a space after a sentence's end; a cut inside an unbroken run of characters
      // (a time, a decimal, an unspaced abbreviation) splits one sentence in two.
      (start === previous.end ||
        ABBREVIATION_END.test(before) ||
        (NUMBERED_END.test(before) && NUMBER_START.test(trimmed)) ||
        /^[a-z]/.test(trimmed))
    ) {
      previous.end = end;
    } else {
      spans.push({ start, end });
    }
    cursor = end;
  }
  const rest = text.slice(cursor).trim();
  if (rest.length > 0) {
    const start = text.indexOf(rest, cursor);
    spans.push({ start, end: start + rest.length });
  }
  return spans;
}

/** What takes the tagged words of a segmented text: text/tagged-words.ts `readWords`'s `add`. */
export type WordSink = (value: string, tag: string, start: number, end: number) => void;

/**
 * Splits every paragraph of a cleaned text into sentences with offsets into `text`. With
 * `words`, each paragraph that is segmented (a heading is not: it is one sentence) gives it its
 * words' parts of speech, with offsets into `text`, in order ({@link splitSentences}).
 */
export function segmentParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  words?: WordSink,
): Array<SentenceSpan & { paragraph: number }> {
  const result: Array<SentenceSpan & { paragraph: number }> = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'heading') {
      result.push({ start: paragraph.start, end: paragraph.end, paragraph: index });
      return;
    }
    const read = text.slice(paragraph.start, paragraph.end);
    for (const span of splitSentences(read, words, paragraph.start)) {
      result.push({
        start: paragraph.start + span.start,
        end: paragraph.start + span.end,
        paragraph: index,
      });
    }
  });
  return result;
}
