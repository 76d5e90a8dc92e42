/**
 * What a reader's app adds to a web page it saves as Markdown (a read-later or web-clipper
 * export, known by front matter naming the page's address: `url`, `source`): the reader's
 * callouts and the app's own lines. Neither is the outlet's words.
 *
 * - A callout (`> [!note] My notes` and its `>` lines) is note-taking markup: Obsidian's
 *   callouts and GitHub's alerts are written `[!type]` at a blockquote's start
 *   (https://help.obsidian.md/callouts). A web page converted to Markdown has no such markup,
 *   so in a saved page it is the reader's note.
 * - The app's lines: a paragraph that is only a link back to the saved page ("[Read original](…)"),
 *   one linking into the app by its own scheme ("Saved with … [Open in app](app://…)"): a web
 *   page links over the web (http, https, mailto), never into a reader's app; and one where the
 *   app names itself as the saver ("Saved with Pocketful. [Open original](…)"), with no link but
 *   back to the page.
 */
import type { DroppedLine } from './extraction.js';
import { blocksOf, type DomNode } from './html-blocks.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** A callout's marker opening a blockquote: `[!note]`, `[!NOTE]`, `[!tip]-` (folded). */
const CALLOUT = /^\s*\[![\w-]+\][+-]?/;
/** Schemes a web page links by; any other (`omnivore://`, `obsidian://`) is an app's own. */
const WEB_SCHEME = /^(?:https?|mailto|tel):/i;
/**
 * The app naming itself as the one that saved the page, a paragraph of its own: "Saved with
 * Pocketful.", "Clipped to Notekeeper", "Archived via Shelfly ·": a verb of saving, a preposition
 * of means and a capitalised name of up to three words, nothing else ("Saved with minutes to
 * spare." is a sentence; "Saved by Volunteers" a subheading). Known by its shape, never by a list
 * of apps.
 */
const APP_CREDIT =
  /^(?:[Ss]aved|[Cc]lipped|[Aa]rchived)\s+(?:with|to|via|using)\s+\p{Lu}[\p{L}\d.'’&-]*(?:\s+\p{Lu}[\p{L}\d.'’&-]*){0,2}\s*[.:!|·•–—-]?$/u;
/** A scheme at a link's start; a link with none is relative (the page's own site). */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

type Element = DomNode & { getAttribute?: (name: string) => string | null };

const nameOf = (node: DomNode) => node.nodeName.toUpperCase();

function descendants(node: DomNode): DomNode[] {
  return Array.from(node.childNodes).flatMap((child) => [child, ...descendants(child)]);
}

const linksOf = (node: DomNode): string[] =>
  descendants(node)
    .filter((child) => child.nodeType === ELEMENT_NODE && nameOf(child) === 'A')
    .map((child) => (child as Element).getAttribute?.('href')?.trim() ?? '');

/** The text a node shows, outside its links. */
function textOutsideLinks(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (nameOf(node) === 'A') return '';
  return Array.from(node.childNodes).map(textOutsideLinks).join('');
}

/** Addresses compared as one: without a trailing slash or a fragment. */
const sameAddress = (a: string, b: string) =>
  a.replace(/#.*$/, '').replace(/\/$/, '') === b.replace(/#.*$/, '').replace(/\/$/, '');

function isCallout(node: DomNode): boolean {
  return nameOf(node) === 'BLOCKQUOTE' && CALLOUT.test(blocksOf(node)[0]?.text ?? '');
}

function isAppLine(node: DomNode, pageUrl: string): boolean {
  if (nameOf(node) !== 'P') return false;
  const links = linksOf(node);
  const toPage = links.every((href) => sameAddress(href, pageUrl));
  if (APP_CREDIT.test(textOutsideLinks(node).trim()) && toPage) return true;
  if (links.length === 0) return false;
  if (links.some((href) => SCHEME.test(href) && !WEB_SCHEME.test(href))) return true;
  return textOutsideLinks(node).trim() === '' && toPage;
}

/**
 * The top-level nodes of a saved page's rendered Markdown without the reader's callouts and
 * the app's lines (see the file header), and their lines, dropped. `pageUrl` is the address
 * its front matter names; with none, the file is not a saved page and is returned unchanged.
 *
 * @example
 * // nodes of '<p><a href="https://x.test/a">Read original</a></p><p>Body.</p>
 * //           <blockquote><p>[!note] Mine</p></blockquote>', page 'https://x.test/a'
 * withoutSavedPageMarkup(nodes, 'https://x.test/a') // article: Body.; dropped: the other two
 */
export function withoutSavedPageMarkup(
  nodes: readonly DomNode[],
  pageUrl: string | undefined,
): { article: readonly DomNode[]; dropped: DroppedLine[] } {
  if (!pageUrl) return { article: nodes, dropped: [] };
  const article: DomNode[] = [];
  const dropped: DroppedLine[] = [];
  for (const node of nodes) {
    const reason = isCallout(node)
      ? "the reader's highlights or notes"
      : isAppLine(node, pageUrl)
        ? 'outside the article body'
        : null;
    if (reason === null) {
      article.push(node);
      continue;
    }
    for (const block of blocksOf(node))
      for (const line of block.text.split('\n').filter((l) => l.trim().length > 0))
        dropped.push({ line, reason });
  }
  return { article, dropped };
}
