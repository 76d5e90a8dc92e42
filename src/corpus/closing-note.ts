/**
 * A note to readers closing an article after its final thematic break: a newsletter's or a
 * paper's word about itself and how to reach it, set under a rule at the foot of every issue
 * ("---" / "The Beck Valley Bugle is a volunteer-run community newsletter. Got a story? Email
 * editor@…"). It speaks to the reader about the publication, never reports, so it is furniture.
 *
 * Narrow on purpose, since prose may follow a rule too (a Markdown article's last section):
 * only what follows the last thematic break, to the end of the article; at most
 * {@link MAX_NOTE_PARAGRAPHS} short paragraphs (each no longer than a promotion,
 * call-to-action.ts); and one of its sentences is a call to the reader: a newsroom's appeal for
 * stories, a call to subscribe, follow or support (furniture.ts's calls to action, standalone),
 * or an imperative giving only a way to write ("Email editor@bugle.example", a release's "For
 * media enquiries contact the press office on 01632 960 001."). A press release's end mark
 * ("ENDS") sets such a note apart as a rule does. A last section
 * of reporting ("The council meets again on 5 May.") holds no such call and is kept.
 */
import { MAX_PROMOTION_LENGTH } from './call-to-action.js';
import type { DroppedLine } from './extraction.js';
import { furnitureReason, isHorizontalRule } from './furniture.js';
import { blocksOf, type DomNode, type HtmlBlock } from './html-blocks.js';
import { isReleaseEndMark } from './press-release.js';
import { matchesOf } from '../text/matches-of.js';

/** Most paragraphs a closing note has: the publication's line and its call, or one holding both. */
export const MAX_NOTE_PARAGRAPHS = 2;

