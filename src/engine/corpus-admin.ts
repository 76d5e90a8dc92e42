/**
 * Managing the corpus folder of a running bot (`/corpus`): add an uploaded article, remove
 * one, report the index in use. Every change is checked before anything is written, written
 * atomically, logged to an append-only audit file (who, what, when), and then waited for:
 * the live engine rebuilds and swaps in the new index. A change the new index cannot be built
 * from is undone, so a refused change leaves the folder as it was.
 */
import { createHash } from 'node:crypto';
import { appendFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CorpusError } from '../corpus/errors.js';
import {
  articleFileOf,
  articlesFolder,
  MAX_ARTICLE_BYTES,
  METADATA_FILE,
  readCorpusFiles,
  withoutByteOrderMark,
  type ArticleFile,
} from '../corpus/files.js';
import {
  ARTICLE_EXTENSIONS,
  articleFormat,
  isPackaged,
  type ArticleFormat,
} from '../corpus/formats.js';
import { inspectCorpus } from '../corpus/load.js';
import { unpackArticle } from '../corpus/unpack.js';
import { readMetadata, type MetadataEntry } from '../corpus/metadata.js';
import { silentLogger, type Logger } from '../log.js';
import { writeFileAtomic } from './atomic-file.js';
import { feedOfItem } from '../corpus/feed-item-file.js';
import type { LiveEngine, ReloadStatus } from './live.js';
import type { IndexInfo } from './types.js';

/** The audit log's name inside the corpus folder: hidden, so no index is built from it. */
export const AUDIT_FILE = '.corpus-audit.jsonl';
/** How long a change waits for the new index before replying that it is still being built. */
export const RELOAD_WAIT_MS = 60_000;
/** Longest file name kept for an upload (after making it safe). */
const MAX_FILE_NAME = 100;

/** A change refused before or while it was made; the message is meant for the user. Nothing changed. */
export class CorpusChangeError extends Error {
  override readonly name = 'CorpusChangeError';
}

/** Who asked for a change, as the audit log records it. */
export interface Actor {
  id: string;
  name?: string;
}

/** An uploaded article and the metadata given with it (each field optional). */
export interface NewArticle {
  filename: string;
  bytes: Uint8Array;
  title?: string;
  outlet?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string;
  url?: string;
}

/** A change made. */
export interface ChangeOutcome {
  id: string;
  /** Relative to the folder holding the articles. */
  file: string;
  title: string;
  /** The index now answering, or null when it was still being built after {@link RELOAD_WAIT_MS}. */
  info: IndexInfo | null;
}

/** One line of the audit log. */
export interface AuditEntry {
  at: string;
  actor: Actor;
  action: 'add' | 'remove';
  outcome: 'done' | 'refused' | 'undone';
  file?: string;
  id?: string;
  bytes?: number;
  sha256?: string;
  metadata?: Omit<MetadataEntry, 'file'>;
  reason?: string;
}

/** Options of {@link CorpusAdmin}. */
export interface CorpusAdminOptions {
  /** Default: {@link AUDIT_FILE} inside the corpus folder. */
  auditFile?: string;
  logger?: Logger;
  /** Default {@link RELOAD_WAIT_MS}. */
  reloadWaitMs?: number;
}

/** `../a b?.TXT` → `a_b_.TXT`: a plain name in the articles folder, never a path or a hidden file. */
export function safeFileName(name: string): string {
  const base = (name.replace(/\\/g, '/').split('/').pop() ?? '').normalize('NFC');
  const dot = base.lastIndexOf('.');
  const extension = dot < 0 ? '' : base.slice(dot).toLowerCase();
  if (articleFormat(`x${extension}`) === null)
    throw new CorpusChangeError(
      `“${name}” is not an article file: upload a ${ARTICLE_EXTENSIONS.join(', ')} file.`,
    );
  const stem = base
    .slice(0, dot)
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._-]+/, '');
  if (!stem) throw new CorpusChangeError(`“${name}” has no usable file name; rename it.`);
  return stem.slice(0, MAX_FILE_NAME - extension.length) + extension;
}

