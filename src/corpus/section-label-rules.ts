/**
 * The line rules for a site's section labels ("Politics", "Local News", "OPINION"): above the
 * article, a kicker or breadcrumb label; further down, a lone label the page sets between
 * paragraphs (a link to a section, a box's title). Further down, a one- or two-word line is as
 * likely a heading of the story ("Politics", "Health" as parts of an explainer), so it is read
 * as a label only where the page itself names that section elsewhere.
 */
import { parseByline } from './byline.js';
import { isCapitalisedWords, isSectionName } from './credit-fields.js';
import { navigationItems } from './furniture.js';
import { isPieceKindLabel } from './kicker.js';
import { parseMetadataLine } from './metadata-line.js';
import { paragraphKind } from './paragraph-kind.js';
import { drop, type LineRule, type ReadState } from './read-state.js';
import { mayContinue } from './hard-wrap.js';
import { DETERMINERS } from '../text/determiners.js';
import { wordIn } from '../text/word-class.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { splitsIntoAtMost } from '../text/word-gaps.js';

/** Most words in a lone section label further down a page ("Politics", "Local News"). */
const MAX_LONE_LABEL_WORDS = 2;
/** Most words in a section's name a navigation bar lists ("Harbour Affairs", "Arts and Culture"). */
const MAX_LISTED_LABEL_WORDS = 3;
/** Punctuation a label has none of: a sentence's or a clause's end, a comma. */
const SENTENCE_PUNCTUATION = /[.!?…:;,]/;

/**
 * The section names a page's navigation bars give, wherever they stand ("News | Health |
 * Politics", a breadcrumb "Home > News > Health", a footer's links), in lower case.
 */
export function pageSectionNames(blocks: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const block of blocks)
    for (const line of block.split('\n')) {
      const items = navigationItems(line.trim());
      // A credit's fields ("By Ana Velt | Penharrow Gazette | 11 March 2026") name its author,
      // outlet and date, no section: read as a bar, its outlet would make the masthead a label.
      if (items === null || isCreditLine(line)) continue;
      for (const item of items) names.add(item.toLowerCase());
    }
  return names;
}

/** A byline or a metadata line (byline.ts, metadata-line.ts), whose fields are no sections. */
const isCreditLine = (line: string) =>
  parseByline(line) !== null || parseMetadataLine(line) !== null;

/**
 * A section's label above the article ("OPINION", "Local News", or "Harbour Affairs" where the
 * page's navigation lists it), or a piece's kind with its section ("Transport — Analysis";
 * kicker.ts), a kicker: the site's sections, never the headline.
 */
export const readSectionLabel: LineRule = (state, block, line) => {
  if (
    !block.atTop ||
    !(isSectionName(line) || isListedSection(state, line) || isPieceKindLabel(line))
  )
    return false;
  state.sectionLabels.add(line.toLowerCase());
  drop(state, line, 'navigation');
  return true;
};

/** A short label without a sentence's punctuation naming a section the page's navigation lists. */
function isListedSection(state: ReadState, line: string): boolean {
  return (
    splitsIntoAtMost(line, MAX_LISTED_LABEL_WORDS) &&
    !SENTENCE_PUNCTUATION.test(line) &&
    isCapitalisedWords(line) &&
    state.navigationItems().has(line.toLowerCase())
  );
}

/**
 * A lone section label further down the page: a block of one short line in title case or
 * capitals, without a sentence's punctuation, that names a section the page names elsewhere
 * (its navigation, a label above the article). Anything else stays: a short sentence, a heading
 * of the story, a label no other part of the page names.
 */
export const readLoneSectionLabel: LineRule = (state, block, line) => {
  if (
    !state.seenBody ||
    block.lines.length !== 1 ||
    !splitsIntoAtMost(line, MAX_LONE_LABEL_WORDS) ||
    SENTENCE_PUNCTUATION.test(line) ||
    !isCapitalisedWords(line)
  )
    return false;
  const name = line.toLowerCase();
  if (!state.sectionLabels.has(name) && !state.navigationItems().has(name)) return false;
  drop(state, line, 'navigation');
  return true;
};

