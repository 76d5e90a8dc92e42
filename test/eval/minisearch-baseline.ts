/**
 * The second baseline: MiniSearch as anyone would first use it. Default options (its own
 * tokenizer and term processing, OR of the terms, no prefix or fuzzy matching, BM25+ scoring),
 * one sentence per document, `search(query)`.
 */
import MiniSearch from 'minisearch';

/** A MiniSearch index with one document per passage; ids are the passage indices. */
export function buildMiniSearch(
  passages: readonly string[],
): MiniSearch<{ id: number; text: string }> {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  index.addAll(passages.map((text, id) => ({ id, text })));
  return index;
}

/** Passage indices, best first, as `search(query)` with default options returns them. */
export function searchMiniSearch(
  index: MiniSearch<{ id: number; text: string }>,
  query: string,
): number[] {
  return index.search(query).map((result) => result.id as number);
}
