/**
 * Whether a page names a name again in its own words: a body's or a paper's name set on a line of
 * its own at the top (a press release's issuer, a nameplate) is confirmed as a name, not a
 * headline in title case, when a line of other words repeats it ("About the Kestrel Water Board",
 * "The Ministry of Heritage today announced …", "Tarnby Lantern is written by volunteers.").
 */
import { escapeRegExp } from '../text/escape.js';

/**
 * True when `text` names `name` again inside a line of other words. A name keeps its capitals in
 * running prose, where a title-case headline's words ("Mayor Thanks Fire Service") are lower
 * case, so the name is matched in its own case (in any case when it is set in capitals), as
 * whole words; the line set again alone (a heading repeated) is no naming in prose.
 */
export function namedAgain(text: string, name: string): boolean {
  const trimmed = name.trim();
  const flags = /\p{Ll}/u.test(trimmed) ? 'u' : 'iu';
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(trimmed)}(?![\\p{L}\\p{N}])`,
    flags,
  );
  return text.split('\n').some((line) => line.trim() !== trimmed && pattern.test(line));
}
