/**
 * The corpus's wink-nlp instance (`wink-eng-lite-web-model`), loaded on first use and shared by
 * sentence segmentation (segment.ts) and the lexicon (lexicon.ts).
 */
import { loadWink, type WinkNLP } from '../text/wink-loader.js';

let nlp: WinkNLP | undefined;

/**
 * The instance, loaded on first use (~130 ms). Its pipe is sentence boundaries only: entity
 * recognition and part-of-speech tagging (the default pipe) would triple the cost of ingestion
 * and are not used here; the lexicon needs no pipe.
 */
export function corpusNlp(): WinkNLP {
  nlp ??= loadWink(['sbd']);
  return nlp;
}
