/**
 * Loading a corpus folder: read the files, clean every article, attach its metadata and
 * split it into sentences.
 */
import { silentLogger, type Logger } from '../log.js';
import { parseAliases } from './aliases-file.js';
import { cleanArticle } from './clean.js';
import { CorpusError } from './errors.js';
import { METADATA_FILE, readCorpusFiles, type CorpusFiles } from './files.js';
import { parseMetadata, type MetadataEntry } from './metadata.js';
import { segmentParagraphs } from './segment.js';
import type { ArticleMeta, CleanArticle, Corpus, Sentence } from './types.js';

/** A corpus with the alias groups its folder provides. */
export interface LoadedCorpus extends Corpus {
  /** Alias groups from `aliases.json` (empty when the folder has none). */
  aliases: string[][];
}

/** What {@link inspectCorpus} found: the corpus and every problem an administrator should fix. */
export interface CorpusInspection {
  corpus: LoadedCorpus;
  /** Problems that make the corpus invalid, each naming the file: the `validate` command fails on them. */
  problems: string[];
}

/** Options of {@link loadCorpus}. */
export interface LoadOptions {
  logger?: Logger;
  /** Called after each article is cleaned and segmented. */
  onProgress?: (done: number, total: number) => void;
}

const TITLE_FALLBACK_LENGTH = 120;

function idFromFile(file: string): string {
  return file
    .replace(/\.txt$/, '')
    .replace(/[^\w.-]+/g, '_')
    .slice(0, 64);
}

function firstLine(text: string): string {
  const line =
    text
      .split('\n')
      .find((candidate) => candidate.trim().length > 0)
      ?.trim() ?? '';
  return line.length > TITLE_FALLBACK_LENGTH ? `${line.slice(0, TITLE_FALLBACK_LENGTH)}…` : line;
}

function metaFor(
  file: string,
  entry: MetadataEntry | undefined,
  headline: string | null,
  dateline: string | null,
  text: string,
): ArticleMeta {
  return {
    id: entry?.id ?? idFromFile(file),
    file,
    title: entry?.title ?? headline ?? (firstLine(text) || file),
    outlet: entry?.outlet === undefined ? null : entry.outlet,
    published: entry?.published === undefined ? dateline : entry.published,
    url: entry?.url === undefined ? null : entry.url,
  };
}

/**
 * Builds a corpus from files already read, collecting every problem instead of stopping at
 * the first, so `validate` can list them all.
 */
export function inspectCorpus(files: CorpusFiles, options: LoadOptions = {}): CorpusInspection {
  const problems: string[] = [];
  const entries = files.metadata === null ? [] : parseMetadata(files.metadata);
  const aliases = files.aliases === null ? [] : parseAliases(files.aliases);
  const byFile = new Map<string, MetadataEntry>();
  for (const entry of entries) {
    if (byFile.has(entry.file)) problems.push(`${METADATA_FILE}: "${entry.file}" has two entries`);
    byFile.set(entry.file, entry);
  }
  const present = new Set(files.articles.map((article) => article.file));
  for (const entry of entries) {
    if (!present.has(entry.file))
      problems.push(`${METADATA_FILE}: "${entry.file}" names no article file`);
  }
  if (files.articles.length === 0) problems.push(`corpus: "${files.dir}" holds no .txt articles`);

  const articles: CleanArticle[] = [];
  const sentences: Sentence[] = [];
  const ids = new Map<string, string>();
  files.articles.forEach(({ file, raw }, index) => {
    const entry = byFile.get(file);
    if (files.metadata !== null && entry === undefined) {
      problems.push(`${METADATA_FILE}: article "${file}" has no metadata entry`);
    }
    const cleaned = cleanArticle(raw);
    const meta = metaFor(file, entry, cleaned.headline, cleaned.dateline, raw);
    const clash = ids.get(meta.id);
    if (clash !== undefined)
      problems.push(`corpus: articles "${clash}" and "${file}" share the id "${meta.id}"`);
    ids.set(meta.id, file);
    const body = cleaned.paragraphs.filter((paragraph) => paragraph.kind === 'body');
    if (body.length === 0) {
      problems.push(`corpus: article "${file}" has no body text after cleaning`);
      options.logger?.warn('corpus: article skipped, no body text', { file });
    } else {
      const articleIndex = articles.length;
      articles.push({ meta, text: cleaned.text, paragraphs: cleaned.paragraphs });
      for (const span of segmentParagraphs(cleaned.text, cleaned.paragraphs)) {
        const kind = cleaned.paragraphs[span.paragraph]?.kind ?? 'body';
        sentences.push({
          article: articleIndex,
          paragraph: span.paragraph,
          start: span.start,
          end: span.end,
          kind,
        });
      }
    }
    options.onProgress?.(index + 1, files.articles.length);
  });
  return { corpus: { articles, sentences, aliases }, problems };
}

/**
 * Loads a corpus folder. Throws {@link CorpusError} when the folder cannot be read, a
 * metadata or aliases file is malformed, ids clash or no article has text; other problems
 * (an article without metadata, an empty article) are logged and worked around.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  return loadCorpusFromFiles(await readCorpusFiles(dir), options);
}

/** {@link loadCorpus} on files already read. */
export function loadCorpusFromFiles(files: CorpusFiles, options: LoadOptions = {}): LoadedCorpus {
  const logger = options.logger ?? silentLogger;
  const { corpus, problems } = inspectCorpus(files, options);
  const fatal = problems.find(
    (problem) => problem.includes('share the id') || problem.includes('has two entries'),
  );
  if (fatal) throw new CorpusError(fatal);
  if (corpus.articles.length === 0)
    throw new CorpusError(`corpus: "${files.dir}" has no article with text`);
  for (const problem of problems) logger.warn(problem);
  return corpus;
}
