/**
 * A newsroom's appeal for stories closing an article: "Tarnby Lantern is written by volunteers.
 * Got a story? Email news@tarnbylantern.example". The paper speaks to its reader about itself and
 * how to reach it, as a closing note under a rule does (closing-note.ts), and never reports, so it
 * is furniture even with no rule above it, listed as a note to readers. Narrow on purpose: only
 * the article's last line, from the appeal's question ("Got a story?", "Have a news tip?") to its
 * end, short (no longer than a promotion, call-to-action.ts) and giving an address to write to; a
 * sentence reporting an appeal ("The paper asked readers who had a story to email it.") asks no
 * question. What the line says before the question is kept.
 */
import { MAX_PROMOTION_LENGTH } from './call-to-action.js';

/** The appeal's question: "Got a story?", "Have a news tip?", "Do you have a story for us?". */
const APPEAL =
  /(?:^|[.!?]\s+)(?:(?:have you )?got|have|do you have) an? (?:news )?(?:story|tip|tip-off)(?: for us)?\?/i;
/** An address to write to: an e-mail address. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * The article's closing appeal for stories (see the file header), read from its last line: the
 * index of that line in `lines`, what it keeps before the appeal's question ("Tarnby Lantern is
 * written by volunteers.", a statement of the paper's, kept as text; "" when the line is all
 * appeal) and the appeal itself, dropped. Null when the last line holds none, or when it is the
 * article's only text.
 *
 * @example
 * storyAppeal(['The pool closed.', '', 'Got a story? Email news@post.example'])
 * // { index: 2, kept: '', appeal: 'Got a story? Email news@post.example' }
 */
export function storyAppeal(
  lines: readonly string[],
): { index: number; kept: string; appeal: string } | null {
  let index = lines.length - 1;
  while (index >= 0 && (lines[index] ?? '').trim() === '') index -= 1;
  const line = (lines[index] ?? '').trim();
  const question = APPEAL.exec(line);
  if (index <= 0 || question === null) return null;
  const at = question.index + (/^[.!?]/.test(question[0]) ? 1 : 0);
  const kept = line.slice(0, at).trim();
  const appeal = line.slice(at).trim();
  if (appeal.length > MAX_PROMOTION_LENGTH || !ADDRESS.test(appeal)) return null;
  return { index, kept, appeal };
}
