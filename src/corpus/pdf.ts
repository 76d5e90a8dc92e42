/**
 * Reading a PDF's text layer: unpdf (a serverless build of Mozilla's PDF.js) gives each page's
 * runs of text and where they sit; paragraphs are made from that geometry (see
 * pdf-paragraphs.ts) and the result is read as a text file.
 */
import { fileError } from './errors.js';
import { rejoinBrokenWords } from './hyphenation.js';
import { paragraphsOfPage } from './pdf-paragraphs.js';
import { textOfPages } from './pdf-pages.js';
import type { DroppedLine } from './extraction.js';
import type { Unpacked } from './unpack.js';

/**
 * Unpacks a PDF's text. Its document information (Title, Author, dates) is the file's, set by
 * the program that wrote it ("Microsoft Word - draft3.docx"), so none is used: metadata comes
 * from the text, as in a text file.
 *
 * Throws a CorpusError naming the file when it has no text layer (a scanned page is an image:
 * run it through OCR first); PDF.js's errors for a file that is not a PDF are left to the
 * caller (see unpack.ts), which names the file.
 */
export async function unpackPdf(bytes: Uint8Array, file: string): Promise<Unpacked> {
  // Loaded on first use: PDF.js is large, and most corpora hold no PDF.
  const { extractTextItems, getDocumentProxy } = await import('unpdf');
  // PDF.js may take over the buffer it is given: it gets a copy. Its warnings about a damaged
  // file would go to standard output; an error is reported here, naming the file.
  const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  let text: string;
  let dropped: DroppedLine[];
  try {
    const { items } = await extractTextItems(document);
    const pages = textOfPages(items.map(paragraphsOfPage));
    dropped = pages.dropped;
    // A word the typesetter broke at a line's end is read whole where the vocabulary says so.
    text = rejoinBrokenWords(pages.text);
  } finally {
    await document.destroy();
  }
  if (text.trim() === '')
    throw fileError(
      file,
      'has no text layer (a scanned page is an image): run it through OCR, or save the text as .txt',
    );
  return { format: 'text', text, encoding: 'utf-8', stated: {}, dropped };
}
