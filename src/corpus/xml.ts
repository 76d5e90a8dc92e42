/**
 * Parsing an XML document (a feed: feed-items.ts) with `@xmldom/xmldom`, a W3C DOM parser that
 * resolves namespaces and reports where a document is malformed. Loaded on first use: a corpus
 * without a feed never loads it.
 */
import { createRequire } from 'node:module';
import type xmldomModule from '@xmldom/xmldom';
import type { Document } from '@xmldom/xmldom';
import { withHtmlEntities, type WithHtmlEntities } from './xml-html-entities.js';

const require = createRequire(import.meta.url);
let xmldom: typeof xmldomModule | undefined;

/** A document that is not well-formed XML: what is wrong and, when known, where. */
export class MalformedXml extends Error {
  override readonly name = 'MalformedXml';
}

interface Locator {
  lineNumber?: number;
  columnNumber?: number;
}

/** Where `locator` points in the document as written (its HTML references rewritten: xml-html-entities.ts). */
function where(locator: Locator | undefined, read: WithHtmlEntities): string {
  const line = locator?.lineNumber;
  if (line === undefined || line < 1) return '';
  const column = locator?.columnNumber;
  return ` (near line ${line}${column === undefined ? '' : `, column ${read.originalColumn(line, column)}`})`;
}

/**
 * The document `text` holds, HTML's named references (`&nbsp;`, `&mdash;`) read as HTML reads
 * them (xml-html-entities.ts). Throws {@link MalformedXml} naming the first error and where it
 * is ("Opening and ending tag mismatch: "item" != "channel" (near line 6, column 1)"): a
 * well-formedness error, or an entity neither XML nor HTML defines ("&bogus;"), which the
 * parser would otherwise leave in the text as written. Warnings (an attribute without quotes)
 * are let pass.
 */
export function parseXml(text: string): Document {
  xmldom ??= require('@xmldom/xmldom') as typeof xmldomModule;
  const read = withHtmlEntities(text);
  if (read.unknown !== undefined) {
    const { entity, line, column } = read.unknown;
    // Found where it stands: the parser's locator points at the text before it.
    throw new MalformedXml(
      `${entity} is an entity neither XML nor HTML defines (near line ${line}, column ${column})`,
    );
  }
  let first: string | undefined;
  const parser = new xmldom.DOMParser({
    onError(level, message, context) {
      if (level === 'warning') return;
      first ??= `${message}${where((context as { locator?: Locator } | undefined)?.locator, read)}`;
      throw new MalformedXml(first);
    },
  });
  try {
    return parser.parseFromString(read.text, 'text/xml');
  } catch (error) {
    if (first !== undefined) throw new MalformedXml(first);
    const locator = (error as { locator?: Locator }).locator;
    throw new MalformedXml(`${(error as Error).message}${where(locator, read)}`);
  }
}

/** The markup of `node`'s children, as XML (an Atom `xhtml` content's `<div>`: feed-items.ts). */
export function innerXml(node: { childNodes: ArrayLike<unknown> }): string {
  xmldom ??= require('@xmldom/xmldom') as typeof xmldomModule;
  const serializer = new xmldom.XMLSerializer();
  return Array.from(node.childNodes, (child) =>
    serializer.serializeToString(child as Parameters<typeof serializer.serializeToString>[0]),
  ).join('');
}
