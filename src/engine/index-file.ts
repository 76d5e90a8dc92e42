/**
 * The index file: everything needed to answer questions, built once by `npm run index` (or on
 * first start) and loaded by every process. It records the content hash of the corpus it was
 * built from, so a stale index is detected, never silently used.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PageLine } from '../corpus/page-lines.js';
import type { ArticleMeta, CleanArticle, Corpus, Paragraph, Sentence } from '../corpus/types.js';
import { packInts, unpackInts, type PackedArray } from '../search/packed.js';
import type { SerializedSearchIndex } from '../search/search-index.js';
import type { SavedTimelineEvent } from './saved-timeline.js';
import type { StoredAnalysis } from './analysis-cache.js';
import { writeFileAtomic } from './atomic-file.js';
import { layOutJson, readLaidOutJson } from './json-lines-layout.js';

/** Names the layout of index files: bump it whenever the layout or the analysis changes. */
export const INDEX_FORMAT = 'coverage-bot-index/79';
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
  /** Sentences, a packed array per field ({@link packSentences}). */
  sentences: PackedSentences;
  search: SerializedSearchIndex;
  /** The timeline, its quotes by article and offsets (saved-timeline.ts). */
  timeline: SavedTimelineEvent[];
  /**
   * The irregular past forms the tense rules read (timeline/past-forms.ts), the same for every
   * corpus: saved so that a process answering from the index need not load the lexicon they
   * are derived from.
   */
  irregularPast: string[];
  /**
   * The verbs whose past is spelt as their base form ("beat", "cost": timeline/past-forms.ts
   * `basePastForms`), derived from the same lexicon: saved for the same reason.
   */
  basePast: string[];
  /**
   * The short pasts the lexicon also tags as adjectives ("used", "tied": timeline/past-forms.ts
   * `adjectivalShortPasts`), derived from the same lexicon: saved for the same reason.
   */
  adjectivalPast: string[];
  /** Plurals spelt without "-s" (timeline/irregular-plurals.ts), from WordNet: saved likewise. */
  irregularPlurals: string[];
  /**
   * The words the premodifier rule reads as adjectives (timeline/adjectives.ts), the same for
   * every corpus: saved for the same reason.
   */
  adjectives: string[];
  /**
   * The words read as usually nouns (text/nouns.ts: a relative "who" after one, a noun phrase a
   * question qualifies), the same for every corpus: saved for the same reason.
   */
  nouns: string[];
}

/** An index file that cannot be used. */
export class IndexError extends Error {
  override readonly name = 'IndexError';
}

/**
 * Sentences as saved: one packed array per field, so each is saved as narrow as its values
 * allow (packed.ts): an article's number and a paragraph's in one or two bytes, a sentence's
 * length rather than its end, heading or body in one byte.
 */
export interface PackedSentences {
  article: PackedArray;
  paragraph: PackedArray;
  start: PackedArray;
  length: PackedArray;
  /** 1 for a heading, 0 for body text. */
  heading: PackedArray;
}

/** Flattens sentences for saving. */
export function packSentences(sentences: readonly Sentence[]): PackedSentences {
  return {
    article: packInts(sentences.map((s) => s.article)),
    paragraph: packInts(sentences.map((s) => s.paragraph)),
    start: packInts(sentences.map((s) => s.start)),
    length: packInts(sentences.map((s) => s.end - s.start)),
    heading: packInts(sentences.map((s) => (s.kind === 'heading' ? 1 : 0))),
  };
}

/** Unflattens sentences saved by {@link packSentences}. Throws when the fields' lengths differ. */
export function unpackSentences(packed: PackedSentences): Sentence[] {
  const article = unpackInts(packed.article);
  const paragraph = unpackInts(packed.paragraph);
  const start = unpackInts(packed.start);
  const length = unpackInts(packed.length);
  const heading = unpackInts(packed.heading);
  const count = article.length;
  if ([paragraph, start, length, heading].some((field) => field.length !== count))
    throw new Error("index: the sentences' fields do not have one value per sentence");
  const sentences: Sentence[] = new Array<Sentence>(count);
  for (let i = 0; i < count; i++) {
    const from = start[i] as number;
    sentences[i] = {
      article: article[i] as number,
      paragraph: paragraph[i] as number,
      start: from,
      end: from + (length[i] as number),
      kind: heading[i] === 1 ? 'heading' : 'body',
    };
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
  let parsed: Partial<IndexFile>;
  try {
    // A piece at a time: a live engine reads a rebuilt index while it answers questions.
    parsed = (await readLaidOutJson(file)) as Partial<IndexFile>;
  } catch (error) {
    if (error instanceof SyntaxError) throw new IndexError(`index: "${file}" is not valid JSON`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new IndexError(`index: cannot read "${file}": ${(error as Error).message}`);
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
