/**
 * What a slash-command module in `commands/` exports, and what its handlers receive. Command
 * modules are pure: options in, a {@link ReplyPayload} out. Sending it is the adapter's job
 * (the gateway bot, the local console).
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { z } from 'zod';
import type { Engine } from '../engine/types.js';
import type { ButtonId } from './custom-id.js';
import type { ReplyPayload } from './payload.js';
import type { StateCache } from './state-cache.js';

/** What every handler of a command gets. */
export interface CommandContext {
  engine: Engine;
  /** The user who ran the command or pressed the button. */
  userId: string;
  /** This command's own store of recent query state, for its buttons. */
  state: StateCache<unknown>;
}

/** The result of a button press: replace the message it is on, or answer only the presser. */
export type PressResult =
  { kind: 'update'; payload: ReplyPayload } | { kind: 'reply'; payload: ReplyPayload };

/** An autocomplete choice. */
export interface Choice {
  name: string;
  value: string;
}

/** A slash command: its definition for Discord and its handlers. */
export interface Command<Options = unknown> {
  /** The definition registered with Discord (and read by the console to parse options). */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Checks and types the options Discord (or the console) sent. */
  options: z.ZodType<Options>;
  /** Turns parsed options into a reply. Never throws on user input. */
  run(ctx: CommandContext, options: Options): ReplyPayload;
  /** Suggestions for the focused option as the user types. */
  autocomplete?(ctx: CommandContext, focused: { name: string; value: string }): Choice[];
  /** Handles a press on one of this command's buttons; `null` when its state has expired. */
  press?(ctx: CommandContext, id: ButtonId): PressResult | null;
  /** Acknowledge (defer) before running, for commands whose work may take long. */
  defer?: boolean;
}

/** A command whose options type has been erased, as held by the loader and the router. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any>;
