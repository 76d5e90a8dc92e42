/**
 * Reading a Word document (`.docx`, Office Open XML, ECMA-376): mammoth converts its body to
 * simple HTML (headings, paragraphs, lists, tables, footnotes), which the HTML reader then
 * reads like any page (see html.ts). Images are left out, their bytes never read.
 */
import type mammothModule from 'mammoth';
import type * as fflateModule from 'fflate';
import { MAX_ARTICLE_BYTES } from './files.js';
import { fileError } from './errors.js';
import type { Unpacked } from './unpack.js';

/**
 * The most bytes of XML a document may unpack to, as its zip states them. The text of an
 * article within the {@link MAX_ARTICLE_BYTES} limit takes far less, even in Word's verbose
 * markup; the bound keeps a zip bomb (a few MB that inflate to gigabytes) from being inflated.
 * Images (`word/media/`) are never inflated, so they do not count.
 */
export const MAX_DOCX_XML_BYTES = 10 * MAX_ARTICLE_BYTES;

/**
 * Word's "Title" paragraph style is the document's visible headline, as "Heading 1" is
 * (mammoth maps the headings itself, not the title).
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];

let libraries: { mammoth: typeof mammothModule; fflate: typeof fflateModule } | undefined;

/** mammoth and fflate, loaded on first use: most corpora hold no Word documents. */
async function load() {
  if (libraries === undefined) {
    const [mammoth, fflate] = await Promise.all([import('mammoth'), import('fflate')]);
    libraries = { mammoth: mammoth.default, fflate };
  }
  return libraries;
}

/**
 * How many bytes of XML the zip says its entries inflate to (images left out), read from its
 * central directory without inflating anything. Throws when the bytes are not a zip.
 */
function statedXmlBytes(fflate: typeof fflateModule, bytes: Uint8Array): number {
  let total = 0;
  fflate.unzipSync(bytes, {
    filter: (entry) => {
      if (!entry.name.startsWith('word/media/')) total += entry.originalSize;
      return false;
    },
  });
  return total;
}

/**
 * Unpacks a Word document into HTML. Metadata comes from the document's text (its Title or
 * first heading, a byline, a dateline), read as in any page: its core properties are the
 * file's, not the article's (a title and an author often left by a template, or by whoever
 * last saved it; created and modified times), so none is used.
 *
 * Throws a CorpusError naming the file when its zip would inflate past
 * {@link MAX_DOCX_XML_BYTES}; mammoth's and fflate's errors for a file that is not a Word
 * document are left to the caller (see unpack.ts), which names the file.
 */
export async function unpackDocx(bytes: Uint8Array, file: string): Promise<Unpacked> {
  const { mammoth, fflate } = await load();
  const xml = statedXmlBytes(fflate, bytes);
  if (xml > MAX_DOCX_XML_BYTES)
    throw fileError(
      file,
      `unpacks to ${xml} bytes of XML; the limit for a Word document is ${MAX_DOCX_XML_BYTES}`,
    );
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      styleMap: STYLE_MAP,
      // An image becomes an empty <img>, which the HTML reader leaves out: its bytes are never read.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  return { format: 'html', text: value, encoding: 'utf-8', stated: {} };
}
