/** Small helpers for writing SVG text safely. */

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF: an article's text could
// hold any of them, and one would make the whole document unparsable.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching the controls is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes `text` for an SVG text node or attribute value, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number as SVG writes it: at most two decimals, so the same input gives the same bytes. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}
