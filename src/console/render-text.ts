/**
 * Shows a reply payload as readable terminal text: embeds as blocks, markdown undone (links as
 * "text <url>", escapes removed), buttons as key prompts such as "[n] Next ▶  [p] ◀ Previous".
 */
import type { AnswerAction } from '../framework/answer-flow.js';
import { decodeButtonId } from '../framework/custom-id.js';
import type { Button, ReplyPayload } from '../framework/payload.js';
import { isEphemeral } from '../framework/payload.js';
import { MAX_ACTION_ROWS, MAX_BUTTONS_PER_ROW } from '../framework/limits.js';
import { markOf, VERDICTS } from '../framework/render/report.js';

/** A payload rendered for the terminal, and which typed key presses which button. */
export interface TextReply {
  text: string;
  keys: Map<string, string>;
}

/** Options of {@link renderText}. */
export interface TextOptions {
  /** Show bold as ANSI bold (for a terminal); otherwise the `**` are dropped. */
  ansi?: boolean;
}

/**
 * One piece of the markdown the bot writes, tried left to right at each position: a backslash
 * escape first (so an escaped `*`, `` ` `` or `[` is never read as markup), then a link
 * `[label](url)`, bold `**…**`, or a code span `` `…` `` (its text literal, as Discord shows it).
 */
const MARKUP = /\\([\s\S])|\[((?:\\.|[^\]\\])*)\]\((\S+?)\)|\*\*((?:\\.|[^*\\])+?)\*\*|`([^`]*)`/g;

/**
 * Turns Discord markdown as the bot writes it into plain text: text escaped with
 * `escapeMarkdown` comes back exactly as typed; links read "label <url>"; bold is ANSI bold
 * with `ansi`, else plain.
 */
export function plainText(markdown: string, options: TextOptions = {}): string {
  const bold = options.ansi ? (s: string) => `\x1b[1m${s}\x1b[22m` : (s: string) => s;
  return markdown.replace(
    MARKUP,
    (
      _m,
      escaped: string | undefined,
      label: string | undefined,
      url: string | undefined,
      strong: string | undefined,
      code: string | undefined,
    ) => {
      if (escaped !== undefined) return escaped;
      if (label !== undefined) return `${plainText(label, options)} <${url}>`;
      if (strong !== undefined) return bold(plainText(strong, options));
      return code ?? '';
    },
  );
}

/**
 * The most buttons a message can carry: 5 action rows of 5 buttons (Discord's component limits),
 * so numbering up to it gives every button a key.
 */
const MAX_KEYS = MAX_ACTION_ROWS * MAX_BUTTONS_PER_ROW;

/** What a typed key looks like: a word (`delete`, `b2`) or a number with an optional letter (`3`, `3w`). */
export const KEY_PATTERN = /^(?:[a-z]{1,12}\d{0,2}|[1-9]\d?[a-z]?)$/i;

/**
 * The key of each answer button, one scheme docs/discord-bot.md's "Local console" describes: a number
 * is always "full passage N", and anything that changes or removes something is a word, so a
 * digit typed for a passage can never delete an answer.
 */
const ANSWER_KEYS: Record<Exclude<AnswerAction, 'page'>, (arg: number) => string> = {
  full: (arg) => String(arg + 1),
  share: () => 'share',
  delete: () => 'delete',
  report: () => 'report',
  // "3w": passage 3, "Wrong source" (the verdict's first letter).
  mark: (arg) => {
    const { index, verdict } = markOf(arg);
    const label = VERDICTS[verdict]?.label ?? '';
    return `${index + 1}${label.charAt(0).toLowerCase()}`;
  },
};

/** The key a button gets: its scheme's key when free, else `b1`, `b2`… */
function keyFor(b: Button, used: Set<string>): string {
  const id = decodeButtonId(b.custom_id);
  const action = id?.action as keyof typeof ANSWER_KEYS | undefined;
  const preferred = /next/i.test(b.label)
    ? 'n'
    : /previous/i.test(b.label)
      ? 'p'
      : id && action && Object.hasOwn(ANSWER_KEYS, action)
        ? ANSWER_KEYS[action](id.arg)
        : undefined;
  if (preferred && !used.has(preferred)) return preferred;
  for (let i = 1; i <= MAX_KEYS; i++) if (!used.has(`b${i}`)) return `b${i}`;
  return '';
}

/** Renders `payload` as text, numbering its enabled buttons as keys. */
export function renderText(payload: ReplyPayload, options: TextOptions = {}): TextReply {
  const lines: string[] = [];
  if (isEphemeral(payload)) lines.push('(only you can see this)');
  if (payload.content) lines.push(plainText(payload.content, options));
  for (const embed of payload.embeds ?? []) {
    lines.push('');
    if (embed.author) lines.push(plainText(embed.author.name, options));
    if (embed.title)
      lines.push(`== ${plainText(embed.title, options)} ==${embed.url ? ` <${embed.url}>` : ''}`);
    if (embed.description) lines.push(plainText(embed.description, options));
    // Discord shows the footer at the card's foot, under the fields; in a run of text lines it
    // would read as the source of the last field's line, so it follows what it belongs to.
    const footer = embed.footer ? [`  -- ${plainText(embed.footer.text, options)}`] : [];
    if (embed.description) lines.push(...footer);
    for (const field of embed.fields ?? []) {
      lines.push(`  ${plainText(field.name, options)}:`);
      for (const l of plainText(field.value, options).split('\n')) lines.push(`    ${l}`);
    }
    if (!embed.description) lines.push(...footer);
  }
  // A terminal cannot show a picture: its alt text says what it shows.
  for (const file of payload.files ?? [])
    lines.push('', `[picture ${file.name}, not shown here: ${file.description}]`);
  const keys = new Map<string, string>();
  const prompts: string[] = [];
  for (const row of payload.components ?? []) {
    for (const b of row.components) {
      if (b.disabled) continue;
      const key = keyFor(b, new Set(keys.keys()));
      if (!key) continue;
      keys.set(key, b.custom_id);
      prompts.push(`[${key}] ${b.label}`);
    }
  }
  if (prompts.length > 0) lines.push('', prompts.join('  '));
  return { text: lines.join('\n'), keys };
}
