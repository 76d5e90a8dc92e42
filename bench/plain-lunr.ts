/**
 * The baseline: plain lunr 2.3.9 as anyone would first use it. Default pipeline (trimmer,
 * stop-word filter, stemmer at build time; stemmer only at search time), one sentence per
 * document, `index.search(query)` with the characters of lunr's query syntax removed so user
 * text cannot make it throw.
 */
import lunr from 'lunr';

/** Characters that lunr's query parser gives a meaning to (field, fuzz, boost, presence, wildcard). */
const LUNR_SYNTAX = /[:~^+\-*]/g;

/** `query` with lunr's query syntax characters replaced by spaces. */
export function stripLunrSyntax(query: string): string {
  return query.replace(LUNR_SYNTAX, ' ');
}

/** Builds a plain lunr index with one document per passage; refs are the passage indices. */
export function buildPlainIndex(passages: readonly string[]): lunr.Index {
  return lunr(function () {
    this.ref('id');
    this.field('text');
    passages.forEach((text, id) => this.add({ id: String(id), text }));
  });
}

/** Loads an index saved with `JSON.stringify(index)`. */
export function loadPlainIndex(json: string): lunr.Index {
  return lunr.Index.load(JSON.parse(json));
}

/** Searches like a first-time lunr user would, with the query syntax stripped. */
export function searchPlain(index: lunr.Index, query: string): lunr.Index.Result[] {
  return index.search(stripLunrSyntax(query));
}
