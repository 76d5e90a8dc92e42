/**
 * The corpus's table of initialisms (corpus-initialisms.ts), read from which of its sentences
 * and with which limits: one definition for the build's two threads, which may each make it
 * (engine/build-thread.ts).
 */
import type { ParagraphKind } from '../corpus/types.js';
import { buildInitialismTable } from './corpus-initialisms.js';
import { SEARCH_OPTIONS } from './options.js';

/** A sentence of the corpus as the table reads it: its kind, its text and its index terms. */
export interface InitialismSentence {
  kind: ParagraphKind;
  text: string;
  /** terms.ts `termsOf` of `text`. */
  terms: readonly string[];
}

/**
 * The initialism table (initialism → phrases of index terms, corpus-initialisms.ts
 * `buildInitialismTable`) of `sentences`, in corpus order: their body sentences only (a
 * heading in title case capitalises every word).
 */
export function corpusInitialismTable(
  sentences: Iterable<InitialismSentence>,
): Array<[initialism: string, phrases: string[]]> {
  return buildInitialismTable(bodySentences(sentences), SEARCH_OPTIONS.plan.corpusInitialisms);
}

function* bodySentences(
  sentences: Iterable<InitialismSentence>,
): Generator<{ text: string; terms: readonly string[] }> {
  for (const { kind, text, terms } of sentences) if (kind === 'body') yield { text, terms };
}