/**
 * Most of the text's width a section's heading fills: a heading is short beside the lines of
 * prose, and a line filling more is prose wrapped on a ragged right (a line may end a word or
 * two short of the widest, a bare address or an outlier setting that width).
 */
const HEADING_MAX_WIDTH_SHARE = 2 / 3;

/**
 * True when `heading`, a heading's line over `line` in one block below the top, ends there: the
 * line was not wrapped onto it (hard-wrap.ts: "About the Kestrel Water Board" / "The Kestrel
 * Water Board supplies …", where "The" would have fit), and it is short beside the text's lines.
 */
export function endsSectionHeading(state: ReadState, heading: string, line: string): boolean {
  const width = state.textWidth();
  return heading.length <= width * HEADING_MAX_WIDTH_SHARE && !mayContinue(heading, line, width);
}

/**
 * A section's heading of one word set apart between paragraphs of the body ("Regattas",
 * "STAFF"): a line without a sentence's punctuation between blank lines, body text above it and a
 * paragraph of body text below. It names what the paragraphs under it are about and states
 * nothing itself, so it is no passage: alone, it would be quoted as an answer that says nothing.
 * Set on the line over its text, with no blank line between, it is one too when that line was not
 * wrapped onto it ({@link endsSectionHeading}). So is a short noun phrase opened by its
 * article ("The collapse": {@link isTopicLabel}). A heading of more words may state a fact ("Pool
 * to close in June") and stays, as does a word the page sets in lower case, a list's item, or one
 * followed by another heading (a list's label). A list's items may stand as paragraphs of their
 * own: a word under a line ending in a colon, which announces what follows ("Regions that bid:"),
 * or under another lone word of a run, is an item, not a heading.
 */
export const readSectionHeading: LineRule = (state, block, line, lineIndex) => {
  const { lines } = block;
  const apart = lines.length === 1;
  // Over its text in its block, the text's first line must not run on from it (hard-wrap.ts).
  const under = apart ? block.belowLines : lines.slice(1);
  const below = under?.join(' ');
  if (
    !state.seenBody ||
    lineIndex !== 0 ||
    state.listItems.has(line) ||
    inListRun(block.above) ||
    SENTENCE_PUNCTUATION.test(line) ||
    !(/\s/.test(line) ? isTopicLabel(line) : isCapitalisedWords(line)) ||
    below === undefined ||
    paragraphKind(below) !== 'body' ||
    (!apart && !endsSectionHeading(state, line, lines[1] ?? ''))
  )
    return false;
  drop(state, line, 'section heading');
  return true;
};

/** Most words in a section heading read as a topic's label: "The collapse", "The rescue bid". */
const MAX_TOPIC_LABEL_WORDS = 3;

/** A determiner opening a noun phrase (text/determiners.ts), capitalised as a heading's first word. */
const OPENING_DETERMINER = wordIn(DETERMINERS);

/**
 * True for a heading of a few words that is a noun phrase opened by a determiner, with no word
 * read first as a verb: "The collapse", "The union", "Our verdict". A heading that states a fact
 * is a clause in headline style, which leaves the articles out ("Rescue bid fails", "Pool to
 * close in June": the block language of headlines, Quirk et al. 1985, §11.45–11.47), so one
 * that keeps its article and has no verb names a topic and asserts nothing.
 */
function isTopicLabel(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length > MAX_TOPIC_LABEL_WORDS || !OPENING_DETERMINER.test(words[0] ?? ''))
    return false;
  if (!/^\p{Lu}/u.test(line)) return false;
  return words.slice(1).every((word) => {
    const first = lexiconTags(word.toLowerCase())?.[0] ?? 'NN';
    return !first.startsWith('VB') && first !== 'MD';
  });
}

/** True when `above`, the last line of the block above, opens or continues a list of lone words. */
function inListRun(above: string | undefined): boolean {
  if (above === undefined) return false;
  return /:\s*$/u.test(above) || (!/\s/.test(above) && !SENTENCE_PUNCTUATION.test(above));
}
