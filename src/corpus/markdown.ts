/**
 * Reading a Markdown file: rendered to HTML by `marked` (CommonMark and GitHub's extensions)
 * and read back as text blocks, so the text is what a reader sees: no `#`, `*`, `>` or list
 * markers, link text without its target, images left out. Front matter (`---` … `---` at the
 * top) states metadata: `title`, `author`, the publication date, the outlet, `url` (see
 * front-matter.ts for the keys read), as does a MultiMarkdown metadata block ("Title: …" lines at
 * the top; metadata-block.ts). A read-later app's export keeps its article only
 * (read-later.ts).
 */
import { marked } from 'marked';
import { parseHTML } from 'linkedom';
import { siteNameInTitle, withoutSiteName } from './headline.js';
import { blocksOf, listItemTexts, type DomNode, type HtmlBlock } from './html-blocks.js';
import { withoutClosingNote } from './closing-note.js';
import { signatureDrops, signatureStart } from './signature.js';
import type { DroppedLine } from './extraction.js';
import { readLaterContent, withoutReaderSections } from './read-later.js';
import { withoutSavedPageMarkup } from './saved-page-markup.js';
import { readFrontMatter } from './yaml-front-matter.js';
import { isHomeLink } from './site-evidence.js';
import { isMastheadName } from './masthead.js';
import { isNameplateHeading } from './nameplate.js';
import { readMetadataBlock } from './metadata-block.js';
import { notesApart, readNoteBlocks } from './release-notes.js';
import { hasReleaseHeading } from './press-release.js';
import type { Extraction } from './stated.js';

/** An image on a line of its own: `![alt](src)`. */
const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
/** An image with alt text: `![Harbour at dawn](x.jpg)`; the text is what the image shows. */
const DESCRIBED_IMAGE = /^!\[\s*\S[^\]]*\]/;

/**
 * An image line, dropped: with alt text it is the photo's caption (the same name page-lines.ts
 * and a page answer give it), without one it says nothing and is an image.
 */
function droppedImage(line: string): DroppedLine {
  const text = line.trim();
  return { line: text, reason: DESCRIBED_IMAGE.test(text) ? 'photo caption' : 'image' };
}

/**
 * A Markdown source without its signature block (signature.ts), and the block's lines, dropped.
 * Read in the source, since rendering joins the separator to the card as one paragraph. Only
 * under a blank line: "--" right under a line of text underlines a heading (a setext heading).
 */
function withoutSignature(source: string): { body: string; signature: DroppedLine[] } {
  const lines = source.split('\n');
  const start = signatureStart(lines);
  if (start < 0 || (start > 0 && (lines[start - 1] ?? '').trim() !== ''))
    return { body: source, signature: [] };
  return { body: lines.slice(0, start).join('\n'), signature: signatureDrops(lines, start) };
}

/** The parts of linkedom's elements read by {@link homeLinkNames}. */
interface LinkElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<LinkElement>;
}

const oneLine = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The names a Markdown page gives its site as a paragraph that is only a link to the site's home
 * page ("[KVCT 9 News](https://kvct.com/)", a saved page's nameplate; site-evidence.ts
 * isHomeLink), on the page's own host when its front matter states its address.
 */
function homeLinkNames(body: LinkElement, url: string | undefined): string[] {
  const host = url === undefined ? undefined : new URL(url).hostname;
  return Array.from(body.querySelectorAll('p, h1, h2, h3, h4, h5, h6')).flatMap((block) => {
    const links = Array.from(block.querySelectorAll('a'));
    const [link] = links;
    if (links.length !== 1 || link === undefined || !isHomeLink(link)) return [];
    const name = oneLine(link.textContent);
    if (name === '' || name !== oneLine(block.textContent)) return [];
    const href = link.getAttribute('href') ?? '';
    const linkHost = /^https?:/i.test(href) ? new URL(href).hostname : host;
    return host === undefined || linkHost === host ? [name] : [];
  });
}

