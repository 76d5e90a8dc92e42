/**
 * Reading a feed's items: RSS 2.0 (`<rss>`), RSS 1.0 (`<rdf:RDF>`) and Atom (RFC 4287, `<feed>`),
 * each item's full text and what it states about itself. Elements are matched by namespace, so
 * `content:encoded` is read whatever prefix a feed gives the content module.
 *
 * What an item states:
 * - title: its `title`;
 * - url: RSS `link`, else a `guid` that is a permalink; Atom's `link` with `rel="alternate"` (or none),
 *   a relative one resolved against the `xml:base` in scope (XML Base; RFC 4287 §2);
 * - published: RSS 2.0 `pubDate` ("the item was published", RSS 2.0 spec), else Dublin Core's
 *   `dc:date` (RSS 1.0's only date); Atom `published` (RFC 4287 §4.2.9, the entry's first
 *   availability). Atom's `updated` (§4.2.15, the last change) is never the publication date,
 *   as an "Updated …" line is not on a page;
 * - author: `dc:creator`, else RSS 2.0 `author`'s name ("ana@example.org (Ana Ruiz)": a bare
 *   address names no one); Atom `author/name`, else the source's, else the feed's (§4.2.1
 *   says they apply to the entry);
 * - outlet: the item's `dc:publisher`, RSS 2.0 `source` or Atom `source/title` (the feed it came
 *   from), else the feed's own title.
 * - content: RSS `content:encoded` (HTML); Atom `content` by its `type` (§4.1.3: `text`, `html`,
 *   `xhtml`, or a `text/…` media type; one with `src` is elsewhere, not in the feed). RSS
 *   `description` and Atom `summary` are a synopsis (RSS 2.0 spec: "the item synopsis"; §4.2.13:
 *   "a short summary, abstract, or excerpt"), never the article.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { parseHTML } from 'linkedom';
import { innerXml } from './xml.js';
import { resolvedReference } from './xml-base.js';

const ATOM = 'http://www.w3.org/2005/Atom';
/** Atom 0.3's namespace: a draft (2003) that Atom 1.0, RFC 4287, replaced in 2005. */
const ATOM_03 = 'http://purl.org/atom/ns#';
const RSS1 = 'http://purl.org/rss/1.0/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** An item's full text and how it is written. */
export interface FeedContent {
  type: 'html' | 'text';
  text: string;
}

/** One item of a feed as it states itself; a field it does not state is absent. */
export interface FeedItem {
  /** What identifies it in its feed: `guid`, Atom `id` or `rdf:about`, else its link, else its title and date. */
  identity: string;
  title?: string;
  url?: string;
  /** The date as stated (RFC 822 or RFC 3339); read by stated.ts statedDate. */
  published?: string;
  author?: string;
  outlet?: string;
  content?: FeedContent;
  /** What the item holds instead of its text: "a summary (its description)", or why its content is unreadable. */
  lacking?: string;
}

/** A feed's title, its site's address and its items, in feed order. */
export interface Feed {
  title?: string;
  /** The site the feed is of: RSS `channel/link`, Atom's `link` (rel `alternate`) of the feed. */
  site?: string;
  items: FeedItem[];
}

/** Element children of `parent` in namespace `ns` (null: none) named `name`. */
function children(parent: Element, ns: string | null, name: string): Element[] {
  return Array.from(parent.children).filter(
    (child) => child.localName === name && (child.namespaceURI ?? null) === ns,
  );
}

function child(parent: Element, ns: string | null, name: string): Element | undefined {
  return children(parent, ns, name)[0];
}

function oneLine(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}

/** The text of an element holding HTML: what a browser shows of it. */
function htmlText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return document.body?.textContent ?? '';
}

/**
 * The text of an Atom text construct (§3.1: `title`, `summary`): plain, HTML or XHTML by its
 * `type`, on one line.
 */
function atomText(element: Element | undefined): string | undefined {
  if (element === undefined) return undefined;
  const type = element.getAttribute('type') ?? 'text';
  if (type === 'html') return oneLine(htmlText(element.textContent ?? ''));
  return oneLine(element.textContent);
}

