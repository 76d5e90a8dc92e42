/**
 * A nameplate at the top of a page: the outlet's name with its slogan, set above the headline
 * as a paper sets its masthead ("OSPREY WEEKLY — stories from the estuary" on one line, or
 * "OSPREY WEEKLY" over "Stories from the estuary, every Friday"). The slogan describes the
 * paper, not the story, so it is never the headline nor a passage; the name is a masthead
 * (masthead.ts), the outlet only when the page corroborates it. A line of the same shape can be
 * the site's name beside the headline ("Kellan Courier — Council approves harbour plan"):
 * a headline summarises its story, so its words recur in it, and it opens with a capital
 * letter; a slogan does neither.
 */
import { parseByline } from './byline.js';
import { hasSloganShape, isMastheadName, isMastheadShape, splitSlogan } from './masthead.js';
import { namedAgain } from './named-again.js';

/** A sentence's end with more after it: "Crews on the pier. Ana Ruiz / Gull Bay Times". */
const SENTENCE_INSIDE = /[.!?]["”’')\]]*\s+\S/u;

/** Words of four letters or more, in lower case: the words a summary shares with its story. */
export const contentWords = (text: string) =>
  (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.replace(/s$/, ''));

/**
 * True when `slogan` reads as the paper's, not as a headline of `story`: it opens in lower case
 * ("stories from the estuary"), or fewer than half its words of four letters or more recur in
 * the story (a headline's "harbour", "wall", "repairs" do).
 */
export function isPaperSlogan(slogan: string, story: string): boolean {
  if (/^\p{Ll}/u.test(slogan.trim())) return true;
  const words = contentWords(slogan);
  if (words.length === 0) return false;
  const used = new Set(contentWords(story));
  return words.filter((word) => used.has(word)).length * 2 < words.length;
}

/**
 * The outlet's name in a nameplate line, its name and slogan on one line at the top ("OSPREY
 * WEEKLY — stories from the estuary": the name a masthead's, ending in a news outlet's noun,
 * the slogan the paper's by {@link isPaperSlogan}), else null.
 *
 * @example
 * nameplateName('OSPREY WEEKLY — stories from the estuary', 'Repairs to the harbour wall …') // 'OSPREY WEEKLY'
 * nameplateName('Kellan Courier — Council approves harbour plan', 'The council approved the harbour plan …') // null
 */
export function nameplateName(line: string, story: string): string | null {
  const parts = splitSlogan(line);
  if (parts === null || !isMastheadName(parts.name)) return null;
  return isPaperSlogan(parts.slogan, story) ? parts.name : null;
}

/**
 * True for a line that may be a nameplate's name over its slogan: an outlet's name set as a
 * masthead ("OSPREY WEEKLY"), or a masthead's shape of two words or more with no outlet's noun
 * ("HARBURY ECHO"; one word alone, "Kellan", is as likely a section or a place). The caller
 * asks also that a heading stand under the slogan: a name and a slogan over the headline, where
 * a label over a headline has the story under it.
 */
export function mayBeNameplateName(line: string): boolean {
  return isMastheadName(line) || (isMastheadShape(line) && line.trim().split(/\s+/).length >= 2);
}

/**
 * True when `line`, a paragraph of its own right under a nameplate's name (`above`: "OSPREY
 * WEEKLY", "HARBURY ECHO": {@link mayBeNameplateName}) and over the headline (`below`), is that
 * name's slogan ("Stories from the estuary, every Friday", "Your town, your voice"): a slogan's
 * shape, the paper's by {@link isPaperSlogan}, while the line below is the story's headline, its
 * words the story's; or, whatever its words, under a name the page names again in its own words
 * ({@link namedAgain}: "Tarnby Lantern" / "News from Tarnby and the valley", "Tarnby Lantern is
 * written by volunteers."). A byline below ("By Ana Ruiz") leaves `line` the headline: "Making
 * waves".
 * `story`: the article's text without `line`.
 */
export function isSloganUnder(
  line: string,
  around: { above: string; below: string },
  story: string,
): boolean {
  const { above, below } = around;
  if (!mayBeNameplateName(above) || !hasSloganShape(line) || parseByline(below) !== null)
    return false;
  // A name with no outlet's noun (one with it is a masthead's: masthead.ts) the page names again
  // in its own words ("Tarnby Lantern is written by volunteers.") is the paper's, not a headline:
  // the line under it is its slogan, whatever words of the paper's own the story repeats ("News
  // from Tarnby and the valley"), over a headline (no sentence's end inside, as a caption has).
  if (!isMastheadName(above) && !SENTENCE_INSIDE.test(below) && namedAgain(story, above))
    return true;
  return isPaperSlogan(line, story) && !isPaperSlogan(below, story.replace(below, ''));
}

/**
 * True when the heading `blocks[index]` is a nameplate's name over its slogan (a paragraph, not
 * a heading) and the headline (the heading after it): "# Tarnby Lantern" / "_News from Tarnby and
 * the valley_" / "## Hall vote backs orchard" ({@link isSloganUnder}). Such a name as a Markdown
 * page's first heading is never its title: the headline is.
 */
export function isNameplateHeading(
  blocks: readonly { text: string; level: number | null }[],
  index: number,
): boolean {
  const [name, slogan, below] = [blocks[index], blocks[index + 1], blocks[index + 2]];
  if (name?.level == null || slogan === undefined || slogan.level !== null) return false;
  if (below?.level == null) return false;
  const story = blocks
    .filter((_block, other) => other !== index + 1)
    .map((block) => block.text)
    .join('\n\n');
  return isSloganUnder(slogan.text, { above: name.text, below: below.text }, story);
}
