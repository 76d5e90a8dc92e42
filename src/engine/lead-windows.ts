/**
 * An article's lead sentences as quotes. Each is widened as any quote is
 * (search/select/widen.ts), with no question to cover: a short sentence or one ending in a
 * colon with the next, a correction note with the sentence that corrects it, never a quote
 * cut inside a speaker's quotation. Lead sentences next to each other in one paragraph are
 * then one quote, in reading order: one passage per run of text, not one per sentence.
 */
import type { Corpus } from '../corpus/types.js';
import { widen, type Window } from '../search/select/widen.js';

/**
 * The quote windows of `leads` (sentence indices, article by article in reading order, as
 * about-fallback.ts `leadSentences` gives them) in `corpus`, in the same order.
 */
export function leadWindows(corpus: Corpus, leads: readonly number[]): Window[] {
  const { sentences } = corpus;
  const textOf = (s: number) => {
    const sentence = sentences[s];
    return sentence
      ? (corpus.articles[sentence.article]?.text ?? '').slice(sentence.start, sentence.end)
      : '';
  };
  const windows: Window[] = [];
  for (const sentence of leads) {
    const window = widen(sentence, {
      sentences,
      textOf,
      contextOf: () => null,
      contextHelps: () => false,
      addsCoverage: () => false,
    });
    const last = windows.at(-1);
    const joins =
      last !== undefined &&
      sentences[last.first]?.article === sentences[window.first]?.article &&
      sentences[last.last]?.paragraph === sentences[window.first]?.paragraph &&
      window.first <= last.last + 1;
    if (last !== undefined && joins) last.last = Math.max(last.last, window.last);
    else windows.push(window);
  }
  return windows;
}
