import type { Corpus } from './types.js';

/**
 * The text of sentence `s` of `corpus`: its article's text from the sentence's `start` to its `end`
 * (UTF-16 offsets). Empty for a number the corpus has no sentence under.
 */
export function sentenceText(corpus: Corpus, s: number): string {
  const sentence = corpus.sentences[s];
  return sentence === undefined
    ? ''
    : (corpus.articles[sentence.article]?.text.slice(sentence.start, sentence.end) ?? '');
}
