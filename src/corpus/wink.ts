/**
 * The corpus's wink-nlp instances (`wink-eng-lite-web-model`), loaded on first use: one shared by
 * sentence segmentation (segment.ts) and the lexicon (lexicon.ts), and one that segments and
 * tags parts of speech in the same read, for a build (segment.ts `segmentParagraphs` given a
 * sink for the words).
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

let tagging: WinkNLP | undefined;

/**
 * The instance that finds sentence boundaries and tags parts of speech in one read, loaded on
 * first use. Its sentences are {@link corpusNlp}'s: wink-nlp finds the boundaries before it tags
 * (wink-nlp 2.x `readDoc`), and neither step changes what the other reads. A build reads every
 * sentence's tags (search/article-events.ts), so it segments with this one and reads each text
 * once rather than segmenting it and then tagging each sentence again.
 */
export function corpusTaggingNlp(): WinkNLP {
  tagging ??= loadWink(['sbd', 'pos']);
  return tagging;
}
