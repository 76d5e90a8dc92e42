/** Tiny invented feeds for tests of reading feeds item by item (src/corpus/feed-files.ts). */

/** An RSS 2.0 feed of `items` (each the inside of an `<item>`), with the content and Dublin Core modules. */
export function rss(items: string[], channel = '<title>Tarnmouth Gazette</title>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>${channel}
${items.map((item) => `<item>${item}</item>`).join('\n')}
</channel>
</rss>`;
}

/** An item's full text as RSS carries it: `content:encoded`, its HTML in a CDATA section. */
export const encoded = (html: string) => `<content:encoded><![CDATA[${html}]]></content:encoded>`;
