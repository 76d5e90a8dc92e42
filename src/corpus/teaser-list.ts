/**
 * Lists of teasers in pasted text: a label over links to other pages ("More from News",
 * "Related", "Read more") set as a paragraph of its own, then the linked headlines, each a
 * paragraph of its own. A page's saved HTML loses the links when pasted as text, so the list is
 * recognised by its shape: the label, then short headline-like lines (no sentence's end), up to
 * the next paragraph of prose or the end. A label in one block with its headlines is
 * block-furniture.ts's; this is the same list spread over blocks.
 *
 * A newsletter's or paper's list of its other items ("ALSO IN THIS ISSUE", then "Retail park
 * sold for £18m on 12 May.") may give each as one short sentence, not a headline: under such a
 * label, a one-sentence line is a teaser too. A run of one-sentence paragraphs is also how
 * stories are written, so such a list counts only where it ends the text: nothing but the
 * page's furniture (a mailing's footer, a copyright notice, a postal address) below it.
 */
import type { DroppedLine } from './extraction.js';
import { furnitureReason, isIssueListLabel, isLinkListLabel } from './furniture.js';
import { paragraphKind } from './paragraph-kind.js';
import { isPostalAddress } from './postal-address.js';
import { ITEM_MARKER, SENTENCE_END } from './sentence-end.js';
import { CURRENCY_SIGNS } from '../text/notation-words.js';

/** Headlines a list holds at most: a box of teasers, not a run of the article's crossheads. */
const MAX_TEASERS = 8;
/** Most words in a teaser given as a sentence: a headline's summary, not a paragraph. */
const MAX_SENTENCE_TEASER_WORDS = 25;
/** A list item's marker in pasted text (sentence-end.ts `ITEM_MARKER`) at a line's start. */
const LIST_MARKER = new RegExp(`^${ITEM_MARKER}`);
/** Where one sentence ends and another starts inside a line: "… sold. The …". */
const SENTENCE_BREAK = /[.!?…]["”’)]*\s+["“‘(]?\p{Lu}/u;

const linesOf = (block: string) =>
  block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/**
 * A headline of the list: a heading's shape and nothing else's (a copyright notice or a
 * byline after the list is left to its own rule, which reads what it states).
 */
/** What a brief's item opens with: a capital, a figure or a currency sign ("£18m for …"). */
const ITEM_OPENING = new RegExp(`^[\\p{Lu}\\d${CURRENCY_SIGNS}]`, 'u');
const isTeaser = (line: string) =>
  paragraphKind(line) === 'heading' && furnitureReason(line) === null;

/**
 * A teaser given as one short sentence, as a list of the issue's items may set it (see the file
 * header): opening with a capital or a figure, after a list marker if any, and no furniture.
 */
function isSentenceTeaser(line: string): boolean {
  const item = line.replace(LIST_MARKER, '');
  return (
    ITEM_OPENING.test(item) &&
    SENTENCE_END.test(item) &&
    !SENTENCE_BREAK.test(item) &&
    item.split(/\s+/).length <= MAX_SENTENCE_TEASER_WORDS &&
    furnitureReason(line, { standalone: true }) === null
  );
}

/**
 * A newsletter's label over its other features of the week ("ALSO THIS WEEK"). Unlike "ALSO IN
 * THIS ISSUE" it may head news in brief, whose items are the report and stay; so its items are
 * teasers only when each names the feature it points to before a colon, its regular section
 * ({@link FEATURE_TEASER}).
 */
const WEEK_LIST_LABEL = /^also (?:this|next) (?:week|month)\s*:?$/i;
/**
 * A teaser for one of a newsletter's features: the feature's name (one to three words, opening
 * with a capital) and a colon, then in lower case what it holds this week, a phrase run on from
 * the name ("Tide tables: spring tides return on the 14th.", "Reader question: why do sails have
 * battens?"). A brief's item is a sentence of its own ("Kelderby marina sold for £18m …").
 */
const FEATURE_TEASER = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}:\s+\p{Ll}/u;

/** True for the label over a newsletter's features of the week ({@link WEEK_LIST_LABEL}). */
export const isWeekListLabel = (line: string) =>
  line.length <= 60 && WEEK_LIST_LABEL.test(line.trim());

/**
 * The kind of teaser a line is under `label`: a headline under any list's label but a week's, a
 * sentence under a label of the issue's items, a feature's teaser under a week's; null for no
 * teaser.
 */
export function teaserKind(label: string, line: string): 'headline' | 'sentence' | null {
  if (isWeekListLabel(label))
    return FEATURE_TEASER.test(line.replace(LIST_MARKER, '')) && isSentenceTeaser(line)
      ? 'sentence'
      : null;
  if (isTeaser(line.replace(LIST_MARKER, ''))) return 'headline';
  return isIssueListLabel(label) && isSentenceTeaser(line) ? 'sentence' : null;
}

/**
 * True for the label over a list of teasers: links' ("Related"), the issue's ("Also inside") or
 * the week's features' ("ALSO THIS WEEK").
 */