/** An RSS 2.0 `author`'s name: "ana@example.org (Ana Ruiz)" → "Ana Ruiz"; a bare address names no one. */
function rssAuthorName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const named = /\(([^()]+)\)\s*$/.exec(value)?.[1];
  if (named !== undefined) return oneLine(named);
  return value.includes('@') ? undefined : value;
}

function joined(names: ReadonlyArray<string | undefined>): string | undefined {
  const kept = names.filter((name): name is string => name !== undefined);
  return kept.length === 0 ? undefined : kept.join(', ');
}

/** An item's fields as read, each possibly unstated. */
export type ReadFields = { [K in Exclude<keyof FeedItem, 'identity'>]: FeedItem[K] | undefined };

/**
 * The item of the fields read, with its identity: the id it states (`guid`, `id`), else its
 * link, else its title and date (with its text when it has no title). Absent fields are left out,
 * so a spread never sets one to undefined.
 */
export function feedItem(statedId: string | undefined, fields: ReadFields): FeedItem {
  const { url, title, published, content } = fields;
  const identity =
    statedId ?? url ?? `${title ?? ''}\0${published ?? ''}\0${title ? '' : (content?.text ?? '')}`;
  const kept = Object.entries(fields).filter(([, value]) => value !== undefined);
  return { identity, ...Object.fromEntries(kept) };
}

/** RSS `content:encoded`, or what the item holds instead. */
function rssContent(element: Element): Pick<FeedItem, 'content' | 'lacking'> {
  const encoded = oneLine(child(element, CONTENT, 'encoded')?.textContent);
  if (encoded !== undefined)
    return {
      content: { type: 'html', text: child(element, CONTENT, 'encoded')?.textContent ?? '' },
    };
  const description = child(element, null, 'description') ?? child(element, RSS1, 'description');
  return {
    lacking:
      oneLine(description?.textContent) === undefined
        ? 'no text (no content:encoded)'
        : 'only a summary (its description; the story is in content:encoded, which it lacks)',
  };
}

/** Atom `content` by its type (RFC 4287 §4.1.3), or what the entry holds instead. */
function atomContent(entry: Element): Pick<FeedItem, 'content' | 'lacking'> {
  const content = child(entry, ATOM, 'content');
  const summary = oneLine(child(entry, ATOM, 'summary')?.textContent) !== undefined;
  const instead = summary
    ? 'only a summary (its summary; the story is in content, which it lacks)'
    : 'no text (no content)';
  if (content === undefined) return { lacking: instead };
  if (content.getAttribute('src') !== null)
    return {
      lacking: `${instead}: its content is elsewhere (src="${content.getAttribute('src')}")`,
    };
  const type = (content.getAttribute('type') ?? 'text').toLowerCase();
  let read: FeedContent | undefined;
  if (type === 'html' || type === 'text/html')
    read = { type: 'html', text: content.textContent ?? '' };
  else if (type === 'xhtml') {
    const div = child(content, XHTML, 'div');
    read = { type: 'html', text: div === undefined ? '' : innerXml(div) };
  } else if (type === 'text' || type.startsWith('text/'))
    read = { type: 'text', text: content.textContent ?? '' };
  else return { lacking: `no text: its content is ${type}, not text` };
  // Markup that shows no text is found when the item is read (feed-item.ts): telling it here
  // would parse every item's HTML on every read of the folder.
  return oneLine(read.text) === undefined ? { lacking: instead } : { content: read };
}

function rssItem(element: Element, ns: string | null, feedTitle: string | undefined): FeedItem {
  const text = (name: string, space: string | null = ns) =>
    oneLine(child(element, space, name)?.textContent);
  const guid = child(element, null, 'guid');
  const guidText = oneLine(guid?.textContent);
  const permalink =
    guid !== undefined && guid.getAttribute('isPermaLink') !== 'false' ? guidText : undefined;
  const url = text('link') ?? permalink;
  const title = text('title');
  const published = text('pubDate', null) ?? text('date', DC);
  const { content, lacking } = rssContent(element);
  const creators = children(element, DC, 'creator').map((creator) => oneLine(creator.textContent));
  return feedItem(guidText ?? oneLine(element.getAttributeNS(RDF, 'about')), {
    title,
    url,
    published,
    author: joined(creators) ?? rssAuthorName(text('author', null)),
    outlet: text('publisher', DC) ?? text('source', null) ?? feedTitle,
    content,
    lacking,
  });
}

