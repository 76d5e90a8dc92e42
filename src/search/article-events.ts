/**
 * One article's part of what the index saves as each sentence's event words (sentence-events.ts):
 * each sentence's select/fact-predicates.ts `claimEventWords`. A build reads each article's text
 * with wink-nlp once, segmenting and tagging it in the same read (corpus/load.ts
 * `analyseArticleTagged`), and takes the sentences' tags from that read instead of tagging each
 * sentence again (`claimEventWordsTagged`): wink-nlp's tokeniser and its look-up of each token
 * were half of both reads (session 67's profile of a full State of the Union build).
 */
import type { Paragraph, Sentence } from '../corpus/types.js';
import { PackedWordReader, type PackedWords } from '../text/tagged-words.js';
import { claimEventWords, claimEventWordsTagged } from './select/fact-predicates.js';

/** What {@link articleEvents} reads of an article. */
export interface TaggedArticle {
  text: string;
  paragraphs: readonly Paragraph[];
  sentences: ReadonlyArray<Pick<Sentence, 'paragraph' | 'start' | 'end'>>;
}

/**
 * Per sentence of `article.sentences`, in order, its event words. `words`: the article's words as
 * the read that segmented it tagged them (`analyseArticleTagged`), or null when not known (each
 * sentence is then tagged alone). A heading, never read by the segmentation, is tagged alone.
 */
export function articleEvents(
  article: TaggedArticle,
  words: PackedWords | null,
): Array<ReadonlySet<string>> {
  const { text, paragraphs, sentences } = article;
  const reader = words === null ? null : new PackedWordReader(text, words);
  return sentences.map(({ paragraph, start, end }) => {
    const sentence = text.slice(start, end);
    if (reader === null || paragraphs[paragraph]?.kind === 'heading')
      return claimEventWords(sentence);
    return claimEventWordsTagged(sentence, () => reader.wordsIn(start, end));
  });
}