/**
 * Extracts the text of a Markdown article.
 *
 * @example
 * extractMarkdown('# Budget adopted\n\nThe council **adopted** the [budget](/b).').text
 * // 'Budget adopted\n\nThe council adopted the budget.'
 */
export function extractMarkdown(markdown: string): Extraction {
  const text = markdown.replace(/\r\n?/g, '\n');
  const front = readFrontMatter(text);
  // Without front matter, MultiMarkdown's metadata block ("Title: …" / "Date: …") states it.
  const block = front ? null : readMetadataBlock(text);
  const stated = front ? { ...front.stated } : (block?.stated ?? {});
  const source = front ? text.slice(front.length) : (block?.rest ?? text);
  const { body, signature } = withoutSignature(source);
  const dropped = body
    .split('\n')
    .filter((line) => IMAGE_LINE.test(line))
    .map(droppedImage);
  dropped.push(...signature);
  // A release's notes set one a line are items, each a paragraph (release-notes.ts).
  const html = marked.parse(notesApart(body), { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: { body: DomNode };
  };
  // An export whose reader's sections follow a thematic break: the article is what is above it.
  const markup = withoutSavedPageMarkup(Array.from(document.body.childNodes), stated.url);
  const reader = withoutReaderSections(markup.article);
  // A note to readers under the last thematic break (closing-note.ts) is no part of the article.
  // A release's note (a document headed as one) is read as its notes: its statements stay.
  const release = hasReleaseHeading(body.split('\n'));
  const note = withoutClosingNote(reader.article, release ? readNoteBlocks : undefined);
  dropped.push(...markup.dropped, ...reader.dropped, ...note.dropped);
  const rendered = [
    ...note.article.flatMap((node) => blocksOf(node)),
    ...note.kept.map((text): HtmlBlock => ({ text, level: null, caption: false })),
  ];
  // A read-later export: its article only, not the app's lines nor the reader's notes.
  const saved = readLaterContent(rendered);
  const blocks = saved?.kept ?? rendered;
  if (saved) dropped.push(...saved.dropped);
  // An outlet's name set as the page's first heading ("# OSPREY WEEKLY") is its masthead, never
  // the title (masthead.ts); so is a nameplate's name over its slogan ("# Tarnby Lantern").
  const heading = blocks.find(
    (block, index) =>
      block.level === 1 && !isMastheadName(block.text) && !isNameplateHeading(blocks, index),
  );
  const h1 = heading?.text.replace(/\n/g, ' ');
  // The site's name as its home link states it: evidence for a masthead or a title naming it.
  const siteNames = homeLinkNames(document.body as unknown as LinkElement, stated.url);
  if (stated.title !== undefined && h1 !== undefined && stated.url !== undefined) {
    // A saved page's front matter (it names the page's address) gives the page's `<title>`: the
    // headline with the site's name beside it ("Warden hired – Wexmoor Voice"), read as an
    // HTML page's title is (headline.ts), the page's address and home link its evidence of the
    // site's name.
    const evidence = { names: siteNames, host: new URL(stated.url).hostname };
    stated.outlet ??= siteNameInTitle(stated.title, h1, [], evidence) ?? undefined;
    stated.title = withoutSiteName(stated.title, { h1, site: stated.outlet });
  }
  if (stated.title === undefined && h1 !== undefined) stated.title = h1;
  const items = listItemTexts(blocks);
  return {
    text: blocks.map((block) => block.text).join('\n\n'),
    stated,
    dropped,
    ...(siteNames.length === 0 && items.length === 0
      ? {}
      : {
          context: {
            ...(siteNames.length === 0 ? {} : { siteNames }),
            ...(items.length === 0 ? {} : { listItems: items }),
          },
        }),
    // Front matter that is no valid YAML, or a date field that is no date (yaml-front-matter.ts).
    ...(front === null || front.problems.length === 0 ? {} : { problems: front.problems }),
  };
}