/**
 * The upload as the corpus reader will read it from the folder (src/corpus/files.ts: text
 * decoded, a package unpacked), or a refusal saying why it is not an article the corpus can hold.
 */
async function readUpload(
  file: string,
  bytes: Uint8Array,
  format: ArticleFormat,
): Promise<ArticleFile> {
  // A NUL byte is never text in any encoding an article comes in: say so plainly.
  if (!isPackaged(format) && bytes.includes(0))
    throw new CorpusChangeError(`“${file}” is not a text file.`);
  try {
    const read = articleFileOf(file, format, Buffer.from(bytes));
    if (!isPackaged(format)) return read;
    const unpacked = await unpackArticle(bytes, file, format);
    return { ...read, unpacked, encoding: unpacked.encoding };
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    throw new CorpusChangeError(error.message.replace(/^corpus: article /, 'The file '));
  }
}

const sameText = (a: string, b: string) =>
  a.replace(/\r\n?/g, '\n').trim() === b.replace(/\r\n?/g, '\n').trim();

/** The first problem of an `articles.json` holding only `entry`, without the entry's name; null when none. */
function entryProblem(entry: MetadataEntry): string | null {
  const problem = readMetadata(JSON.stringify({ articles: [entry] })).problems[0];
  return problem ? problem.message.replace(/^entry for "[^"]*": /, '') : null;
}

/** Adds, removes and reports articles of the corpus folder a {@link LiveEngine} answers from. */
export class CorpusAdmin {
  readonly auditFile: string;
  readonly #logger: Logger;
  readonly #reloadWaitMs: number;
  /** Changes run one at a time: each reads the folder as the previous one left it. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly live: LiveEngine,
    options: CorpusAdminOptions = {},
  ) {
    this.auditFile = options.auditFile ?? path.join(live.corpusDir, AUDIT_FILE);
    this.#logger = options.logger ?? silentLogger;
    this.#reloadWaitMs = options.reloadWaitMs ?? RELOAD_WAIT_MS;
  }

  /** The index in use, what the reloader is doing, and where the audit log is. */
  status(): ReloadStatus & { auditFile: string } {
    return { ...this.live.status(), auditFile: this.auditFile };
  }

