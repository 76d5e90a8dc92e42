/**
 * One article's part of what the index saves as each sentence's dates (sentence-dates.ts): the
 * reading fact-analysis.ts `savedFactDates` makes of each sentence's analysed text
 * (select.ts `factTextAt`). A sentence's analysed text reads no sentence of another article, so
 * an article's part is a function of the article alone: the build reads it where it reads the
 * article's other dates (engine/build-thread.ts, on either thread), and an analysis cache keeps
 * it with the article's analysis (engine/analysis-cache.ts).
 */
import { sentenceKind } from '../corpus/sentence-kind.js';
import type { Paragraph, Sentence } from '../corpus/types.js';
import type { SavedMention } from './select/fact-resolved-time.js';
import { savedFactDates } from './select/fact-analysis.js';
import { factTextAt } from './select/select.js';

/** What {@link articleFactDates} reads of an article. */
export interface DatedArticle {
  text: string;
  paragraphs: readonly Paragraph[];
  sentences: ReadonlyArray<Pick<Sentence, 'paragraph' | 'start' | 'end'>>;
}

/**
 * Per sentence of `article.sentences`, in order, its saved dates: what serializing the corpus
 * saves for that sentence (search-index.ts `sentenceDates`), empty for most sentences.
 */
export function articleFactDates(article: DatedArticle): SavedMention[][] {
  const { text, paragraphs } = article;
  // One article, numbered 0: factTextAt reads only the sentence before in the same article.
  const sentences: Sentence[] = article.sentences.map(({ paragraph, start, end }) => ({
    article: 0,
    paragraph,
    start,
    end,
    kind: sentenceKind(paragraphs, paragraph),
  }));
  const textOf = (s: number) => {
    const sentence = sentences[s];
    return sentence === undefined ? '' : text.slice(sentence.start, sentence.end);
  };
  return sentences.map((_, s) => savedFactDates(factTextAt({ sentences, textOf }, s)));
}
