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
import { hasSloganShape, isMastheadName, splitSlogan } from './masthead.js';

/** Words of four letters or more, in lower case: the words a summary shares with its story. */
const contentWords = (text: string) =>
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
 * True when `line`, a paragraph of its own right under an outlet's name set as a masthead
 * (`above`: "OSPREY WEEKLY"), is that masthead's slogan ("Stories from the estuary, every
 * Friday"): a slogan's shape, the paper's by {@link isPaperSlogan}, with the story still below.
 */
export function isSloganUnder(line: string, above: string, story: string): boolean {
  return isMastheadName(above) && hasSloganShape(line) && isPaperSlogan(line, story);
}
