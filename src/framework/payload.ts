/**
 * The reply payload every command returns: a plain, JSON-serialisable object in Discord's wire
 * shape (snake_case component fields), so the bot, the console and the stand-in server all read
 * the same thing. Every reply is built through {@link reply}, which makes mentions inert.
 */
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';

/** One embed field. Discord requires both name and value to be non-empty. */
export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

/** The subset of Discord's embed this bot uses. */
export interface Embed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  author?: { name: string };
  fields?: EmbedField[];
  footer?: { text: string };
}

/** A button that sends an interaction back with its `custom_id`. */
export interface Button {
  type: ComponentType.Button;
  style: ButtonStyle.Primary | ButtonStyle.Secondary;
  label: string;
  custom_id: string;
  disabled?: boolean;
}

/** A row of up to five buttons. */
export interface ActionRow {
  type: ComponentType.ActionRow;
  components: Button[];
}

/** Which mentions may ping: none, except users explicitly listed (see `/ask mention`). */
export interface AllowedMentions {
  parse: [];
  users?: string[];
}

/**
 * A picture attached to a reply, given as SVG: each front end turns it into what it can show
 * (the bot renders a PNG with src/chart off the event loop; the console prints the alt text), so
 * commands stay synchronous and payloads stay plain JSON.
 */
export interface ReplyFile {
  /** The file name Discord shows, ending in `.png`. */
  name: string;
  /** Alt text: Discord's attachment `description`, at most 1,024 characters. */
  description: string;
  /** The picture as a complete SVG document. */
  svg: string;
}

/** A reply, ready for `interaction.reply`, `editReply`, `update` or the console. */
export interface ReplyPayload {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  /** Pictures to attach (at most 10). */
  files?: ReplyFile[];
  flags?: number;
  allowedMentions: AllowedMentions;
}

/** Options of {@link reply}. */
export interface ReplyOptions {
  /** Only the person who ran the command sees the reply. */
  ephemeral?: boolean;
  /** The one user this reply may ping (the `/ask mention` option). */
  pingUser?: string;
}

/**
 * Builds a reply. The only way commands make payloads: it sets `allowedMentions: { parse: [] }`
 * so "@everyone", role and user mentions in a quote or a question never ping, allowing only
 * `pingUser` when given.
 */
export function reply(
  body: Omit<ReplyPayload, 'allowedMentions' | 'flags'>,
  options: ReplyOptions = {},
): ReplyPayload {
  const payload: ReplyPayload = {
    ...body,
    allowedMentions: options.pingUser ? { parse: [], users: [options.pingUser] } : { parse: [] },
  };
  if (options.ephemeral) payload.flags = MessageFlags.Ephemeral;
  return payload;
}

/** A short reply only its recipient sees: for errors, refusals and expired buttons. */
export function hiddenNotice(text: string): ReplyPayload {
  return reply({ content: text }, { ephemeral: true });
}

/** True when the payload is marked ephemeral. */
export function isEphemeral(payload: Pick<ReplyPayload, 'flags'>): boolean {
  return ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

/** A button of the given style; `disabled` only when true, to keep payloads small. */
export function button(
  label: string,
  customId: string,
  options: { primary?: boolean; disabled?: boolean } = {},
): Button {
  const b: Button = {
    type: ComponentType.Button,
    style: options.primary ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label,
    custom_id: customId,
  };
  if (options.disabled) b.disabled = true;
  return b;
}

/** Groups buttons into rows of at most `perRow`. */
export function rows(buttons: Button[], perRow: number): ActionRow[] {
  const out: ActionRow[] = [];
  for (let i = 0; i < buttons.length; i += perRow) {
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + perRow) });
  }
  return out;
}

/** The same rows with every button disabled: what an expired message shows. */
export function disableAll(components: readonly ActionRow[]): ActionRow[] {
  return components.map((row) => ({
    ...row,
    components: row.components.map((b) => ({ ...b, disabled: true })),
  }));
}
