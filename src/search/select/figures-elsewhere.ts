/**
 * "Sources differ" is a claim about two sources: that they give different values for one thing.
 * A source that states the other's value itself, in another sentence of its article, does not
 * disagree with it: it reports both values, of two things (the strike ballot's 81% and, later,
 * the 88% that accepted the deal), and two events told in one article are never a disagreement of
 * sources. So a difference in figures is claimed only when neither article states, in one of its
 * other sentences, every figure the other side gives that its own side does not.
 */
import type { Sentence } from '../../corpus/types.js';
import type { FactValues } from './fact-values.js';
import { figuresUnstated, sameFigure } from './fact-figures.js';

/**
 * What is read of the corpus here: its sentences, and each sentence's values as the fact
 * relations read them (select.ts keeps them per sentence across questions, so an article's other
 * sentences are analysed once, not once per question).
 */
export interface ArticleSentences {
  sentences: readonly Sentence[];
  valuesOf: (sentence: number) => FactValues;
}

/** The most sentences of an article read on either side of the one compared. */
const MAX_READ_EACH_WAY = 400;

/**
 * True when the article of sentence `s` states, in one sentence other than `s`, every figure of
 * `otherValues` that `ownValues` (the values of `s`) does not; false when there is no such figure.
 */
function articleStatesOthers(
  corpus: ArticleSentences,
  s: number,
  ownValues: FactValues,
  otherValues: FactValues,
): boolean {
  const missing = figuresUnstated(otherValues, ownValues);
  if (missing.length === 0) return false;
  const article = corpus.sentences[s]?.article;
  for (const step of [-1, 1])
    for (let t = s + step, read = 0; read < MAX_READ_EACH_WAY; t += step, read++) {
      if (corpus.sentences[t]?.article !== article) break;
      const values = corpus.valuesOf(t);
      if (values.numbers.length === 0) continue;
      if (
        missing.every((x) =>
          values.numbers.some(
            (y) =>
              sameFigure(x.number, y, otherValues, values) ||
              sameFigure(y, x.number, values, otherValues),
          ),
        )
      )
        return true;
    }
  return false;
}

/**
 * True when two sentences of different articles (`a`, `b`) set against each
 * other on a figure are not two sources disagreeing: either article states the other's differing
 * figures in another of its sentences ({@link articleStatesOthers}).
 */
export function figuresToldInOwnArticle(corpus: ArticleSentences, a: number, b: number): boolean {
  const valuesA = corpus.valuesOf(a);
  const valuesB = corpus.valuesOf(b);
  return (
    articleStatesOthers(corpus, a, valuesA, valuesB) ||
    articleStatesOthers(corpus, b, valuesB, valuesA)
  );
}