export const isTeaserListLabel = (line: string) =>
  isLinkListLabel(line) || isIssueListLabel(line) || isWeekListLabel(line);

/** True for a block holding only the page's furniture (a footer), which may follow a list. */
const isFooterBlock = (lines: readonly string[]) =>
  lines.every(
    (line) => furnitureReason(line, { standalone: true }) !== null || isPostalAddress(line),
  );

/**
 * The blocks with a teaser list set inside one of them split apart, its label and each teaser a
 * block of its own, so {@link teaserLists} reads it as it reads one spread over blocks: a
 * page copied as text may run its share row, its "Most read" label, the numbered headlines under
 * it and its copyright line together with no blank line between. Only a list that runs to the
 * page's foot, after prose: under the label, teasers, then nothing but the page's furniture (in
 * its block and in every block below). A list of the article's own, under no such label, or
 * with prose below it, is left as it is.
 *
 * @example
 * splitFootTeaserLists(['Dockers voted.', 'Share: X\nMost read\n1. Snow expected tonight\n(c) Star 2026'])
 * // ['Dockers voted.', 'Share: X', 'Most read', '1. Snow expected tonight', '(c) Star 2026']
 */
export function splitFootTeaserLists(blocks: readonly string[]): string[] {
  let seenProse = false;
  return blocks.flatMap((block, index) => {
    const lines = linesOf(block);
    const list = seenProse && lines.length > 1 ? footList(lines, blocks, index) : null;
    if (paragraphKind(lines.join(' ')) === 'body') seenProse = true;
    if (list === null) return [block];
    const before = lines.slice(0, list.label);
    const after = lines.slice(list.end);
    return [
      ...(before.length > 0 ? [before.join('\n')] : []),
      ...lines.slice(list.label, list.end),
      ...(after.length > 0 ? [after.join('\n')] : []),
    ];
  });
}

/**
 * Where in `lines` (block `index` of `blocks`) a teaser list runs to the page's foot ({@link
 * splitFootTeaserLists}): its label's index and the index after its last teaser; else null.
 */
function footList(
  lines: readonly string[],
  blocks: readonly string[],
  index: number,
): { label: number; end: number } | null {
  const label = lines.findIndex(isTeaserListLabel);
  if (label === -1) return null;
  const first = lines[label] ?? '';
  let end = label + 1;
  while (end < lines.length && teaserKind(first, lines[end] ?? '') !== null) end++;
  if (end === label + 1 || !isFooterBlock(lines.slice(end))) return null;
  return blocks.slice(index + 1).every((below) => isFooterBlock(linesOf(below)))
    ? { label, end }
    : null;
}

/**
 * The teaser lists among an article's blocks (see the file header): for each block of a list,
 * by index, its lines dropped (the label as navigation, the teasers as links). Only after
 * prose: a label above the article's first paragraph is no list of other pages.
 *
 * @example
 * teaserLists(['Pier reopens after repairs, the board said.', 'More from News', 'Bypass works start'])
 * // Map { 1 => [{ line: 'More from News', reason: 'navigation' }], 2 => [{ line: 'Bypass works start', reason: 'link to another page' }] }
 */
export function teaserLists(blocks: readonly string[]): Map<number, DroppedLine[]> {
  const lists = new Map<number, DroppedLine[]>();
  let seenProse = false;
  for (let i = 0; i < blocks.length; i++) {
    const lines = linesOf(blocks[i] ?? '');
    const label = lines[0];
    if (seenProse && lines.length === 1 && label !== undefined && isTeaserListLabel(label)) {
      let end = i + 1;
      let scan = i + 1;
      let sentences = false;
      while (scan < blocks.length && scan - i <= MAX_TEASERS) {
        // A line of the page's furniture among the teasers ("Posted in Local News", a post's
        // footer between its related links and its comment form) goes on with the list, but
        // only a teaser at or below it takes it in: at the end, it is read by its own rule.
        const kinds = linesOf(blocks[scan] ?? '').map(
          (line) =>
            teaserKind(label, line) ??
            (furnitureReason(line, { standalone: true }) === null ? null : 'furniture'),
        );
        if (kinds.length === 0 || kinds.includes(null)) break;
        sentences ||= kinds.includes('sentence');
        scan++;
        if (kinds.some((kind) => kind !== 'furniture')) end = scan;
      }
      const next = end < blocks.length ? linesOf(blocks[end] ?? '') : [];
      if (end > i + 1 && (!sentences || isFooterBlock(next))) {
        lists.set(i, [{ line: label, reason: 'navigation' }]);
        for (let j = i + 1; j < end; j++)
          lists.set(
            j,
            linesOf(blocks[j] ?? '').map((line) => ({
              line,
              reason:
                teaserKind(label, line) === null
                  ? (furnitureReason(line, { standalone: true }) ?? 'link to another page')
                  : 'link to another page',
            })),
          );
        i = end - 1;
        continue;
      }
    }
    // A hard-wrapped paragraph is prose though each of its lines is short.
    if (paragraphKind(lines.join(' ')) === 'body') seenProse = true;
  }
  return lists;
}
