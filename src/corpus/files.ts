/**
 * Reading a corpus folder: article files (see formats.ts; any case, in any subfolder) under
 * `articles/` (or at the top when there is no `articles/` folder), an optional
 * `articles.json` with metadata and an optional `aliases.json`. Text files are decoded here
 * (see decode.ts); packaged ones (a saved page, an e-mail, a Word document, a PDF) are kept as bytes,
 * cheap to hash, and unpacked only when their article is read (see unpack.ts). A feed or a news
 * API's export is read as one article per item (feed-files.ts). A file that is not an article
 * format or cannot be decoded is listed with the problem, never skipped silently.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeArticle } from './decode.js';
import { CorpusError, type CorpusProblem } from './errors.js';
import { ARTICLE_EXTENSIONS, articleFormat, isPackaged, type ArticleFormat } from './formats.js';
import type { Unpacked } from './unpack.js';
import { otherFormat, SNIFF_BYTES } from './other-formats.js';
import { feedKind, type FeedKind } from './feed-kind.js';

/** File names inside a corpus folder. */
export const METADATA_FILE = 'articles.json';
export const ALIASES_FILE = 'aliases.json';
export const ARTICLES_FOLDER = 'articles';
/** The largest article file read, in bytes: a saved news page is far smaller. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** One article file, decoded. */
export interface ArticleFile {
  /** Path relative to the folder holding the articles, with `/` separators. */
  file: string;
  format: ArticleFormat;
  /**
   * The file's text, decoded; for a packaged format (see formats.ts isPackaged), its bytes
   * one character each (`latin1`), as the package's parser needs them.
   */
  raw: string;
  /**
   * The encoding it was decoded from (WHATWG name, e.g. `utf-8`, `windows-1252`); for a
   * packaged format, {@link PACKAGE_ENCODING} until it is unpacked, then the encoding of the
   * text inside.
   */
  encoding: string;
  /** True when the encoding was detected, not stated (see decode.ts): a guess. */
  encodingDetected?: boolean;
  /** The article a packaged file holds, once unpacked (see unpack.ts). */
  unpacked?: Unpacked;
}

/** The encoding of a packaged file not yet unpacked: its bytes, kept as they are. */
export const PACKAGE_ENCODING = 'binary';

/**
 * An article file from its bytes: text decoded (see decode.ts), a package's bytes kept for
 * unpacking. Throws a CorpusError naming the file when text cannot be decoded.
 */
export function articleFileOf(file: string, format: ArticleFormat, bytes: Buffer): ArticleFile {
  if (isPackaged(format))
    return { file, format, raw: bytes.toString('latin1'), encoding: PACKAGE_ENCODING };
  const { text, encoding, detected } = decodeArticle(bytes, file, format);
  return { file, format, raw: text, encoding, encodingDetected: detected === true };
}

/** The raw files of a corpus folder. */
export interface CorpusFiles {
  dir: string;
  /** Article files, sorted by path (a feed's items in the feed's order), relative to the folder holding them. */
  articles: ArticleFile[];
  /** Raw text of `articles.json`, or null when absent. */
  metadata: string | null;
  /** Raw text of `aliases.json`, or null when absent. */
  aliases: string | null;
  /** Files in the articles folder that were not read, each with its problem. */
  unread: CorpusProblem[];
  /** Saved pages' companion folders (see {@link companionFolders}), ignored; relative, sorted. */
  assets?: string[];
}

/**
 * A JSON file's text without the UTF-8 byte-order mark some editors write first (Windows
 * Notepad's and PowerShell's "UTF-8 with BOM"): `JSON.parse` refuses it, and RFC 8259 §8.1
 * lets a parser ignore it.
 */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * A corpus folder's JSON file (`articles.json`, `aliases.json`) as text, or null when absent.
 *
 * @throws CorpusError when it cannot be read or is not valid UTF-8: JSON exchanged between systems
 *   is UTF-8 (RFC 8259 §8.1), and decoding it leniently would put U+FFFD into the names the bot
 *   shows ("Caf� Weekly") with no word of it.
 */
