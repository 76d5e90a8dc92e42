/**
 * Reading a Word document (`.docx`, Office Open XML, ECMA-376): mammoth converts its body to
 * simple HTML (headings, paragraphs, lists, tables, footnotes), which the HTML reader then
 * reads like any page (see html.ts). Images are left out, their bytes never read.
 */
import type mammothModule from 'mammoth';
import type * as fflateModule from 'fflate';
import { MAX_ARTICLE_BYTES } from './files.js';
import { parseByline } from './byline.js';
import { fileError } from './errors.js';
import { paragraphKind } from './paragraph-kind.js';
import type { Unpacked } from './unpack.js';

/**
 * The most bytes of XML a document may unpack to. The text of an article within the
 * {@link MAX_ARTICLE_BYTES} limit takes far less, even in Word's verbose markup; the bound
 * keeps a zip bomb (a few MB that inflate to gigabytes) from being inflated. Images
 * (`word/media/`) are never inflated, so they do not count.
 */
export const MAX_DOCX_XML_BYTES = 10 * MAX_ARTICLE_BYTES;

/**
 * Word's "Title" paragraph style is the document's visible headline, as "Heading 1" is
 * (mammoth maps the headings itself, not the title). By its id too: a document saved without
 * its styles part names a paragraph's style by id alone.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", 'p.Title => h1:fresh'];

/** What {@link titleAboveByline} reads of mammoth's document tree (its README, "transforms"). */
interface DocxElement {
  type: string;
  styleId?: string | null;
  styleName?: string | null;
  value?: string;
  children?: DocxElement[];
}

/** The text of a paragraph of mammoth's tree: its text runs joined, spaces collapsed. */
function paragraphText(element: DocxElement): string {
  const texts: string[] = [];
  const walk = (node: DocxElement) => {
    if (node.type === 'text' && node.value !== undefined) texts.push(node.value);
    for (const child of node.children ?? []) walk(child);
  };
  walk(element);
  return texts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The document with its first paragraph set in Word's "Title" style when it is the only short
 * line above the byline (a heading's shape, paragraph-kind.ts; then a "By …" line, byline.ts):
 * a title typed in the body style is the title all the same, and the HTML reader leaves the
 * title out of the text as metadata (html.ts), as it does a Title or Heading 1 paragraph.
 */
function titleAboveByline(document: DocxElement): DocxElement {
  const children = document.children ?? [];
  const filled = children
    .map((child, index) => ({ child, index, text: paragraphText(child) }))
    .filter(({ text }) => text.length > 0);
  const [first, second] = filled;
  if (first === undefined || second === undefined) return document;
  if (first.child.type !== 'paragraph' || second.child.type !== 'paragraph') return document;
  if (first.child.styleId || first.child.styleName) return document;
  if (paragraphKind(first.text) !== 'heading' || parseByline(first.text) !== null) return document;
  if (parseByline(second.text) === null) return document;
  const title = { ...first.child, styleId: 'Title', styleName: 'Title' };
  return { ...document, children: children.map((c, i) => (i === first.index ? title : c)) };
}

let libraries: { mammoth: typeof mammothModule; fflate: typeof fflateModule } | undefined;

/** mammoth and fflate, loaded on first use: most corpora hold no Word documents. */
async function load() {
  if (libraries === undefined) {
    const [mammoth, fflate] = await Promise.all([import('mammoth'), import('fflate')]);
    libraries = { mammoth: mammoth.default, fflate };
  }
  return libraries;
}

/** A part of the package mammoth never reads: the images, which are left out. */
const isImage = (name: string) => name.startsWith('word/media/');

/**
 * The document's parts but its images, inflated by fflate with their real size counted as it
 * goes: past {@link MAX_DOCX_XML_BYTES} the inflation stops, whatever sizes the zip states (a
 * zip bomb may state small ones). Repacked without compression, so that mammoth's own unzip
 * (JSZip, which inflates whole entries before it checks their sizes) has nothing to inflate.
 * Throws a CorpusError naming the file past the limit; fflate's errors for a file that is not
 * a zip are left to the caller.
 */
function boundedPackage(fflate: typeof fflateModule, bytes: Uint8Array, file: string): Uint8Array {
  const parts: Record<string, Uint8Array[]> = {};
  let total = 0;
  let failure: Error | null = null;
  const unzip = new fflate.Unzip((entry) => {
    if (isImage(entry.name) || entry.name.endsWith('/')) return;
    const chunks: Uint8Array[] = [];
    parts[entry.name] = chunks;
    entry.ondata = (error, chunk) => {
      if (failure !== null) return;
      if (error) {
        failure = error;
        return;
      }
      total += chunk.length;
      if (total > MAX_DOCX_XML_BYTES) {
        failure = fileError(
          file,
          `unpacks to more than ${MAX_DOCX_XML_BYTES} bytes of XML, the limit for a Word document`,
        );
        entry.terminate();
        return;
      }
      chunks.push(chunk);
    };
    entry.start();
  });
  unzip.register(fflate.UnzipInflate);
  unzip.push(bytes, true);
  if (failure !== null) throw failure;
  const whole: Record<string, Uint8Array> = {};
  for (const [name, chunks] of Object.entries(parts)) whole[name] = Buffer.concat(chunks);
  return fflate.zipSync(whole, { level: 0 });
}

/**
 * Unpacks a Word document into HTML. Metadata comes from the document's text (its Title or
 * first heading, a byline, a dateline), read as in any page: its core properties are the
 * file's, not the article's (a title and an author often left by a template, or by whoever
 * last saved it; created and modified times), so none is used.
 *
 * Throws a CorpusError naming the file when its parts inflate past
 * {@link MAX_DOCX_XML_BYTES}; mammoth's and fflate's errors for a file that is not a Word
 * document are left to the caller (see unpack.ts), which names the file.
 */
export async function unpackDocx(bytes: Uint8Array, file: string): Promise<Unpacked> {
  const { mammoth, fflate } = await load();
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(boundedPackage(fflate, bytes, file)) },
    {
      styleMap: STYLE_MAP,
      transformDocument: titleAboveByline,
      // An image becomes an empty <img>, which the HTML reader leaves out: its bytes are never read.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  return { format: 'html', text: value, encoding: 'utf-8', stated: {} };
}
