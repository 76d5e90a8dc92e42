/**
 * What an HTML page states of its site's name besides its `<title>` (headline.ts SiteEvidence),
 * read from the page as saved, before Readability rewrites it and leaves its header out.
 */
import type { SiteEvidence } from './headline.js';
import type { HtmlBlock } from './html-blocks.js';
import { copyrightHolder } from './copyright.js';

/** The parts of a DOM element read here (linkedom's, as html.ts parses the page). */
export interface SiteElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): SiteElement | null;
  querySelectorAll(selector: string): ArrayLike<SiteElement>;
  closest(selector: string): SiteElement | null;
  parentElement?: SiteElement | null;
  textContent: string | null;
}

/**
 * The page's banner: a `<header>` scoped to the body (HTML-AAM maps it to ARIA's `banner`
 * landmark only outside article, aside, main, nav and section), ARIA's `banner` role, and the
 * masthead as the common CMS themes mark it (WordPress's `#masthead`, `.site-header`,
 * `.site-branding`).
 */
const BANNER = 'header, [role="banner" i], #masthead, .masthead, .site-header, .site-branding';
/** Sectioning elements inside which a `<header>` is that section's, not the site's. */
const SECTIONING = 'article, aside, main, nav, section';
/** The site's name as a banner sets it: a heading, or a theme's site-title element. */
const BANNER_NAME = 'h1, h2, h3, h4, h5, h6, .site-title, .site-name';

/** A home page's path: the site's root, or its index file ("/index.html"). */
const ROOT_PATH = /^\/(?:index\.(?:html?|php))?$/i;

function oneLine(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}

/**
 * True when a link leads to a site's home page: marked so (`rel="home"`, HTML's link type), or
 * to the root of a site ("/", "https://ashwell-voice.example/", "/index.html"), with no query
 * or fragment. A relative path ("../") is not judged: where it leads depends on the page's
 * address, which a saved page may not state.
 */
export function isHomeLink(link: Pick<SiteElement, 'getAttribute'>): boolean {
  if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('home')) return true;
  const href = link.getAttribute('href')?.trim();
  if (!href || !(href.startsWith('/') || /^https?:\/\//i.test(href))) return false;
  try {
    const target = new URL(href, 'http://page.invalid/');
    return ROOT_PATH.test(target.pathname) && target.search === '' && target.hash === '';
  } catch {
    return false;
  }
}

/** A link's text, or the `alt` of the logo inside it. */
const linkName = (link: SiteElement) =>
  oneLine(link.textContent) ?? oneLine(link.querySelector('img')?.getAttribute('alt'));

/**
 * What a page states of its site's name: the text of its links to its home page (or the `alt`
 * of the logo inside one), the site's name its banner sets as a heading ("Ashwell Community
 * Voice" in `<header><h2>…</h2></header>`, a banner being the site's own header, never an
 * article's), the holder of a copyright notice among its blocks (`page`; in `holders` too, but
 * for a caption's), and the host of its own address (`url`: absolute, as stated.ts reads it).
 */
export function siteEvidence(
  document: SiteElement,
  page: readonly HtmlBlock[],
  url: string | undefined,
): SiteEvidence {
  const names: string[] = [];
  for (const link of Array.from(document.querySelectorAll('a'))) {
    const name = isHomeLink(link) ? linkName(link) : undefined;
    if (name !== undefined) names.push(name);
  }
  for (const banner of Array.from(document.querySelectorAll(BANNER))) {
    if ((banner.parentElement?.closest(SECTIONING) ?? null) !== null) continue;
    for (const heading of Array.from(banner.querySelectorAll(BANNER_NAME))) {
      const name = oneLine(heading.textContent);
      if (name !== undefined) names.push(name);
    }
  }
  const holders: string[] = [];
  for (const block of page) {
    const holder = copyrightHolder(block.text.replace(/\s+/g, ' ').trim());
    if (holder === null) continue;
    names.push(holder);
    // A caption's notice names a picture's rights holder ("© Ana Ruiz 2026"), not the page's.
    if (!block.caption) holders.push(holder);
  }
  return {
    names,
    holders,
    host: url === undefined ? undefined : new URL(url).hostname,
  };
}
