/**
 * Quote windows: widening a ranked sentence that does not stand alone to its neighbours, and
 * the overlap tests with which search-index.ts skips near-copies and finds the same fact in
 * other articles ("also reported by").
 */
import type { Sentence } from '../corpus/types.js';

/** A quote window: sentences `first` to `last` inclusive, around the ranked `sentence`. */
export interface Window {
  sentence: number;
  first: number;
  last: number;
}

/** Sentence openers that refer back to what came before ("He said …", "But it is …"). */
const REFERS_BACK =
  /^["“‘']?(?:he|she|it|they|this|these|that|those|its|his|her|their|such|but|however|also|again|yet|still|then|there|both|the latter|the former|according to (?:him|her|them))\b/i;
/** A sentence this short rarely says enough alone ("The last of numerous agreements was signed on 4 November."). */
const SHORT_SENTENCE_WORDS = 13;
/** The most sentences in one quote. */
export const MAX_WINDOW_SENTENCES = 3;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Context the widening rules need. */
export interface WindowContext {
  sentences: readonly Sentence[];
  textOf: (sentence: number) => string;
  /** True when the sentence covers question concepts the window does not yet cover. */
  addsCoverage: (window: Window, sentence: number) => boolean;
}

function sameParagraph(sentences: readonly Sentence[], a: number, b: number): boolean {
  const x = sentences[a];
  const y = sentences[b];
  return (
    x !== undefined && y !== undefined && x.article === y.article && x.paragraph === y.paragraph
  );
}

function sameArticle(sentences: readonly Sentence[], a: number, b: number): boolean {
  const x = sentences[a];
  const y = sentences[b];
  return x !== undefined && y !== undefined && x.article === y.article && y.kind === 'body';
}

/**
 * Widens a sentence to the neighbours it needs: the previous sentence when it refers back
 * (in the same article, since a quote may open a paragraph), the next one in the same
 * paragraph when it is short or adds what the question asks.
 */
export function widen(sentence: number, context: WindowContext): Window {
  const { sentences, textOf } = context;
  const window: Window = { sentence, first: sentence, last: sentence };
  const text = textOf(sentence);
  const head = sentences[sentence];
  if (head?.kind === 'heading') return window;
  if (REFERS_BACK.test(text) && sameArticle(sentences, sentence, sentence - 1)) {
    window.first = sentence - 1;
  }
  const next = sentence + 1;
  if (
    window.last - window.first + 1 < MAX_WINDOW_SENTENCES &&
    sameParagraph(sentences, sentence, next) &&
    (wordCount(text) <= SHORT_SENTENCE_WORDS ||
      /:$/.test(text) ||
      context.addsCoverage(window, next))
  ) {
    window.last = next;
  }
  return window;
}

/** True when two windows of the same article share or touch a sentence. */
export function overlaps(a: Window, b: Window): boolean {
  return a.first <= b.last + 1 && b.first <= a.last + 1;
}

/** Share of the smaller set that the larger one also holds (the overlap coefficient), 0–1. */
export function overlapCoefficient(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const id of small) if (large.has(id)) shared += 1;
  return shared / small.size;
}
