/**
 * A press release's closing "About …" section, the form's boilerplate: headline, dateline, body,
 * then "About <issuer>" and a paragraph on who the issuer is (the "boilerplate"), then the media
 * contact, as public-relations practice sets the form out. Its heading is the issuer's own statement of who issued the release, so it
 * states the release's outlet where the page states no other (clean.ts). The section's text is
 * left as it was read: this only reads the name.
 */
import { STOP_WORDS } from '../text/stop-words.js';
import { CONTACT_LABEL } from './contact-card.js';
import { isReleaseEndMark, MAX_BODY_NAME_WORDS, parseReleaseHeading } from './press-release.js';
import { isNotesLabel } from './release-notes.js';

/**
 * The conventional heading of a release's closing section about its issuer, alone on its line:
 * "About Kestrel Buses", "About the Kestrel Water Board:". The name is a run of capitalised words
 * (and the words joining them: "Bank of England") opening with no function word ("About us",
 * "About this release" are none).
 */
const ABOUT_HEADING =
  /^(?:About|ABOUT)\s+(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of|for|and|the|&|\p{Lu}[\p{L}\p{N}'’&.-]*))*)\s*:?$/u;

/**
 * True for a line that only a press release's form holds: its heading line ("FOR IMMEDIATE
 * RELEASE"), its end mark ("ENDS"), its notes to editors' label or its media contact's label.
 */
function isReleaseFormLine(line: string): boolean {
  const text = line.trim();
  return (
    parseReleaseHeading(text) !== null ||
    isReleaseEndMark(text) ||
    isNotesLabel(text) ||
    CONTACT_LABEL.test(text)
  );
}

/**
 * The issuer a press release names in its closing "About …" section (see the file header), the
 * issuer's own statement of who it is. `lines` are the page's lines in order, those read out of its text (the heading
 * line, a contact card, notes after "ENDS") among them. Null unless another line of the release's
 * form is there too ({@link isReleaseFormLine}: an article's "About Jane Roe" box is a writer's
 * note, no issuer's) and the heading comes after the first line; the last heading is read.
 *
 * @example
 * aboutSectionIssuer(['FOR IMMEDIATE RELEASE', 'Fares cut', 'Kestrel Buses today …', 'About Kestrel Buses', '…']) // 'Kestrel Buses'
 */
export function aboutSectionIssuer(lines: readonly string[]): string | null {
  if (!lines.some(isReleaseFormLine)) return null;
  let issuer: string | null = null;
  lines.forEach((line, i) => {
    const name = ABOUT_HEADING.exec(line.trim())?.[1];
    if (i === 0 || name === undefined) return;
    const words = name.split(/\s+/);
    // "About Us", "About This Release": a pronoun or determiner, no name.
    if (words.length <= MAX_BODY_NAME_WORDS && !STOP_WORDS.has(words[0]!.toLowerCase()))
      issuer = name;
  });
  return issuer;
}
