/**
 * The address a browser saved a page from, as it records it in the file: the "Mark of the Web"
 * comment Internet Explorer introduced and Chrome writes when it saves a page ("Webpage,
 * Complete"), `<!-- saved from url=(0052)https://… -->`, the figure being the address's length
 * in four digits. It states the page's own address as its canonical link would.
 */

/** The comment, near the top of the file (before `<html>`, or just inside it). */
const SAVED_FROM = /<!--\s*saved from url=\((\d{4})\)(\S+?)\s*-->/i;

/** How far into the file the comment is looked for: browsers write it first. */
const HEAD_CHARACTERS = 2048;

/**
 * The absolute http(s) address a saved page's "saved from" comment gives, when its length is the
 * one the comment states (a comment cut or edited is not read); else undefined.
 *
 * @example
 * savedFromUrl('<!-- saved from url=(0026)https://example.org/pier -->') // 'https://example.org/pier'
 */
export function savedFromUrl(html: string): string | undefined {
  const match = SAVED_FROM.exec(html.slice(0, HEAD_CHARACTERS));
  if (match === null) return undefined;
  const [, length, url] = match;
  if (url === undefined || Number(length) !== url.length) return undefined;
  return /^https?:\/\//i.test(url) ? url : undefined;
}
