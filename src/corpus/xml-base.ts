/**
 * XML Base (W3C Recommendation, 2nd edition, 2009): an `xml:base` attribute sets the base URI
 * of its element and of everything inside it, a relative one resolved against its parent's
 * (§4.2). Atom uses it for relative IRIs such as a link's `href` (RFC 4287 §2).
 */
import type { Element } from '@xmldom/xmldom';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** A scheme at the start: an absolute reference (RFC 3986 §4.3). */
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** `reference` resolved against `base` (RFC 3986 §5.2, by WHATWG URL); as written when `base` is relative. */
function against(reference: string, base: string | undefined): string {
  if (ABSOLUTE.test(reference) || base === undefined || !ABSOLUTE.test(base)) return reference;
  try {
    return new URL(reference, base).href;
  } catch {
    return reference;
  }
}

/**
 * `reference`, written in an attribute of `element`, resolved against the `xml:base` in scope
 * there (the element's own and its ancestors'). With no absolute base in scope it stays as
 * written: a saved file's own address is unknown, so a relative reference states no address.
 *
 * @example
 * // <feed xml:base="https://gull.example/news/"><entry><link href="fares"/></entry></feed>
 * resolvedReference('fares', link) // 'https://gull.example/news/fares'
 */
export function resolvedReference(reference: string, element: Element): string {
  const bases: string[] = [];
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const base = node.getAttributeNS(XML_NAMESPACE, 'base');
    if (base !== null && base.trim() !== '') bases.push(base.trim());
  }
  // Outermost first: each base is relative to the one around it.
  let base: string | undefined;
  for (const inner of bases.reverse()) base = base === undefined ? inner : against(inner, base);
  return against(reference, base);
}
