/**
 * A syndication footer: the line a blog's feed adds at the end of each post's full text naming
 * the post and the site it first appeared on, "The post <a>Pier reopens</a> appeared first on
 * <a>Tarnmouth Gazette</a>." (WordPress SEO plug-ins' default RSS footer, written to credit the
 * original against scrapers). It is the feed's furniture, not the story.
 *
 * Known by its shape, never by its words (the wording is a setting, and translated): the last
 * block of the item's HTML holding two links and nothing else but a few words, one link to the
 * post itself (the item's own address) and one to the site (the feed's site address, or the
 * root of the post's host). A closing paragraph that links elsewhere, or says more, stays.
 */
import type { DomNode } from './html-blocks.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** The most words outside the two links: "The post … appeared first on …" has five. */
const MAX_OTHER_WORDS = 8;

/** An element of a parsed HTML body (linkedom's), as far as the rule reads it. */
export interface HtmlElement extends DomNode {
  childNodes: ArrayLike<DomNode & { textContent: string | null }>;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
  textContent: string | null;
  remove(): void;
}

/** An address compared as one: without a fragment or a trailing slash, any case of host. */
function comparable(address: string): string | null {
  try {
    const url = new URL(address);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.host.toLowerCase()}${url.pathname.replace(/\/$/, '')}${url.search}`;
  } catch {
    return null;
  }
}

/** The root of an address's host: "https://gull.example/news/fares" → "https://gull.example/". */
function hostRoot(address: string): string | null {
  try {
    return new URL('/', address).href;
  } catch {
    return null;
  }
}

/** The text a node shows outside its links. */
function textOutsideLinks(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeName.toUpperCase() === 'A') return '';
  return Array.from(node.childNodes).map(textOutsideLinks).join('');
}

/** The last child of `body` that shows text: the item's last block. */
function lastBlock(body: HtmlElement): HtmlElement | undefined {
  const shown = Array.from(body.childNodes).filter(
    (node) => (node.textContent ?? '').trim() !== '',
  );
  const last = shown.at(-1);
  return last?.nodeType === ELEMENT_NODE ? (last as HtmlElement) : undefined;
}

/**
 * The syndication footer ending `body` (an item's parsed HTML), or undefined. `post` is the
 * item's address, `site` the feed's site address; without the post's address nothing is one.
 */
export function syndicationFooter(
  body: HtmlElement,
  post: string | undefined,
  site: string | undefined,
): HtmlElement | undefined {
  const postAddress = post === undefined ? null : comparable(post);
  if (postAddress === null || post === undefined) return undefined;
  const block = lastBlock(body);
  if (block === undefined) return undefined;
  const links = Array.from(block.querySelectorAll('a')).map((link) =>
    comparable(link.getAttribute('href')?.trim() ?? ''),
  );
  if (links.length !== 2) return undefined;
  const sites = [site, hostRoot(post)].flatMap((address) =>
    address === undefined || address === null ? [] : [comparable(address)],
  );
  const toPost = links.indexOf(postAddress);
  const toSite = links.findIndex(
    (link, i) => i !== toPost && link !== null && sites.includes(link),
  );
  if (toPost < 0 || toSite < 0) return undefined;
  const words = textOutsideLinks(block)
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
  return words.length <= MAX_OTHER_WORDS ? block : undefined;
}
