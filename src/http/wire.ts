/**
 * Discord's wire shapes for the HTTP endpoint: the incoming interaction (checked with zod) and
 * the outgoing message body (snake_case, as the REST API takes it).
 */
import { z } from 'zod';
import type { TargetMessage } from '../framework/command.js';
import type { ReplyPayload } from '../framework/payload.js';
import type { RawOptions } from '../framework/router.js';

/** Interaction types (Discord API docs, "Interaction Object > Interaction Type"). */
export const InteractionType = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  ApplicationCommandAutocomplete: 4,
} as const;

/** Interaction callback types (Discord API docs, "Interaction Response Object"). */
export const CallbackType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
} as const;

const user = z.object({ id: z.string().regex(/^\d{1,20}$/) }).loose();
const option = z
  .object({
    name: z.string().max(32),
    type: z.number().int(),
    value: z.union([z.string().max(6_000), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
  })
  .loose();

/** The fields of an interaction this endpoint reads; anything else is passed over. */
export const interactionSchema = z
  .object({
    id: z.string().regex(/^\d{1,20}$/),
    application_id: z.string().regex(/^\d{1,20}$/),
    type: z.number().int(),
    token: z.string().min(1).max(500),
    data: z
      .object({
        name: z.string().max(32).optional(),
        options: z.array(option).max(25).optional(),
        custom_id: z.string().max(100).optional(),
      })
      .loose()
      .optional(),
    member: z.object({ user }).loose().optional(),
    user: user.optional(),
    message: z
      .object({
        components: z.array(z.unknown()).max(5).optional(),
        interaction_metadata: z.object({ id: z.string() }).loose().optional(),
      })
      .loose()
      .optional(),
  })
  .loose()
  // Discord sends the member in a server and the user in DMs: one of them on all but a PING.
  .refine(
    (i) => i.type === InteractionType.Ping || i.member !== undefined || i.user !== undefined,
    'no member or user',
  );

/** A checked interaction. */
export type WireInteraction = z.infer<typeof interactionSchema>;

/** The user who sent the interaction (a member in a server, a user in DMs). */
export function userIdOf(interaction: WireInteraction): string {
  return (interaction.member?.user ?? interaction.user)!.id;
}

/** A command's top-level option values by name, and which one is focused (autocomplete). */
export function optionsOf(interaction: WireInteraction): {
  raw: RawOptions;
  focused: { name: string; value: string } | null;
} {
  const raw: RawOptions = {};
  let focused: { name: string; value: string } | null = null;
  for (const o of interaction.data?.options ?? []) {
    if (o.value === undefined) continue;
    raw[o.name] = o.value;
    if (o.focused) focused = { name: o.name, value: String(o.value) };
  }
  return { raw, focused };
}

/**
 * For a message context-menu command (data.type 3), the message it was run on, as Discord
 * resolves it in `data.resolved.messages[data.target_id]`; null for anything else.
 */
export function targetMessageOf(interaction: WireInteraction): TargetMessage | null {
  const data = interaction.data as
    | {
        type?: number;
        target_id?: string;
        resolved?: { messages?: Record<string, { id?: string; content?: string }> };
      }
    | undefined;
  if (data?.type !== 3 || typeof data.target_id !== 'string') return null;
  const message = data.resolved?.messages?.[data.target_id];
  if (!message) return null;
  return {
    id: data.target_id,
    content: typeof message.content === 'string' ? message.content : '',
  };
}

/** A reply in the REST API's shape (pictures are not sent over HTTP: see README, Operations). */
export function messageBody(payload: ReplyPayload): Record<string, unknown> {
  const body: Record<string, unknown> = { allowed_mentions: payload.allowedMentions };
  if (payload.content !== undefined) body.content = payload.content;
  if (payload.embeds !== undefined) body.embeds = payload.embeds;
  if (payload.components !== undefined) body.components = payload.components;
  if (payload.flags !== undefined) body.flags = payload.flags;
  return body;
}
