/**
 * HTML's named character references in an XML document (xml.ts). XML declares five entities
 * (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`: XML 1.0 §4.6); real feeds also write HTML's,
 * `&nbsp;`, `&mdash;`, `&eacute;`, undeclared, which makes them not well-formed. Each such name
 * that HTML defines (the WHATWG list, as @xmldom/xmldom's own table holds it) is written as the
 * numeric character reference(s) of what it stands for before parsing, so the parser reads the
 * character HTML means; any other name is left for the parser to report. CDATA sections,
 * comments and processing instructions are left as they are: a reference is none there.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let htmlEntities: Readonly<Record<string, string>> | undefined;

/** XML's predeclared entities (XML 1.0 §4.6), which the parser reads itself. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** A CDATA section, a comment, a processing instruction, or a named reference (its name). */
const MARKUP_OR_REFERENCE =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|&([A-Za-z][A-Za-z0-9]*);/g;

/** A rewritten reference: on `line` (1-based), ending at `column` of the rewritten text, `by` characters shorter than it was. */
interface Shift {
  line: number;
  column: number;
  by: number;
}

/** A named reference neither XML nor HTML defines, and where it stands (1-based). */
export interface UnknownEntity {
  entity: string;
  line: number;
  column: number;
}

/** A document with HTML's references rewritten, and where columns moved. */
export interface WithHtmlEntities {
  text: string;
  /** The first reference neither XML nor HTML defines, if any. */
  unknown?: UnknownEntity;
  /**
   * The column in the original text of `column` on `line` of the rewritten one (lines never
   * move: no reference is rewritten to a line break's character).
   */
  originalColumn(line: number, column: number): number;
}

function table(): Readonly<Record<string, string>> {
  htmlEntities ??= (
    require('@xmldom/xmldom/lib/entities') as { HTML_ENTITIES: Record<string, string> }
  ).HTML_ENTITIES;
  return htmlEntities;
}

const numeric = (value: string) =>
  Array.from(value, (char) => `&#x${(char.codePointAt(0) as number).toString(16)};`).join('');

/** Line breaks as XML reads them (§2.11): CR LF, CR or LF, each one break. */
const LINE_BREAK = /\r\n?|\n/g;

/**
 * `text` with each HTML named reference XML does not declare written as numeric references,
 * and the first that neither defines.
 */
export function withHtmlEntities(text: string): WithHtmlEntities {
  const entities = table();
  const shifts: Shift[] = [];
  let unknown: UnknownEntity | undefined;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  // How much shorter the line's rewritten references made it so far.
  let moved = 0;
  /** Counts the line breaks before `offset`, each once over the whole text. */
  const advance = (offset: number) => {
    LINE_BREAK.lastIndex = scanned;
    for (let brk = LINE_BREAK.exec(text); brk !== null && brk.index < offset;) {
      line += 1;
      lineStart = brk.index + brk[0].length;
      moved = 0;
      brk = LINE_BREAK.exec(text);
    }
    scanned = offset;
  };
  const rewritten = text.replace(
    MARKUP_OR_REFERENCE,
    (match, name: string | undefined, offset: number) => {
      if (name === undefined || XML_ENTITIES.has(name)) return match;
      advance(offset);
      const value = entities[name];
      if (value === undefined) {
        unknown ??= { entity: match, line, column: offset - lineStart + 1 };
        return match;
      }
      const replacement = numeric(value);
      const end = offset - lineStart + 1 - moved + replacement.length;
      moved += match.length - replacement.length;
      shifts.push({ line, column: end, by: match.length - replacement.length });
      return replacement;
    },
  );
  return {
    text: rewritten,
    ...(unknown === undefined ? {} : { unknown }),
    originalColumn(at, column) {
      let original = column;
      for (const shift of shifts)
        if (shift.line === at && shift.column <= column) original += shift.by;
      return original;
    },
  };
}
