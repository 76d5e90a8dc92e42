/**
 * English words as the lexicon of `wink-eng-lite-web-model` lists them, inflected forms
 * included ("fees", "governments", "re-elected"), for telling a word from two pieces of one.
 */
import { corpusNlp } from './wink.js';

type Document = ReturnType<ReturnType<typeof corpusNlp>['readDoc']>;
let lookup: Document | undefined;

/**
 * True when `word` (compared in lower case) is in the model's lexicon. Words read from texts
 * are added to wink's cache at run time, but as out-of-vocabulary entries, so the answer does
 * not depend on what was read before.
 */
export function isLexiconWord(word: string): boolean {
  // Any document answers for the model's lexicon (wink-nlp's `Document.isOOV`).
  lookup ??= corpusNlp().readDoc('');
  return !lookup.isOOV(word.toLowerCase());
}