/** Where each sentence of a paragraph starts: the start, or after a sentence's end and a space. */
const SENTENCE_START = /(?:^|(?<=[.!?…]["”’')\]]*)\s+)(?=\S)/gu;

/**
 * An imperative giving nothing but a way to write or call: "Email editor@bugle.example",
 * "Write to us at letters@…", "Call the newsroom on 01632 960000".
 */
const CONTACT_CALL =
  /^(?:for (?:media|press|further|more) (?:enquiries|inquiries|information),?\s+(?:please\s+)?)?(?:e-?mail|write to|contact|call|text|phone|message)\b(?:\s+(?:us|the (?:newsroom|news desk|newsdesk|editor|editors|team|press office|media team|communications team)))?(?:\s+(?:at|on|via))?\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ]{7,14}\d)\s*[.!]?$/i;

/** True for a sentence (with what follows it in its paragraph) that calls on the reader. */
function callsOnReader(rest: string): boolean {
  return (
    furnitureReason(rest, { standalone: true }) === 'call to action' ||
    CONTACT_CALL.test(rest.trim())
  );
}

/**
 * True when `paragraphs` (what follows an article's last thematic break, each paragraph's lines
 * joined by a space) are a note to readers: see the file header.
 *
 * @example
 * isClosingNote(['The Bugle is a volunteer-run newsletter. Got a story? Email editor@bugle.example']) // true
 * isClosingNote(['The council meets again on 5 May.']) // false
 */
export function isClosingNote(paragraphs: readonly string[]): boolean {
  if (
    paragraphs.length === 0 ||
    paragraphs.length > MAX_NOTE_PARAGRAPHS ||
    paragraphs.some((paragraph) => paragraph.length > MAX_PROMOTION_LENGTH)
  )
    return false;
  return paragraphs.some((paragraph) => callOnReaderStart(paragraph) >= 0);
}

/** A sentence ending in a full stop (or an ellipsis), closing quotes and brackets aside. */
const STATEMENT_END = /[.…]["”’')\]]*\s*$/u;

/**
 * Where in `paragraph` the first sentence calling on the reader starts, that sentence and what
 * follows it being the call ("Media enquiries: press@…" after "Kestrel Buses runs 140 buses."):
 * its index, or -1 when no sentence calls on the reader. What comes before it is the
 * paragraph's own statement, not the call. A rule may find a call anywhere in its line ("If you
 * value local news, please chip in"), so a sentence ending in a full stop that is no call by
 * itself, before a rest that is still a call, is a statement and not the call's start ("The
 * plant reopens on Monday. If you value local news, …"); a question before the call opens it
 * ("Got a story? Email …").
 */
export function callOnReaderStart(paragraph: string): number {
  // Each sentence from its first word: the spaces a sentence start matches are no part of it.
  const starts = Array.from(matchesOf(paragraph, SENTENCE_START), (m) => m.index + m[0].length);
  for (const [i, from] of starts.entries()) {
    if (!callsOnReader(paragraph.slice(from))) continue;
    const next = starts[i + 1];
    const sentence = next === undefined ? '' : paragraph.slice(from, next);
    const statement =
      next !== undefined &&
      STATEMENT_END.test(sentence) &&
      !callsOnReader(sentence.trim()) &&
      callsOnReader(paragraph.slice(next));
    if (!statement) return from;
  }
  return -1;
}

/**
 * True for a line setting a closing note apart: a thematic break ("---") or a press release's
 * end mark ("ENDS"), under which come the notes for journalists and the media contact.
 */
export function isClosingBreak(line: string): boolean {
  return isHorizontalRule(line) || isReleaseEndMark(line);
}

/**
 * Where the closing note of a plain text starts (see the file header): the index in `lines` of
 * the thematic break ("---", "* * *") above it, or -1 when the text ends in none.
 *
 * @example
 * closingNoteStart(['The pool closed.', '', '---', '', 'Got a story? Email news@post.example']) // 2
 */
export function closingNoteStart(lines: readonly string[]): number {
  let rule = -1;
  for (let i = lines.length - 1; i >= 0; i -= 1)
    if (isClosingBreak(lines[i] ?? '')) {
      rule = i;
      break;
    }
  if (rule < 0) return -1;
  const paragraphs = lines
    .slice(rule + 1)
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim().replace(/\s*\n\s*/g, ' '))
    .filter((paragraph) => paragraph.length > 0);
  return isClosingNote(paragraphs) ? rule : -1;
}

const ELEMENT_NODE = 1;

/**
 * The top-level nodes of a rendered Markdown file without the closing note under its last
 * thematic break (`<hr>`; see the file header), and the note's lines, dropped as 'note to
 * readers'. Unchanged when it ends in none. With `readNotes` (a press release's: release-notes.ts
 * readNoteBlocks), the note's blocks are read as its notes: what they keep is `kept`, one
 * paragraph each, to follow the article.
 */
export function withoutClosingNote(
  nodes: readonly DomNode[],
  readNotes?: (blocks: readonly string[]) => { kept: string[]; dropped: DroppedLine[] },
): {
  article: readonly DomNode[];
  dropped: DroppedLine[];
  kept: string[];
} {
  let rule = -1;
  for (let i = nodes.length - 1; i >= 0; i -= 1)
    if (nodes[i]?.nodeType === ELEMENT_NODE && nodes[i]?.nodeName.toUpperCase() === 'HR') {
      rule = i;
      break;
    }
  if (rule < 0) return { article: nodes, dropped: [], kept: [] };
  const blocks = nodes.slice(rule + 1).flatMap((node) => blocksOf(node));
  if (!isClosingNote(blocks.map((block) => block.text.replace(/\n/g, ' '))))
    return { article: nodes, dropped: [], kept: [] };
  if (readNotes !== undefined)
    return { article: nodes.slice(0, rule), ...readNotes(blocks.map((block) => block.text)) };
  const dropped = blocks
    .flatMap((block) => block.text.split('\n'))
    .filter((line) => line.length > 0)
    .map((line): DroppedLine => ({ line, reason: 'note to readers' }));
  return { article: nodes.slice(0, rule), dropped, kept: [] };
}

/**
 * Where the closing note of an HTML page's article body starts: the index in `blocks` of the
 * first block after its last thematic break (`rules`, html-blocks.ts blocksAndRules: an `<hr>`
 * however deep, as Readability nests the body in its own elements), when the blocks from there
 * to the end are a note to readers (see the file header); else `blocks.length`.
 *
 * @example
 * closingNoteBlock(blocksAndRules(parseHTML('<div><p>The pool closed.</p><hr>' +
 *   '<p>Got a story? Email news@post.example</p></div>').document.body)) // 1
 */
export function closingNoteBlock(page: {
  blocks: readonly HtmlBlock[];
  rules: readonly number[];
}): number {
  const { blocks, rules } = page;
  const rule = rules[rules.length - 1];
  if (rule === undefined || rule >= blocks.length) return blocks.length;
  const note = blocks.slice(rule).map((block) => block.text.replace(/\n/g, ' '));
  return isClosingNote(note) ? rule : blocks.length;
}
