/**
 * The index file: everything needed to answer questions, built once by `npm run index` (or on
 * first start) and loaded by every process. It records the content hash of the corpus it was
 * built from, so a stale index is detected, never silently used.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleMeta, CleanArticle, Corpus, Paragraph, Sentence } from '../corpus/types.js';
import { packInts, unpackInts, type PackedArray } from '../search/packed.js';
import type { SerializedSearchIndex } from '../search/search-index.js';
import type { TimelineEvent } from './types.js';

/** Names the layout of index files: bump it whenever the layout or the analysis changes. */
export const INDEX_FORMAT = 'coverage-bot-index/7';
/** Where the index lives inside a corpus folder, unless told otherwise. */
export const DEFAULT_INDEX_FILE = '.coverage-index.json';

/** The index file's contents. */
export interface IndexFile {
  format: string;
  corpusHash: string;
  articles: Array<{ meta: ArticleMeta; text: string; paragraphs: Paragraph[] }>;
  /** Sentences flattened: article, paragraph, start, end, kind (1 = heading) for each. */
  sentences: PackedArray;
  search: SerializedSearchIndex;
  timeline: TimelineEvent[];
}

/** An index file that cannot be used. */
export class IndexError extends Error {
  override readonly name = 'IndexError';
}

const SENTENCE_FIELDS = 5;

/** Flattens sentences for saving. */
export function packSentences(sentences: readonly Sentence[]): PackedArray {
  const packed = new Int32Array(sentences.length * SENTENCE_FIELDS);
  sentences.forEach((s, i) =>
    packed.set(
      [s.article, s.paragraph, s.start, s.end, s.kind === 'heading' ? 1 : 0],
      i * SENTENCE_FIELDS,
    ),
  );
  return packInts(packed);
}

/** Rebuilds the corpus (articles and sentences) stored in an index file. */
export function corpusOf(file: IndexFile): Corpus {
  const articles: CleanArticle[] = file.articles.map((article) => ({ ...article }));
  const sentences: Sentence[] = [];
  const packed = unpackInts(file.sentences);
  for (let i = 0; i + SENTENCE_FIELDS <= packed.length; i += SENTENCE_FIELDS) {
    sentences.push({
      article: packed[i] as number,
      paragraph: packed[i + 1] as number,
      start: packed[i + 2] as number,
      end: packed[i + 3] as number,
      kind: packed[i + 4] === 1 ? 'heading' : 'body',
    });
  }
  return { articles, sentences };
}

/** Reads an index file; null when there is none. Throws {@link IndexError} when it is unreadable. */
export async function readIndexFile(file: string): Promise<IndexFile | null> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new IndexError(`index: cannot read "${file}": ${(error as Error).message}`);
  }
  let parsed: Partial<IndexFile>;
  try {
    parsed = JSON.parse(raw) as Partial<IndexFile>;
  } catch {
    throw new IndexError(`index: "${file}" is not valid JSON; delete it or run \`npm run index\``);
  }
  if (parsed.format !== INDEX_FORMAT || typeof parsed.corpusHash !== 'string') {
    throw new IndexError(
      `index: "${file}" has format ${JSON.stringify(parsed.format)}, expected "${INDEX_FORMAT}"; run \`npm run index\``,
    );
  }
  return parsed as IndexFile;
}

/** Temporary files this process is writing, so a stop signal can remove them. */
const writing = new Set<string>();

/**
 * Removes the temporary index files this process is writing; synchronous, for a signal handler
 * that exits right after.
 */
export function removeTemporaryIndexFiles(): void {
  for (const temporary of writing) rmSync(temporary, { force: true });
  writing.clear();
}

/** True when a process with this id exists (signal 0 checks without signalling). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files left next to `file` by writers that no longer run (a process killed
 * while writing). Each name carries its writer's pid, so a concurrent writer's file is kept.
 * Returns the names removed.
 */
export async function sweepTemporaryIndexFiles(file: string): Promise<string[]> {
  const base = path.basename(file);
  let names: string[];
  try {
    names = await readdir(path.dirname(file));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = name.startsWith(`${base}.`) && /\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
    if (!match || processExists(Number(match[1]))) continue;
    await rm(path.join(path.dirname(file), name), { force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Writes an index file atomically: a reader sees the old file or the new one, never half of
 * one. Returns its size in bytes.
 */
export async function writeIndexFile(file: string, contents: IndexFile): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writing.add(temporary);
  try {
    const json = JSON.stringify(contents);
    await writeFile(temporary, json);
    await rename(temporary, file);
    return Buffer.byteLength(json);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new IndexError(`index: cannot write "${file}": ${(error as Error).message}`);
  } finally {
    writing.delete(temporary);
  }
}
