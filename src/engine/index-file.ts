/**
 * The index file: everything needed to answer questions, built once by `npm run index` (or on
 * first start) and loaded by every process. It records the content hash of the corpus it was
 * built from, so a stale index is detected, never silently used.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PageLine } from '../corpus/page-lines.js';
import type { ArticleMeta, CleanArticle, Corpus, Paragraph, Sentence } from '../corpus/types.js';
import { packInts, unpackInts, type PackedArray } from '../search/packed.js';
import type { SerializedSearchIndex } from '../search/search-index.js';
import type { TimelineEvent } from './types.js';
import type { StoredAnalysis } from './analysis-cache.js';
import { writeFileAtomic } from './atomic-file.js';
import { layOutJson, parseLaidOutJson } from './json-lines-layout.js';

/** Names the layout of index files: bump it whenever the layout or the analysis changes. */
export const INDEX_FORMAT = 'coverage-bot-index/23';
/** Where the index lives inside a corpus folder, unless told otherwise. */
export const DEFAULT_INDEX_FILE = '.coverage-index.json';

/** The index file's contents. */
export interface IndexFile {
  format: string;
  corpusHash: string;
  /** When the index was built, ISO 8601 in UTC. */
  builtAt: string;
  /** With what the build's analysis of each article gave, so a rebuild can reuse it (analysis-cache.ts). */
  articles: Array<{
    meta: ArticleMeta;
    text: string;
    paragraphs: Paragraph[];
    /** The article's informative page lines (captions, credits, byline, dateline). */
    page?: PageLine[];
    /** {@link CleanArticle.headline}. */
    headline?: string;
    analysis?: StoredAnalysis;
  }>;
  /** Sentences flattened: article, paragraph, start, end, kind (1 = heading) for each. */
  sentences: PackedArray;
  search: SerializedSearchIndex;
  timeline: TimelineEvent[];
  /**
   * The irregular past forms the tense rules read (timeline/past-forms.ts), the same for every
   * corpus: saved so that a process answering from the index need not load the lexicon they
   * are derived from.
   */
  irregularPast: string[];
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

/** Unflattens sentences saved by {@link packSentences}. */
export function unpackSentences(packed: PackedArray): Sentence[] {
  const sentences: Sentence[] = [];
  const values = unpackInts(packed);
  for (let i = 0; i + SENTENCE_FIELDS <= values.length; i += SENTENCE_FIELDS) {
    sentences.push({
      article: values[i] as number,
      paragraph: values[i + 1] as number,
      start: values[i + 2] as number,
      end: values[i + 3] as number,
      kind: values[i + 4] === 1 ? 'heading' : 'body',
    });
  }
  return sentences;
}

/** Rebuilds the corpus (articles and sentences) stored in an index file. */
export function corpusOf(file: IndexFile): Corpus {
  const articles: CleanArticle[] = file.articles.map(
    ({ meta, text, paragraphs, page, headline }) => ({
      meta,
      text,
      paragraphs,
      page: Array.isArray(page) ? page : [],
      ...(typeof headline === 'string' ? { headline } : {}),
    }),
  );
  return { articles, sentences: unpackSentences(file.sentences) };
}

/**
 * Reads an index file; null when there is none. Throws {@link IndexError} saying what is wrong
 * with an unreadable one (what to do about it is the caller's: openEngine rebuilds it).
 */
export async function readIndexFile(file: string): Promise<IndexFile | null> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new IndexError(`index: cannot read "${file}": ${(error as Error).message}`);
  }
  let parsed: Partial<IndexFile>;
  try {
    // A piece at a time: a live engine reads a rebuilt index while it answers questions.
    parsed = (await parseLaidOutJson(raw)) as Partial<IndexFile>;
  } catch {
    throw new IndexError(`index: "${file}" is not valid JSON`);
  }
  // Valid JSON need not be an object ("null", "3", "[]"): say so rather than fail on a property.
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new IndexError(`index: "${file}" is not an index file (its JSON is not an object)`);
  }
  if (parsed.format !== INDEX_FORMAT || typeof parsed.corpusHash !== 'string') {
    throw new IndexError(
      `index: "${file}" has format ${JSON.stringify(parsed.format)}, expected "${INDEX_FORMAT}"`,
    );
  }
  return parsed as IndexFile;
}

/** True when a process with this id exists (signal 0 checks without signalling). */
export function processExists(pid: number): boolean {
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
 * one. Large parts go on lines of their own (json-lines-layout.ts), so that reading it can let
 * the event loop turn between them. Returns its size in bytes.
 */
export async function writeIndexFile(file: string, contents: IndexFile): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    const json = layOutJson(contents);
    await writeFileAtomic(file, json);
    return Buffer.byteLength(json);
  } catch (error) {
    throw new IndexError(`index: cannot write "${file}": ${(error as Error).message}`);
  }
}
