/** The article file formats a corpus folder may hold, recognised by extension in any case. */
import { feedOfItem } from './feed-item-file.js';

/**
 * How an article file is read. `text`, `markdown` and `html` are text files; the others are
 * packages holding the article (see {@link isPackaged}): `mhtml` a browser's single-file page
 * save, `email` an e-mail message (RFC 5322, MIME), `docx` a Word document, `pdf` a PDF's
 * text layer; `feed-item` one item of a feed or a news API's export (feed-files.ts), never a
 * file's extension.
 */
export type ArticleFormat = 'text' | 'markdown' | 'html' | 'feed-item' | PackagedFormat;

/** A format whose file is a package (MIME or zip) the article is unpacked from. */
export type PackagedFormat = 'mhtml' | 'email' | 'docx' | 'pdf';

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.eml': 'email',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The extensions read as articles, for messages ("… is not one of .txt, .md, …"). */
export const ARTICLE_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/**
 * True for a format whose file is a package to unpack (MIME parts, a zip) rather than text
 * to decode: its bytes are kept as they are until the article inside is unpacked.
 */
export function isPackaged(format: ArticleFormat): format is PackagedFormat {
  return format === 'mhtml' || format === 'email' || format === 'docx' || format === 'pdf';
}

/**
 * The format of an article file from its extension, any case (`RINK.TXT` is text); null
 * for a file that is not an article format.
 */
export function articleFormat(file: string): ArticleFormat | null {
  const dot = file.lastIndexOf('.');
  if (dot < 0 || dot < file.lastIndexOf('/')) return null;
  return FORMAT_BY_EXTENSION[file.slice(dot).toLowerCase()] ?? null;
}

/**
 * The file name without its article extension: `sub/a.txt` → `sub/a`; a feed item's name
 * without its feed's: `feeds/harbour.xml#3f2a9c1b0d` → `feeds/harbour#3f2a9c1b0d`.
 */
export function withoutExtension(file: string): string {
  const item = feedOfItem(file);
  if (item !== null) return `${withoutFeedExtension(item.feed)}#${item.key}`;
  return articleFormat(file) === null ? file : file.slice(0, file.lastIndexOf('.'));
}

function withoutFeedExtension(feed: string): string {
  const dot = feed.lastIndexOf('.');
  return dot < 0 || dot < feed.lastIndexOf('/') ? feed : feed.slice(0, dot);
}