  /**
   * Adds an uploaded article and waits for the index that answers from it.
   *
   * @throws {CorpusChangeError} when the upload is not a readable text article with body
   *   text, duplicates an article or a file name, its metadata is invalid, or the corpus
   *   cannot be rebuilt with it. The folder is then unchanged.
   */
  add(article: NewArticle, actor: Actor): Promise<ChangeOutcome> {
    return this.#serial(() =>
      this.#audited(actor, 'add', { file: article.filename }, () => this.#add(article, actor)),
    );
  }

  /**
   * Removes the article with id `id` and waits for the index without it.
   *
   * @throws {CorpusChangeError} when no article has that id, or the corpus cannot be rebuilt
   *   without it (it is the last one). The folder is then unchanged.
   */
  remove(id: string, actor: Actor): Promise<ChangeOutcome> {
    return this.#serial(() =>
      this.#audited(actor, 'remove', { id }, () => this.#remove(id, actor)),
    );
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Runs a change; a refusal is logged to the audit file before it reaches the user. */
  async #audited<T>(
    actor: Actor,
    action: AuditEntry['action'],
    what: Pick<AuditEntry, 'file' | 'id'>,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const refusal =
        error instanceof CorpusChangeError
          ? error
          : new CorpusChangeError(`The change failed: ${(error as Error).message}`);
      await this.#audit({ actor, action, outcome: 'refused', ...what, reason: refusal.message })
        // A refusal changed nothing, so a failed audit line does not undo anything.
        .catch((auditError: unknown) =>
          this.#logger.error('corpus: cannot write the audit log', { error: auditError }),
        );
      throw refusal;
    }
  }

  async #audit(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    // One write with O_APPEND: lines from concurrent writers never interleave.
    await appendFile(
      this.auditFile,
      `${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`,
      { flag: 'a' },
    );
  }

  async #add(article: NewArticle, actor: Actor): Promise<ChangeOutcome> {
    const file = safeFileName(article.filename);
    const format = articleFormat(file)!;
    if (article.bytes.byteLength > MAX_ARTICLE_BYTES)
      throw new CorpusChangeError(`“${file}” is larger than ${MAX_ARTICLE_BYTES} bytes.`);
    const upload = await readUpload(file, article.bytes, format);
    const dir = this.live.corpusDir;
    const folder = await articlesFolder(dir);
    const files = await readCorpusFiles(dir);
    if (files.articles.some((a) => a.file.toLowerCase() === file.toLowerCase()))
      throw new CorpusChangeError(
        `An article named “${file}” is already in the corpus: remove it first, or rename the upload.`,
      );
    const twin = files.articles.find((a) => sameText(a.raw, upload.raw));
    if (twin) throw new CorpusChangeError(`“${file}” has the same text as “${twin.file}”.`);

    const entry: MetadataEntry = { file };
    for (const key of ['title', 'outlet', 'published', 'url'] as const) {
      const value = article[key]?.trim();
      if (value) entry[key] = value;
    }
    const problem = entryProblem(entry);
    if (problem) throw new CorpusChangeError(`Metadata refused: ${problem}`);
    const { corpus } = inspectCorpus({
      dir,
      articles: [upload],
      metadata: JSON.stringify({ articles: [entry] }),
      aliases: null,
      unread: [],
    });
    const added = corpus.articles[0];
    if (!added) throw new CorpusChangeError(`“${file}” has no article text after cleaning.`);
    const nextMetadata = withEntry(files.metadata, entry, files.articles);

    const target = path.join(folder, file);
    const metadataPath = path.join(dir, METADATA_FILE);
    const undo = async () => {
      await rm(target, { force: true });
      if (nextMetadata !== null) {
        if (files.metadata === null) await rm(metadataPath, { force: true });
        else await writeFileAtomic(metadataPath, files.metadata);
      }
    };
    await writeFileAtomic(target, article.bytes);
    try {
      if (nextMetadata !== null) await writeFileAtomic(metadataPath, nextMetadata);
      const { file: _file, ...metadata } = entry;
      await this.#audit({
        actor,
        action: 'add',
        outcome: 'done',
        file,
        id: added.meta.id,
        bytes: article.bytes.byteLength,
        sha256: createHash('sha256').update(article.bytes).digest('hex'),
        metadata,
      });
    } catch (error) {
      await undo();
      throw error;
    }
    const info = await this.#reload({ actor, action: 'add', file, id: added.meta.id }, undo);
    // The reader makes generated ids unique across the corpus: the id is the index's.
    const listed = this.live.sources().find((s) => s.file === file);
    return {
      id: listed?.id ?? added.meta.id,
      file,
      title: listed?.title ?? added.meta.title,
      info,
    };
  }

  async #remove(id: string, actor: Actor): Promise<ChangeOutcome> {
    const source = this.live.sources().find((s) => s.id === id);
    if (!source?.file)
      throw new CorpusChangeError(`No article has the id “${id}”. \`/corpus list\` shows the ids.`);
    // Removing the feed's file would remove its other items too.
    const feed = feedOfItem(source.file)?.feed;
    if (feed !== undefined)
      throw new CorpusChangeError(
        `“${id}” is an item of the feed “${feed}”, not a file of its own: remove the feed from the folder, or the item from the feed.`,
      );
    const dir = this.live.corpusDir;
    const folder = await articlesFolder(dir);
    const target = path.resolve(folder, source.file);
    if (!target.startsWith(path.resolve(folder) + path.sep))
      throw new CorpusChangeError(`“${source.file}” is not inside the articles folder.`);
    const metadataPath = path.join(dir, METADATA_FILE);
    const [bytes, metadata] = await Promise.all([
      readFile(target).catch(() => null),
      readFile(metadataPath, 'utf8')
        .then(withoutByteOrderMark)
        .catch(() => null),
    ]);
    const nextMetadata = metadata === null ? null : withoutEntry(metadata, source.file);
    const undo = async () => {
      if (bytes !== null) await writeFileAtomic(target, bytes);
      if (metadata !== null && nextMetadata !== null) await writeFileAtomic(metadataPath, metadata);
    };
    // The article answers until the index without it does: a removal that is refused and
    // undone (the last article) never shows as an empty corpus.
    const release = await this.live.hold([source.file]);
    try {
      await rm(target, { force: true });
      if (nextMetadata !== null) await writeFileAtomic(metadataPath, nextMetadata);
      await this.#audit({
        actor,
        action: 'remove',
        outcome: 'done',
        file: source.file,
        id,
        ...(bytes ? { bytes: bytes.byteLength } : {}),
      });
    } catch (error) {
      await undo().finally(() => release(false));
      throw error;
    }
    const info = await this.#reload(
      { actor, action: 'remove', file: source.file, id },
      undo,
      release,
    );
    return { id, file: source.file, title: source.title, info };
  }

  /**
   * Waits for the index built from the changed folder, up to the wait limit (null after it).
   * If that index cannot be built the change is undone, audited as such, and refused; a
   * failure after the wait is undone and audited the same way. `release` (a hold of
   * {@link LiveEngine.hold}, or none) is released once the change is kept or undone, before
   * this returns or throws, so the engine answers as the folder then is.
   */
  async #reload(
    what: Pick<AuditEntry, 'actor' | 'action' | 'file' | 'id'>,
    undo: () => Promise<void>,
    release: (undone: boolean) => Promise<void> = async () => undefined,
  ): Promise<IndexInfo | null> {
    const reloaded = this.live.reload().then(
      (info) => ({ info, error: null }),
      (error: unknown) => ({ info: null, error: error as Error }),
    );
    const undoOnFailure = reloaded.then(async ({ error }) => {
      if (!error) {
        await release(false);
        return null;
      }
      try {
        await undo();
      } catch (undoError) {
        await release(false);
        throw undoError;
      }
      await release(true);
      await this.#audit({ ...what, outcome: 'undone', reason: error.message });
      // Changes made before this one were marked loaded by the failed build: build them now.
      // Awaited, so a refusal leaves no build running behind it.
      await this.live.reload().catch(() => undefined);
      return error;
    });
    const first = await Promise.race([reloaded, sleep(this.#reloadWaitMs, null, { ref: false })]);
    if (first === null) {
      undoOnFailure.catch((error: unknown) =>
        this.#logger.error('corpus: could not undo a change', { error }),
      );
      return null;
    }
    const failure = await undoOnFailure;
    if (failure)
      throw new CorpusChangeError(
        `The corpus could not be rebuilt with this change, so it was undone: ${failure.message}`,
      );
    return first.info;
  }
}

/** `articles.json` with `entry` added; null when there is none and the entry says nothing. */
function withEntry(
  raw: string | null,
  entry: MetadataEntry,
  present: ReadonlyArray<{ file: string }>,
): string | null {
  if (raw === null) {
    if (Object.keys(entry).length === 1) return null;
    // An entry with only `file` reads everything from the article, as if there were no
    // metadata file: the other articles keep what they had.
    const articles = [...present.map(({ file }) => ({ file })), entry];
    return `${JSON.stringify({ articles }, null, 2)}\n`;
  }
  const problem = readMetadata(raw).problems[0];
  if (problem)
    throw new CorpusChangeError(`${METADATA_FILE} has a problem to fix first: ${problem.message}`);
  const json = JSON.parse(raw) as { articles: unknown[] };
  return `${JSON.stringify({ ...json, articles: [...json.articles, entry] }, null, 2)}\n`;
}

/** `articles.json` without the entry for `file`; null when it has none. */
function withoutEntry(raw: string, file: string): string | null {
  let json: { articles: Array<{ file?: unknown }> };
  try {
    json = JSON.parse(raw) as typeof json;
  } catch {
    return null;
  }
  if (!Array.isArray(json.articles)) return null;
  const articles = json.articles.filter((entry) => entry.file !== file);
  if (articles.length === json.articles.length) return null;
  return `${JSON.stringify({ ...json, articles }, null, 2)}\n`;
}
