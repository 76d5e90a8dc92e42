/**
 * What a command module in `commands/` exports, and what its handlers receive. Command modules
 * are pure: options (or the message right-clicked) in, a {@link ReplyPayload} out. Sending it is
 * the adapter's job (the gateway bot, the local console). Define one with {@link defineCommand}
 * or {@link defineMessageCommand}; the definition Discord registers is derived, never written.
 */
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import type {
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { CorpusAdmin } from '../engine/corpus-admin.js';
import type { Engine } from '../engine/types.js';
import type { FeedbackEntry } from '../feedback/log.js';
import type { AttachmentFetcher } from './attachment.js';
import type { ButtonId } from './custom-id.js';
import type { OptionSpecs, OptionsOf } from './options.js';
import { slashCommandData } from './options.js';
import type { ReplyPayload } from './payload.js';
import type { StateCache } from './state-cache.js';

/** A file attached to a command, as Discord describes it in `data.resolved.attachments`. */
export interface AttachmentRef {
  id: string;
  filename: string;
  /** Size in bytes, as Discord states it. */
  size: number;
  /** Where Discord serves the file. */
  url: string;
  /** Media type as Discord guessed it, if it did. */
  contentType: string | null;
}

/** What the adapter knows about one invocation beyond its options. */
export interface Invocation {
  /** The user who ran the command or pressed the button. */
  userId: string;
  /** The user's name, for audit logs. */
  userName?: string;
  /**
   * The member's permissions in the channel, as the interaction states them (Discord's
   * permission bits); null outside a server, absent where there are none (the console).
   */
  memberPermissions?: bigint | null;
  /** Attachments sent with the command, by id. */
  attachments?: Readonly<Record<string, AttachmentRef>>;
}

/** Services beyond the engine, provided by the process that runs the commands. */
export interface CommandServices {
  /** Managing the corpus folder (`/corpus`); absent where the process does not manage one. */
  corpus?: CorpusAdmin;
  /** Downloads an attachment Discord described (see attachment.ts); absent in the console. */
  fetchAttachment?: AttachmentFetcher;
}

/** What every handler of a command gets. */
export interface CommandContext extends Invocation {
  engine: Engine;
  /** The user who ran the command or pressed the button. */
  userId: string;
  /** Services beyond the engine, when this process provides them. */
  services?: CommandServices;
  /** This command's own store of recent query state, for its buttons. */
  state: StateCache<unknown>;
  /** Where feedback on passages goes; absent where the adapter keeps none. */
  feedback?: FeedbackSink;
}

export type { FeedbackEntry } from '../feedback/log.js';

/** Receives a person's verdict on a passage (src/feedback/log.ts keeps them). */
export interface FeedbackSink {
  record(entry: FeedbackEntry): void;
}

/**
 * The result of a button press: replace the message it is on, answer the presser (hidden or
 * public, as the payload's flags say), or delete the message it is on.
 */
export type PressResult =
  | { kind: 'update'; payload: ReplyPayload }
  | { kind: 'reply'; payload: ReplyPayload }
  | { kind: 'delete' };

/** An autocomplete choice. */
export interface Choice {
  name: string;
  value: string;
}

/** The message a context-menu command was run on, as Discord resolves it in the interaction. */
export interface TargetMessage {
  id: string;
  content: string;
}

interface CommandBase {
  /**
   * The short name custom ids, the state cache and the file name use: the slash command's name,
   * or the context-menu name in lowercase with hyphens ("Find in coverage" → find-in-coverage).
   */
  key: string;
  /** Handles a press on one of this command's buttons; `null` when its state has expired. */
  press?(ctx: CommandContext, id: ButtonId): PressResult | null;
  /** Every reply, deferral included, is shown only to the user who ran the command. */
  ephemeral?: boolean;
  /**
   * A service the command does nothing useful without: where the process lacks it (the local
   * console has none), the command is not listed among those to try.
   */
  needs?: keyof CommandServices;
}

/** A slash command: its options, defined once, and its handlers. */
export interface SlashCommand<S extends OptionSpecs = OptionSpecs> extends CommandBase {
  kind: 'slash';
  /** The definition registered with Discord, derived from `options`. */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** The options, from which both `data` and the validation come. */
  options: S;
  /**
   * Turns validated options into a reply. Never throws on user input. A command whose work
   * waits on I/O returns a promise; the adapters await it (see CommandRouter.dispatch).
   */
  run(ctx: CommandContext, options: OptionsOf<S>): ReplyPayload | Promise<ReplyPayload>;
  /** Suggestions for the focused option as the user types. */
  autocomplete?(ctx: CommandContext, focused: { name: string; value: string }): Choice[];
}

/** A message context-menu command (right-click a message → Apps). */
export interface MessageCommand extends CommandBase {
  kind: 'message';
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  /** Turns the message into a reply. Never throws on user input. */
  run(ctx: CommandContext, message: TargetMessage): ReplyPayload;
}

/** Any command, as held by the loader and the router. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = SlashCommand<any> | MessageCommand;

/** Defines a slash command; its Discord definition is built (and checked) from `options`. */
export function defineCommand<S extends OptionSpecs>(
  command: Omit<SlashCommand<S>, 'kind' | 'key' | 'data'> & { name: string; description: string },
): SlashCommand<S> {
  const { name, description, ...rest } = command;
  return {
    ...rest,
    kind: 'slash',
    key: name,
    data: slashCommandData(name, description, rest.options),
  };
}

/** Defines a message context-menu command named `name` as Discord shows it (1–32 characters). */
export function defineMessageCommand(
  command: Omit<MessageCommand, 'kind' | 'key' | 'data'> & { name: string },
): MessageCommand {
  const { name, ...rest } = command;
  const data = new ContextMenuCommandBuilder()
    .setName(name)
    .setType(ApplicationCommandType.Message)
    .toJSON() as RESTPostAPIContextMenuApplicationCommandsJSONBody;
  return { ...rest, kind: 'message', key: name.toLowerCase().replace(/\s+/g, '-'), data };
}
