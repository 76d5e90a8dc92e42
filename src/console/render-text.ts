/**
 * Shows a reply payload as readable terminal text: embeds as blocks, markdown undone (links as
 * "text <url>", escapes removed), buttons as key prompts such as "[n] Next ▶  [p] ◀ Previous".
 */
import type { ReplyPayload } from '../framework/payload.js';
import { isEphemeral } from '../framework/payload.js';
import { MAX_ACTION_ROWS, MAX_BUTTONS_PER_ROW } from '../framework/limits.js';

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

function keyFor(label: string, used: Set<string>): string {
  const preferred = /next/i.test(label) ? 'n' : /previous/i.test(label) ? 'p' : undefined;
  if (preferred && !used.has(preferred)) return preferred;
  for (let i = 1; i <= MAX_KEYS; i++) if (!used.has(String(i))) return String(i);
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
    for (const field of embed.fields ?? []) {
      lines.push(`  ${plainText(field.name, options)}:`);
      for (const l of plainText(field.value, options).split('\n')) lines.push(`    ${l}`);
    }
    if (embed.footer) lines.push(`  -- ${plainText(embed.footer.text, options)}`);
  }
  // A terminal cannot show a picture: its alt text says what it shows.
  for (const file of payload.files ?? [])
    lines.push('', `[picture ${file.name}, not shown here: ${file.description}]`);
  const keys = new Map<string, string>();
  const prompts: string[] = [];
  for (const row of payload.components ?? []) {
    for (const b of row.components) {
      if (b.disabled) continue;
      const key = keyFor(b.label, new Set(keys.keys()));
      if (!key) continue;
      keys.set(key, b.custom_id);
      prompts.push(`[${key}] ${b.label}`);
    }
  }
  if (prompts.length > 0) lines.push('', prompts.join('  '));
  return { text: lines.join('\n'), keys };
}
