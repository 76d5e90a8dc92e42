/**
 * The wink-nlp instances (`wink-eng-lite-web-model`), each loaded on first use: the corpus's,
 * shared by sentence segmentation (segment.ts) and the lexicon (lexicon.ts), and the one that
 * tags questions (search/plan/predicate.ts).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
let nlp: WinkNLP | undefined;
let tagger: WinkNLP | undefined;

/**
 * The instance, loaded on first use (~130 ms). Its pipe is sentence boundaries only: entity
 * recognition and part-of-speech tagging (the default pipe) would triple the cost of ingestion
 * and are not used here; the lexicon needs no pipe.
 */
export function corpusNlp(): WinkNLP {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

/**
 * An instance that tags parts of speech (with lemmas), for questions: a question is a few words,
 * so tagging one costs a fraction of a millisecond; loading the instance costs about as much as
 * {@link corpusNlp} (the model itself is shared).
 */
export function questionTagger(): WinkNLP {
  tagger ??= winkNLP(model, ['pos']);
  return tagger;
}
