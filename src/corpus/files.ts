/**
 * Reading a corpus folder: `articles/*.txt` (or `*.txt` at the top when there is no
 * `articles/` folder), an optional `articles.json` with metadata and an optional
 * `aliases.json`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CorpusError } from './errors.js';

/** File names inside a corpus folder. */
export const METADATA_FILE = 'articles.json';
export const ALIASES_FILE = 'aliases.json';
export const ARTICLES_FOLDER = 'articles';

/** The raw files of a corpus folder. */
export interface CorpusFiles {
  dir: string;
  /** Article files, sorted by path, relative to the folder holding them. */
  articles: Array<{ file: string; raw: string }>;
  /** Raw text of `articles.json`, or null when absent. */
  metadata: string | null;
  /** Raw text of `aliases.json`, or null when absent. */
  aliases: string | null;
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CorpusError(`corpus: cannot read "${file}": ${(error as Error).message}`);
  }
}

/** Where the article files of a corpus folder live. */
export async function articlesFolder(dir: string): Promise<string> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    throw new CorpusError(
      `corpus: cannot read folder "${dir}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  if (!info.isDirectory()) throw new CorpusError(`corpus: "${dir}" is not a folder`);
  const nested = path.join(dir, ARTICLES_FOLDER);
  try {
    if ((await stat(nested)).isDirectory()) return nested;
  } catch {
    // No articles/ folder: the articles are at the top of the corpus folder.
  }
  return dir;
}

/** Reads every file of a corpus folder. Throws {@link CorpusError} naming what it could not read. */
export async function readCorpusFiles(dir: string): Promise<CorpusFiles> {
  const folder = await articlesFolder(dir);
  let names: string[];
  try {
    names = (await readdir(folder, { recursive: true }))
      .filter((name) => name.endsWith('.txt'))
      .sort();
  } catch (error) {
    throw new CorpusError(`corpus: cannot list "${folder}": ${(error as Error).message}`);
  }
  // Read one after another, synchronously: this runs at start-up, before anything else can
  // use the thread, and for thousands of small files it is several times faster than promises.
  const articles = names.map((file) => {
    try {
      return { file, raw: readFileSync(path.join(folder, file), 'utf8') };
    } catch (error) {
      throw new CorpusError(`corpus: cannot read article "${file}": ${(error as Error).message}`);
    }
  });
  const [metadata, aliases] = await Promise.all([
    readOptional(path.join(dir, METADATA_FILE)),
    readOptional(path.join(dir, ALIASES_FILE)),
  ]);
  return { dir, articles, metadata, aliases };
}

/**
 * A content hash of everything an index is built from. `salt` names the index format, so a
 * change of format also makes old indexes stale.
 */
export function hashCorpusFiles(files: CorpusFiles, salt: string): string {
  const hash = createHash('sha256').update(salt);
  for (const { file, raw } of files.articles) hash.update(`\0article\0${file}\0${raw}`);
  hash.update(`\0metadata\0${files.metadata ?? ''}\0aliases\0${files.aliases ?? ''}`);
  return hash.digest('hex');
}
