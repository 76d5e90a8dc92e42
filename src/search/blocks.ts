/**
 * Blocks: the units lunr indexes. A block is a run of up to {@link BLOCK_SENTENCES}
 * sentences of one paragraph, so retrieval sees a little context and the index holds fewer,
 * denser documents than one per sentence; quotes are still chosen sentence by sentence.
 */
import type { Sentence } from '../corpus/types.js';

/** The most sentences in one block. */
export const BLOCK_SENTENCES = 4;

/** A block: sentences `first` to `last` inclusive. */
export interface Block {
  first: number;
  last: number;
}

/** Groups sentences into blocks that never cross a paragraph or an article. */
export function buildBlocks(sentences: readonly Sentence[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  sentences.forEach((sentence, index) => {
    const head = current === undefined ? undefined : sentences[current.first];
    const sameParagraph =
      head !== undefined &&
      head.article === sentence.article &&
      head.paragraph === sentence.paragraph;
    if (current !== undefined && sameParagraph && index - current.first < BLOCK_SENTENCES) {
      current.last = index;
    } else {
      current = { first: index, last: index };
      blocks.push(current);
    }
  });
  return blocks;
}
