/**
 * The "Report a passage" menu: a hidden message listing the answer's passages, each with
 * "Doesn't answer" and "Wrong source" buttons. What a press stores is said on the menu.
 */
import type { Answer } from '../../engine/types.js';
import type { FeedbackEntry } from '../command.js';
import { MAX_ACTION_ROWS, MAX_EMBED_DESCRIPTION } from '../limits.js';
import type { ActionRow, ReplyPayload } from '../payload.js';
import { button, reply, rows } from '../payload.js';
import { fitEscaped, fitQuote, truncate } from '../text.js';
import { COLOR_LIST } from './common.js';
import { shownPassages } from './answer.js';
import { titleText } from './source.js';

/** The two verdicts, in button order, with their labels. */
export const VERDICTS: ReadonlyArray<{ verdict: FeedbackEntry['verdict']; label: string }> = [
  { verdict: 'does-not-answer', label: 'Doesn’t answer' },
  { verdict: 'wrong-source', label: 'Wrong source' },
];

/**
 * The number a mark button carries for passage `index` (0-based) and verdict number `verdict`
 * (an index into {@link VERDICTS}); {@link markOf} reads it back.
 */
export function markArg(index: number, verdict: number): number {
  return index * VERDICTS.length + verdict;
}

/** The passage index (0-based) and verdict number a mark button's number stands for. */
export function markOf(arg: number): { index: number; verdict: number } {
  return { index: Math.floor(arg / VERDICTS.length), verdict: arg % VERDICTS.length };
}

/** custom_id of the button marking passage `index` with verdict number `verdict` (an index into {@link VERDICTS}). */
export type MarkControl = (index: number, verdict: number) => string;

/** What a press on a verdict button stores, said where people press. */
export const FEEDBACK_PRIVACY =
  'A mark keeps only the question and where the passage is in its article: no names, no other text.';

/**
 * The menu for `answer`. `marked` lists the "index:verdict" pairs already pressed in this menu
 * (their buttons show as done); `note` is shown above (e.g. a thank-you).
 */
export function renderReportMenu(
  answer: Answer,
  mark: MarkControl,
  marked: ReadonlySet<string> = new Set(),
  note?: string,
): ReplyPayload {
  const passages = shownPassages(answer).slice(0, MAX_ACTION_ROWS);
  const lines = passages.map(
    (p, i) =>
      `**${i + 1}.** ${fitQuote(p.quote, [], 90).text} — ${fitEscaped(titleText(p.source), 80)}`,
  );
  const components: ActionRow[] = passages.flatMap((_p, i) =>
    rows(
      VERDICTS.map((v, k) =>
        button(`${i + 1}: ${v.label}`, mark(i, k), { disabled: marked.has(`${i}:${k}`) }),
      ),
      VERDICTS.length,
    ),
  );
  const payload = reply(
    {
      content: note ?? 'Which passage is wrong? Mark it, and the team will review it.',
      embeds: [
        {
          title: 'Report a passage',
          description: truncate(
            `${lines.join('\n')}\n\n${FEEDBACK_PRIVACY}`,
            MAX_EMBED_DESCRIPTION,
          ),
          color: COLOR_LIST,
        },
      ],
    },
    { ephemeral: true },
  );
  if (components.length > 0) payload.components = components;
  return payload;
}
