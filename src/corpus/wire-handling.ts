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
 */
import { drop, type LineRule } from './read-state.js';

/** Between a handling line's fields: a bar, a bullet or middle dot, a colon-free spaced dash. */
const FIELD_SEPARATOR = /\s*[|·•]\s*|\s+[-–—]\s+/;

/**
 * One handling field: "wire copy", "for immediate release/use/publication", "embargoed until …"
 * (or "embargo: …", "not for publication before …"), "urgent", "advisory", "Slug: …", or an
 * agency's slug alone (capitals joined by hyphens, each part with a letter: "FERRY-REPAIRS",
 * never "COVID-19").
 */
const HANDLING_FIELDS: readonly RegExp[] = [
  /^(?:wire|agency) (?:copy|story|service)$/i,
  /^(?:copy )?for immediate (?:release|use|publication)\.?$/i,
  /^(?:embargoed|under embargo)\b.{0,60}$/i,
  /^embargo\s*:.{1,60}$/i,
  /^not for (?:publication|release|broadcast) (?:before|until)\b.{1,60}$/i,
  /^(?:urgent|advisory|editors?['’]? advisory|note to editors)$/i,
  /^slug\s*:\s*\S.{0,60}$/i,
  /^[\p{Lu}]*\p{Lu}(?:-[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*)+$/u,
];

/**
 * True when every field of `line` is a handling instruction ({@link HANDLING_FIELDS}).
 *
 * @example
 * isWireHandlingLine('Wire copy - for immediate use') // true
 * isWireHandlingLine('Council approves ferry for immediate use') // false
 */
export function isWireHandlingLine(line: string): boolean {
  const fields = line
    .trim()
    .split(FIELD_SEPARATOR)
    .filter((field) => field.length > 0);
  return (
    fields.length > 0 && fields.every((field) => HANDLING_FIELDS.some((rule) => rule.test(field)))
  );
}

/** A handling line at the top of the document, above any body text: dropped, never the headline. */
export const readWireHandling: LineRule = (state, block, line) => {
  if (!block.atTop || !isWireHandlingLine(line)) return false;
  drop(state, line, 'wire handling line');
  return true;
};
