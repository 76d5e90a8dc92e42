/**
 * Discord's wire shapes for the HTTP endpoint: the incoming interaction (checked with zod) and
 * the outgoing message body (snake_case, as the REST API takes it).
 */
import { z } from 'zod';
import type { AttachmentRef, Invocation, TargetMessage } from '../framework/command.js';
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
const leafOption = z
  .object({
    name: z.string().max(32),
    type: z.number().int(),
    value: z.union([z.string().max(6_000), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
  })
  .loose();
/** A top-level option: a value, or a subcommand (type 1) holding its own options. */
const option = leafOption.extend({ options: z.array(leafOption).max(25).optional() });

/** Discord's type of a subcommand option (API docs, "Application Command Option Type"). */
const SUBCOMMAND = 1;

/** A file in `data.resolved.attachments` (API docs, "Attachment Object"). */
const attachment = z
  .object({
    id: z.string().regex(/^\d{1,20}$/),
    filename: z.string().max(1_024),
    size: z.number().int().nonnegative(),
    url: z.string().max(4_096),
    content_type: z.string().max(255).optional(),
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
        resolved: z
          .object({ attachments: z.record(z.string(), attachment).optional() })
          .loose()
          .optional(),
      })
      .loose()
      .optional(),
    member: z
      .object({
        user,
        permissions: z
          .string()
          .regex(/^\d{1,40}$/)
          .optional(),
      })
      .loose()
      .optional(),
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
  const take = (o: z.infer<typeof leafOption>) => {
    if (o.value === undefined) return;
    raw[o.name] = o.value;
    if (o.focused) focused = { name: o.name, value: String(o.value) };
  };
  for (const o of interaction.data?.options ?? []) {
    if (o.type === SUBCOMMAND) {
      // `/corpus add file:…` arrives as { subcommand: 'add', file: … }, as over the gateway.
      raw.subcommand = o.name;
      for (const inner of o.options ?? []) take(inner);
    } else take(o);
  }
  return { raw, focused };
}

/**
 * Who ran the command, their permissions in the channel (`member.permissions`, a decimal
 * bit set; null outside a server) and the files attached to it, as plain data for the runner.
 */
export function invocationOf(interaction: WireInteraction): Invocation {
  const attachments: Record<string, AttachmentRef> = {};
  for (const [id, a] of Object.entries(interaction.data?.resolved?.attachments ?? {})) {
    attachments[id] = {
      id,
      filename: a.filename,
      size: a.size,
      url: a.url,
      contentType: a.content_type ?? null,
    };
  }
  const member = interaction.member;
  const name = (member?.user ?? interaction.user)?.username;
  return {
    userId: userIdOf(interaction),
    ...(typeof name === 'string' ? { userName: name } : {}),
    memberPermissions: member ? BigInt(member.permissions ?? '0') : null,
    attachments,
  };
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

/** A reply in the REST API's shape, without its pictures (they go over REST as files: see ./files.ts). */
export function messageBody(payload: ReplyPayload): Record<string, unknown> {
  const body: Record<string, unknown> = { allowed_mentions: payload.allowedMentions };
  if (payload.content !== undefined) body.content = payload.content;
  if (payload.embeds !== undefined) body.embeds = payload.embeds;
  if (payload.components !== undefined) body.components = payload.components;
  if (payload.flags !== undefined) body.flags = payload.flags;
  return body;
}
