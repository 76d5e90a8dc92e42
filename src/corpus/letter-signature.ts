/**
 * A letter's complimentary close and the signature block under it, after the body: "Best
 * wishes," over the writer's name and title ("Tom Reddy" / "Chair, Anyvale Rowing Club"). A
 * letter ends in these parts after its body (The Gregg Reference Manual, W. A. Sabin, on the parts
 * of a business letter: the complimentary closing, then the writer's name and title under the
 * signature): they say who signs, never report, so none is quoted. A close with its signature on
 * its own line ("Yours, a regular visitor from Tarnbridge", a reader's letter as a paper prints it)
 * is a line of the letter and stays; so does a close with prose under it. A signed letter or
 * newsletter piece is by its signatory: a personal name signing it is the author when no prose
 * follows it, unless a byline names one or the text names the signatory again (a letter quoted
 * in someone else's report: "Ms Treloar wrote to residents …", not the signatory's report).
 */
import { isBareName } from './byline.js';
import { isBareClose } from './letter-close.js';
import { escapeRegExp } from '../text/escape.js';
import { drop, type LineRule } from './read-state.js';
import { SENTENCE_END } from './sentence-end.js';
import { MAX_SIGNATURE_LINES, MAX_SIGNATURE_LINE_LENGTH } from './signature.js';

/** Most words in the writer's name, the signature's first line ("Tom Reddy", "Dr Ana de la Cruz"). */
const MAX_NAME_WORDS = 6;

/**
 * True when `lines` are a signature block: at most {@link MAX_SIGNATURE_LINES} short lines (as a
 * signature under "-- " is: signature.ts), none ending a sentence, the first a name's length.
 */
export function isSignatureBlock(lines: readonly string[]): boolean {
  const [name] = lines;
  return (
    name !== undefined &&
    lines.length <= MAX_SIGNATURE_LINES &&
    name.split(/\s+/).length <= MAX_NAME_WORDS &&
    lines.every((line) => line.length <= MAX_SIGNATURE_LINE_LENGTH && !SENTENCE_END.test(line))
  );
}

/**
 * After the body, a complimentary close alone on its line ("Best wishes,") with a signature block
 * under it ({@link isSignatureBlock}), in its block or, the close alone there, the next block's
 * lines: the close and each line of the signature are dropped as the signature block.
 */
export const readLetterSignature: LineRule = (state, block, line, lineIndex) => {
  if (state.signature.length > 0) {
    if (state.signature[0] === line) {
      state.signature.shift();
      drop(state, line, 'signature block');
      return true;
    }
    state.signature = [];
  }
  if (!state.seenBody || !isBareClose(line)) return false;
  const under = block.lines.slice(lineIndex + 1);
  const signature = under.length > 0 ? under : [...(block.belowLines ?? [])];
  if (!isSignatureBlock(signature)) return false;
  state.signature = signature;
  const [name] = signature;
  const text = state.articleText();
  if (
    name !== undefined &&
    isBareName(name) &&
    !namedInText(text, signature) &&
    closesText(text, signature)
  ) {
    state.author ??= name.trim();
  }
  drop(state, line, 'signature block');
  return true;
};

/**
 * True when no prose follows the signature in `text` (no later line ends a sentence): the signed
 * piece is the whole article. A newsletter whose signed message is followed by another item
 * ("Volunteer days: our regular days are suspended …") or by a footer's sentences holds more than
 * the signatory's piece, and who wrote the rest is not stated, so the signatory is not its author.
 */
function closesText(text: string, signature: readonly string[]): boolean {
  const last = signature[signature.length - 1]?.trim();
  const at = last === undefined ? -1 : text.lastIndexOf(last);
  if (at < 0) return false;
  return !text
    .slice(at + (last?.length ?? 0))
    .split('\n')
    .some((line) => SENTENCE_END.test(line.trim()));
}

/**
 * True when `text`, outside the signature's own lines, names the signatory by surname (the last
 * word of its first line, in its own case, as a whole word): the text reports on the signatory.
 */
function namedInText(text: string, signature: readonly string[]): boolean {
  const surname = signature[0]?.trim().split(/\s+/).at(-1);
  if (surname === undefined) return false;
  const own = new Set(signature.map((line) => line.trim()));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`, 'u');
  return text.split('\n').some((line) => !own.has(line.trim()) && pattern.test(line));
}