function atomNames(parent: Element | undefined): string | undefined {
  if (parent === undefined) return undefined;
  return joined(
    children(parent, ATOM, 'author').map((author) =>
      oneLine(child(author, ATOM, 'name')?.textContent),
    ),
  );
}

/** An entry's or a feed's `link` with `rel="alternate"` (or none), its `xml:base` applied (xml-base.ts). */
function atomLink(entry: Element): string | undefined {
  const links = children(entry, ATOM, 'link');
  const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
  const href = oneLine(alternate?.getAttribute('href'));
  return href === undefined || alternate === undefined
    ? undefined
    : resolvedReference(href, alternate);
}

function atomEntry(entry: Element, feed: Element): FeedItem {
  const source = child(entry, ATOM, 'source');
  const title = atomText(child(entry, ATOM, 'title'));
  const url = atomLink(entry);
  const published = oneLine(child(entry, ATOM, 'published')?.textContent);
  const { content, lacking } = atomContent(entry);
  return feedItem(oneLine(child(entry, ATOM, 'id')?.textContent), {
    title,
    url,
    published,
    author: atomNames(entry) ?? atomNames(source) ?? atomNames(feed),
    outlet:
      oneLine(child(entry, DC, 'publisher')?.textContent) ??
      atomText(source === undefined ? undefined : child(source, ATOM, 'title')) ??
      atomText(child(feed, ATOM, 'title')),
    content,
    lacking,
  });
}

/**
 * The items of a feed document; null when its root is no feed's (`<rss>`, RSS 1.0's
 * `<rdf:RDF>`, Atom's `<feed>`).
 */
export function readFeed(document: Document): Feed | null {
  const root = document.documentElement;
  if (root === null) return null;
  if (root.localName === 'feed' && root.namespaceURI === ATOM) {
    const title = atomText(child(root, ATOM, 'title'));
    const site = atomLink(root);
    return {
      ...(title ? { title } : {}),
      ...(site ? { site } : {}),
      items: children(root, ATOM, 'entry').map((entry) => atomEntry(entry, root)),
    };
  }
  if (root.localName === 'rss' && root.namespaceURI === null) {
    const channel = child(root, null, 'channel');
    if (channel === undefined) return { items: [] };
    const title = oneLine(child(channel, null, 'title')?.textContent);
    const site = oneLine(child(channel, null, 'link')?.textContent);
    return {
      ...(title ? { title } : {}),
      ...(site ? { site } : {}),
      items: children(channel, null, 'item').map((element) => rssItem(element, null, title)),
    };
  }
  if (root.localName === 'RDF' && root.namespaceURI === RDF) {
    const channel = child(root, RSS1, 'channel');
    const title =
      channel === undefined ? undefined : oneLine(child(channel, RSS1, 'title')?.textContent);
    const site =
      channel === undefined ? undefined : oneLine(child(channel, RSS1, 'link')?.textContent);
    return {
      ...(title ? { title } : {}),
      ...(site ? { site } : {}),
      items: children(root, RSS1, 'item').map((element) => rssItem(element, RSS1, title)),
    };
  }
  return null;
}

/**
 * Why a document {@link readFeed} reads no feed from is none it reads. Atom 0.3 is refused by
 * name: a draft format with its own names for dates (`issued`, `modified`) and content (`mode`
 * escaped, xml or base64), replaced by Atom 1.0 in 2005 and rare in feeds served since; reading
 * it would take a second Atom reader for few files, while its site serves Atom 1.0 or RSS.
 */
export function whyNoFeed(document: Document): string {
  const root = document.documentElement;
  if (root?.localName === 'feed' && root.namespaceURI === ATOM_03)
    return "is an Atom 0.3 feed (a draft replaced by Atom 1.0, RFC 4287, in 2005), which is not read: save the feed again from its site in Atom 1.0 or RSS, or save each story's page";
  return 'is XML but not an RSS or Atom feed';
}