async function readOptional(file: string): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CorpusError(`corpus: cannot read "${file}": ${(error as Error).message}`);
  }
  try {
    return withoutByteOrderMark(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new CorpusError(
      `corpus: "${file}" is not valid UTF-8 (JSON files must be, RFC 8259 §8.1); save it as UTF-8 and try again`,
    );
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

function isHidden(file: string): boolean {
  return file.split('/').some((part) => part.startsWith('.'));
}

/** A saved web page, whose companion folder a browser names after it. */
const SAVED_PAGE = /^(.*)\.html?$/i;

/**
 * The companion folders of saved pages among `files` (relative paths): the folder `NAME_files`
 * beside `NAME.html` (or `.htm`) that a browser's "Save page as…, Web Page, complete" writes
 * with the page's images, style sheets and scripts (Chrome, Edge and Firefox name it so). They
 * are the page's assets, never articles. A `_files` folder with no such page beside it is read
 * as any folder is.
 */
export function companionFolders(files: readonly string[]): Set<string> {
  const pages = files.flatMap((file) => {
    const stem = SAVED_PAGE.exec(file)?.[1];
    return stem === undefined ? [] : [`${stem}_files`];
  });
  const folders = new Set(files.map((file) => file.split('/').slice(0, -1).join('/')));
  const withAncestors = new Set(
    [...folders].flatMap((folder) =>
      folder.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  return new Set(pages.filter((folder) => withAncestors.has(folder)));
}

/**
 * Lists the files under `folder` (recursively, without hidden ones nor saved pages' companion
 * folders), relative, sorted; those companion folders; and the symbolic links that are not read,
 * each with why (see {@link linkProblem}).
 */
async function listFiles(
  folder: string,
  top: boolean,
): Promise<{ files: string[]; assets: string[]; links: CorpusProblem[] }> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw new CorpusError(`corpus: cannot list "${folder}": ${(error as Error).message}`);
  }
  const relative = (entry: { parentPath: string; name: string }) =>
    path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  const links: CorpusProblem[] = [];
  const listed: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const file = relative(entry);
    if (isHidden(file)) continue;
    const problem = entry.isSymbolicLink() ? linkProblem(entry) : null;
    if (problem === null) listed.push(file);
    else links.push({ file, message: problem });
  }
  const files = listed
    .filter((file) => !top || (file !== METADATA_FILE && file !== ALIASES_FILE))
    .sort();
  const companions = companionFolders(files);
  const inCompanion = (file: string) =>
    file.split('/').some((_, i, parts) => i > 0 && companions.has(parts.slice(0, i).join('/')));
  return {
    files: files.filter((file) => !inCompanion(file)),
    assets: [...companions].sort(),
    links: links.filter((link) => !inCompanion(link.file)).sort(byFile),
  };
}

function byFile(a: CorpusProblem, b: CorpusProblem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * A line break or another control character (C0, DEL, C1) in a file's path. Every place that names
 * a file gives it one line (a `validate` problem, a `warn:` line, an id, a reply's source), which
 * such a name breaks, so the file is not read until renamed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_NAME = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_NAME_PROBLEM =
  'its name holds a line break or another control character, which would break every line that names it: it is not read; rename it';

/**
 * A JSON file's text (UTF-8, as RFC 8259 requires), or undefined when it cannot be read or is
 * over {@link MAX_ARTICLE_BYTES} (a feed's limit: no larger file is parsed).
 */
function jsonText(file: string): string | undefined {
  try {
    if (statSync(file).size > MAX_ARTICLE_BYTES) return undefined;
    return withoutByteOrderMark(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The first {@link SNIFF_BYTES} bytes of a file as text (UTF-8), or "" when it cannot be read. */
function fileHead(file: string): string {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(descriptor, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return '';
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * Why a symbolic link in the folder is not read, or null when it leads to a file (read as that
 * file). A link to a folder is not followed, as `readdir` follows none: a linked folder can lead
 * back into the one that holds it, and its files would be read twice or without end. A link that
 * leads nowhere, or round in a loop (ELOOP: the system gives up after 40 links on Linux), names
 * no file. Each is listed as a problem, as any file not read is, never skipped silently.
 */
function linkProblem(entry: { parentPath: string; name: string }): string | null {
  try {
    const target = statSync(path.join(entry.parentPath, entry.name));
    if (target.isFile()) return null;
    return target.isDirectory()
      ? 'is a symbolic link to a folder, which is not followed (a linked folder can lead back into this one): link its files, or copy the folder in'
      : 'is a symbolic link to something that is no file: it is not read';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      return 'is a symbolic link that loops (it leads back to itself through other links): it is not read; remove it or point it at a file';
    if (code === 'ENOENT')
      return 'is a symbolic link to a file that does not exist: it is not read; remove it or point it at a file';
    return `is a symbolic link that cannot be followed (${code ?? (error as Error).message}): it is not read`;
  }
}

/** Bytes in a mebibyte (IEC 80000-13), the unit sizes are told in. */
const MIB = 1024 * 1024;

/**
 * Why a file over {@link MAX_ARTICLE_BYTES} is not read, in MiB (one decimal) and bytes.
 *
 * @example tooLarge(52428829, false) // 'is 50.0 MiB (52428829 bytes); the limit for an article is 5 MiB (5242880 bytes): it is not read'
 */
export function tooLarge(size: number, feed: boolean): string {
  const limit = `${MAX_ARTICLE_BYTES / MIB} MiB (${MAX_ARTICLE_BYTES} bytes)`;
  return `is ${(size / MIB).toFixed(1)} MiB (${size} bytes); the limit for an article${feed ? ' file or a feed' : ''} is ${limit}: it is not read`;
}

/**
 * Reads every file of a corpus folder. Throws {@link CorpusError} when the folder cannot be
 * read; a single article that cannot be read or decoded is listed in `unread` instead.
 */
export async function readCorpusFiles(dir: string): Promise<CorpusFiles> {
  const folder = await articlesFolder(dir);
  const { files: names, assets, links } = await listFiles(folder, folder === dir);
  const unread: CorpusFiles['unread'] = [...links];
  const articles: ArticleFile[] = [];
  const readFeed = async (file: string, bytes: Buffer, kind: FeedKind) => {
    // Loaded for the first feed only: it brings the XML and HTML parsers (feed-kind.ts).
    const { readFeedFile } = await import('./feed-files.js');
    const read = readFeedFile(file, bytes, kind);
    articles.push(...read.articles);
    unread.push(...read.problems);
  };
  // Read one after another, synchronously: this runs at start-up, before anything else can
  // use the thread, and for thousands of small files it is several times faster than promises.
  for (const file of names) {
    if (CONTROL_IN_NAME.test(file)) {
      // Shown escaped: the name itself would break the line that names it.
      unread.push({ file: JSON.stringify(file), message: CONTROL_NAME_PROBLEM });
      continue;
    }
    const format = articleFormat(file);
    const feed = format === null ? feedKind(file, fileHead(path.join(folder, file))) : null;
    if (format === null && feed === null) {
      unread.push({
        file,
        message:
          otherFormat(file, () => jsonText(path.join(folder, file))) ??
          `not an article file (articles are ${ARTICLE_EXTENSIONS.join(', ')}, any case, or a feed): move it out of the folder or rename it`,
      });
      continue;
    }
    try {
      // Sized before it is read: a file far over the limit is refused without holding it.
      const size = statSync(path.join(folder, file)).size;
      if (size > MAX_ARTICLE_BYTES) {
        unread.push({ file, message: tooLarge(size, feed !== null) });
        continue;
      }
      const bytes = readFileSync(path.join(folder, file));
      if (format !== null) articles.push(articleFileOf(file, format, bytes));
      else await readFeed(file, bytes, feed as FeedKind);
    } catch (error) {
      unread.push(
        error instanceof CorpusError && error.problem
          ? error.problem
          : { file, message: `cannot be read: ${(error as Error).message}` },
      );
    }
  }
  const [metadata, aliases] = await Promise.all([
    readOptional(path.join(dir, METADATA_FILE)),
    readOptional(path.join(dir, ALIASES_FILE)),
  ]);
  return { dir, articles, metadata, aliases, unread, ...(assets.length > 0 ? { assets } : {}) };
}

/**
 * A content hash of everything an index is built from. `salt` names the index format, so a
 * change of format also makes old indexes stale.
 */
export function hashCorpusFiles(files: CorpusFiles, salt: string): string {
  const hash = createHash('sha256').update(salt);
  // Each part hashed as it is, not joined first: joining made a copy of every article's text.
  for (const { file, raw } of files.articles)
    hash.update('\0article\0').update(file).update('\0').update(raw);
  hash.update(`\0metadata\0${files.metadata ?? ''}\0aliases\0${files.aliases ?? ''}`);
  return hash.digest('hex');
}
