/** The article file formats a corpus folder may hold, recognised by extension in any case. */

/** How an article file is read. */
export type ArticleFormat = 'text' | 'markdown' | 'html';

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** The extensions read as articles, for messages ("… is not one of .txt, .md, …"). */
export const ARTICLE_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/**
 * The format of an article file from its extension, any case (`RINK.TXT` is text); null
 * for a file that is not an article format.
 */
export function articleFormat(file: string): ArticleFormat | null {
  const dot = file.lastIndexOf('.');
  if (dot < 0 || dot < file.lastIndexOf('/')) return null;
  return FORMAT_BY_EXTENSION[file.slice(dot).toLowerCase()] ?? null;
}

/** The file name without its article extension: `sub/a.txt` → `sub/a`. */
export function withoutExtension(file: string): string {
  return articleFormat(file) === null ? file : file.slice(0, file.lastIndexOf('.'));
}
