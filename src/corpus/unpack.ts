/**
 * Unpacking packaged article files (see formats.ts isPackaged): the article a saved page, an
 * e-mail or a Word document holds, as HTML or text for the readers of those formats, with
 * what the package itself states about it. Their parsers work asynchronously, so packages are
 * unpacked in one pass before the (synchronous) analysis of the corpus, and only those whose
 * analysis is not already known; each format's parser is loaded on first use, so a corpus
 * without packages never loads one.
 */
import { CorpusError, fileError } from './errors.js';
import type { DroppedLine, PackageSending, PageContext, StatedMeta } from './extraction.js';
import type { ArticleFile, CorpusFiles } from './files.js';
import { isPackaged, type PackagedFormat } from './formats.js';

/** The article a packaged file holds. */
export interface Unpacked {
  /** How its text is read: as an HTML page or as plain text. */
  format: 'html' | 'text';
  text: string;
  /** The encoding the text was decoded from (WHATWG name). */
  encoding: string;
  /** True when that encoding was detected, not stated: a guess. */
  encodingDetected?: boolean;
  /**
   * What the package states about the article (a saved page's address, an e-mail's subject):
   * used only for what the article itself leaves unstated (see load.ts analyseArticle).
   */
  stated: StatedMeta;
  /** Who sent the package and when (an e-mail's `From` and `Date`), never metadata by themselves. */
  sending?: PackageSending;
  /**
   * The calendar date a message not sent to a mailing list was sent (its `Date`), `YYYY-MM-DD`:
   * its publication date only when its text shows it the sender's own mailing (own-mailing.ts).
   */
  sentDate?: string;
  /** What the package states around the article for cleaning (an e-mail's sender), never metadata. */
  context?: PageContext;
  /** Lines the unpacking left out of `text` (a PDF's page numbers), with the reason. */
  dropped?: DroppedLine[];
}

/** What each packaged format is called in a problem ("cannot be read as an MHTML page save"). */
const FORMAT_NAMES: Record<PackagedFormat, string> = {
  mhtml: 'an MHTML page save',
  email: 'an e-mail message',
  docx: 'a Word document',
  pdf: 'a PDF',
};

/** What to do about a file of the format that cannot be read. */
const REMEDIES: Record<PackagedFormat, string> = {
  mhtml: 'save the page again',
  email: 'save the message again',
  docx: 'save it again from the word processor as .docx (an older .doc renamed is not one)',
  pdf: 'save or export it as PDF again',
};

async function unpackAs(
  bytes: Uint8Array,
  file: string,
  format: PackagedFormat,
): Promise<Unpacked> {
  switch (format) {
    case 'mhtml':
      return (await import('./mhtml.js')).unpackMhtml(bytes, file);
    case 'email':
      return (await import('./email.js')).unpackEmail(bytes, file);
    case 'docx':
      return (await import('./docx.js')).unpackDocx(bytes, file);
    case 'pdf':
      return (await import('./pdf.js')).unpackPdf(bytes, file);
  }
}

/**
 * Unpacks one packaged file. Throws a CorpusError naming the file and the problem (a file that
 * is not of its format, is cut short or holds no article); never another error for bad bytes.
 */
export async function unpackArticle(
  bytes: Uint8Array,
  file: string,
  format: PackagedFormat,
): Promise<Unpacked> {
  if (bytes.length === 0) throw fileError(file, 'is empty');
  try {
    return await unpackAs(bytes, file, format);
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw fileError(
      file,
      `cannot be read as ${FORMAT_NAMES[format]} (${reason}); ${REMEDIES[format]}`,
    );
  }
}

/** True for an article file read from what it holds once unpacked: a package or a feed's item. */
const unpacks = (article: ArticleFile) =>
  isPackaged(article.format) || article.format === 'feed-item';

/**
 * The files with every packaged article unpacked, and every feed item (feed-item.ts), except
 * those `skip` names (whose analysis is known already); one that cannot be unpacked moves to
 * `unread` with its problem, as a text file that cannot be decoded does.
 */
export async function unpackArticles(
  files: CorpusFiles,
  skip: (article: ArticleFile) => boolean = () => false,
): Promise<CorpusFiles> {
  if (!files.articles.some(unpacks)) return files;
  const articles: ArticleFile[] = [];
  const unread = [...files.unread];
  for (const article of files.articles) {
    if (!unpacks(article) || article.unpacked !== undefined || skip(article)) {
      articles.push(article);
      continue;
    }
    try {
      const unpacked =
        article.format === 'feed-item'
          ? (await import('./feed-item.js')).unpackFeedItem(article)
          : await unpackArticle(
              Buffer.from(article.raw, 'latin1'),
              article.file,
              article.format as PackagedFormat,
            );
      articles.push({
        ...article,
        unpacked,
        encoding: unpacked.encoding,
        encodingDetected: unpacked.encodingDetected === true,
      });
    } catch (error) {
      if (!(error instanceof CorpusError && error.problem)) throw error;
      unread.push(error.problem);
    }
  }
  return { ...files, articles, unread };
}
