/**
 * A wire story's handling line: what the agency tells the newsrooms receiving its copy, above the
 * headline ("Wire copy - for immediate use", "EMBARGOED UNTIL 00:01 Tuesday 3 March", "Slug:
 * FERRY-REPAIRS"). Agencies and press offices head copy so (the wire's convention: handling
 * instructions and the slug first, then the headline; the release's "ENDS" closes it,
 * press-release.ts). Such a line instructs editors; it never states what the story says and is
 * never its headline: dropped from the text at the top, so the headline is the first heading
 * after it.
 *
 * A line is one only when every field of it (between bars, bullets or spaced dashes) is such an
 * instruction: "For immediate use" is one, "Council approves ferry for immediate use" is a
 * headline.
 *
 * So is a wire's message header line, as the news agencies' transmission format sets it above
 * the story (IPTC 7901, "Recommended Message Format for News Text": the service's identifier with
 * the message's four-digit number, then its priority, one digit, and its category code, in
 * capitals: "BPA0417 4 AGRI", "KPA1120 POL"): a routing line, never a headline.
 */
import { drop, type LineRule } from './read-state.js';

/**
 * Between a handling line's fields: a bar, a bullet or middle dot, a colon-free spaced dash, or
 * two spaces or more (a wire header's columns: "KPA-WIRE  TRANS  FERRY-FARES/CAP").
 */
const FIELD_SEPARATOR = /\s*[|·•]\s*|\s+[-–—]\s+|\s{2,}/;
/**
 * An agency's slug: capitals joined by hyphens or slashes, each part with a letter
 * ("FERRY-REPAIRS", Reuters' "BRITAIN-POLITICS/BUDGET"), never "COVID-19".
 */
const SLUG = /^[\p{Lu}]*\p{Lu}(?:[-/][\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*)+\/?$/u;
/**
 * A wire's desk or subject code beside its slug ("ENV", "POL", "TRANS"; the IIM's "Category",
 * 2#015, three letters), only in a line that gives a slug too: alone, a word in capitals is as
 * often a headline's.
 */
const CATEGORY_CODE = /^\p{Lu}{2,6}$/u;
/**
 * An IPTC 7901 message header line's fields: the service's identifier and the message's
 * four-digit number ("BPA0417"), an optional priority digit, then one or two category codes.
 */
const MESSAGE_HEADER = /^\p{Lu}{1,6}\d{4}(?: [1-9])?(?: \p{Lu}{2,6}){1,2}$/u;
/** How a message header line opens, before any space ({@link MESSAGE_HEADER}). */
const HEADER_OPENING = /^\s*\p{Lu}{1,6}\d{4}/u;

/**
 * One handling field: "wire copy", "for immediate release/use/publication", "embargoed until …"
 * (or "embargo: …", "not for publication before …"), "urgent", "advisory", "Slug: …", or an
 * agency's slug alone ({@link SLUG}).
 */
const HANDLING_FIELDS: readonly RegExp[] = [
  /^(?:wire|agency) (?:copy|story|service)$/i,
  /^(?:copy )?for immediate (?:release|use|publication)\.?$/i,
  /^(?:embargoed|under embargo)\b.{0,60}$/i,
  /^embargo\s*:.{1,60}$/i,
  /^not for (?:publication|release|broadcast) (?:before|until)\b.{1,60}$/i,
  /^(?:urgent|advisory|editors?['’]? advisory|note to editors)$/i,
  /^slug\s*:\s*\S.{0,60}$/i,
  SLUG,
];

/** {@link FIELD_SEPARATOR}, each in turn: made once, not per line, so it is compiled once. */
const FIELD_SEPARATORS = new RegExp(FIELD_SEPARATOR.source, 'g');

/**
 * True when every field of `line` is a handling instruction ({@link HANDLING_FIELDS}).
 *
 * @example
 * isWireHandlingLine('Wire copy - for immediate use') // true
 * isWireHandlingLine('KPA-WIRE  TRANS  FERRY-FARES/CAP') // true
 * isWireHandlingLine('BPA0417 4 AGRI') // true
 * isWireHandlingLine('Council approves ferry for immediate use') // false
 */
export function isWireHandlingLine(line: string): boolean {
  // A message header opens with the identifier and number as one word: tested first, the
  // header's whitespace is collapsed only for lines that may be one.
  if (HEADER_OPENING.test(line) && MESSAGE_HEADER.test(line.trim().replace(/\s+/g, ' ')))
    return true;
  // Field by field, stopping at the first that is no instruction: a paragraph set as one long
  // line fails at its first field, unsplit. A category code counts only beside a slug, which
  // may come later: kept pending till the end.
  const text = line.trim();
  const separator = FIELD_SEPARATORS;
  separator.lastIndex = 0;
  let fields = 0;
  let slugged = false;
  let categoryPending = false;
  for (let start = 0; start <= text.length;) {
    const found = separator.exec(text);
    const end = found === null ? text.length : found.index;
    const field = text.slice(start, end);
    if (field.length > 0) {
      fields += 1;
      if (SLUG.test(field)) slugged = true;
      else if (!HANDLING_FIELDS.some((rule) => rule.test(field))) {
        if (!CATEGORY_CODE.test(field)) return false;
        categoryPending = true;
      }
    }
    if (found === null) break;
    start = end + found[0].length;
  }
  return fields > 0 && (slugged || !categoryPending);
}

/** A handling line at the top of the document, above any body text: dropped, never the headline. */
export const readWireHandling: LineRule = (state, block, line) => {
  if (!block.atTop || !isWireHandlingLine(line)) return false;
  drop(state, line, 'wire handling line');
  return true;
};
