/**
 * Routes slash commands, message context-menu commands, button presses and autocomplete to the
 * command modules. Adapter independent: the gateway bot and the local console both call it, so
 * they behave the same.
 */
import type { Engine } from '../engine/types.js';
import type {
  AnyCommand,
  Choice,
  CommandContext,
  CommandServices,
  FeedbackSink,
  Invocation,
  MessageCommand,
  SlashCommand,
  TargetMessage,
} from './command.js';
import { decodeButtonId } from './custom-id.js';
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME, MAX_CHOICE_VALUE } from './limits.js';
import { parseOptions } from './options.js';
import type { RawOptions } from './options.js';
import type { ReplyPayload } from './payload.js';
import { hiddenNotice } from './payload.js';
import { StateCache } from './state-cache.js';
import type { StateCacheOptions } from './state-cache.js';
import { truncate } from './text.js';

export type { RawOptions } from './options.js';

/** Options of {@link CommandRouter}: button state lifetime, and where passage feedback goes. */
export interface RouterOptions extends StateCacheOptions {
  feedback?: FeedbackSink;
  /** Services for commands beyond the engine (corpus management, attachment downloads). */
  services?: CommandServices;
}

/** What a button press asks the adapter to do. */
export type PressOutcome =
  | { kind: 'update'; payload: ReplyPayload }
  | { kind: 'reply'; payload: ReplyPayload }
  /** Delete the message the button is on. */
  | { kind: 'delete' }
  /** The button's state is gone (expired or the bot restarted): disable the buttons, tell the presser. */
  | { kind: 'expired'; payload: ReplyPayload };

/** Shown to someone who presses a button meant for the person who ran the command. */
export const NOT_YOUR_BUTTON =
  'Only the person who ran this command can use this button. Run the command yourself to get your own.';
/** Shown when a button's state has expired or was lost in a restart. */
export const EXPIRED_BUTTON =
  'These buttons have expired (they work for 14 minutes, less when the bot is very busy, and not across a bot restart). Run the command again.';

/** Dispatches interactions to command modules, holding each command's button state. */
export class CommandRouter {
  /** By the name Discord sends with a command interaction. */
  private readonly byName = new Map<string, AnyCommand>();
  /** By the key its buttons carry. */
  private readonly byKey = new Map<string, AnyCommand>();
  private readonly states = new Map<string, StateCache<unknown>>();
  private readonly feedback: FeedbackSink | undefined;
  private readonly services: CommandServices | undefined;

  constructor(
    readonly commands: readonly AnyCommand[],
    private readonly engine: Engine,
    options: RouterOptions = {},
  ) {
    const { feedback, services, ...stateOptions } = options;
    this.feedback = feedback;
    this.services = services;
    for (const command of commands) {
      if (this.byName.has(command.data.name) || this.byKey.has(command.key))
        throw new Error(`router: two commands are named ${command.data.name}`);
      this.byName.set(command.data.name, command);
      this.byKey.set(command.key, command);
      this.states.set(command.key, new StateCache(stateOptions));
    }
  }

  /** The command Discord calls `name`, if any. */
  get(name: string): AnyCommand | undefined {
    return this.byName.get(name);
  }

  private context(command: AnyCommand, invocation: Invocation | string): CommandContext {
    const who = typeof invocation === 'string' ? { userId: invocation } : invocation;
    const ctx: CommandContext = {
      ...who,
      engine: this.engine,
      state: this.states.get(command.key)!,
    };
    if (this.feedback) ctx.feedback = this.feedback;
    if (this.services) ctx.services = this.services;
    return ctx;
  }

  private slash(name: string): SlashCommand | undefined {
    const command = this.byName.get(name);
    return command?.kind === 'slash' ? command : undefined;
  }

  private invoke(
    name: string,
    raw: RawOptions,
    invocation: Invocation,
  ): ReplyPayload | Promise<ReplyPayload> {
    const command = this.slash(name);
    if (!command) return hiddenNotice(`Unknown command /${truncate(name, 32)}. Try /help.`);
    const parsed = parseOptions(name, command.options, raw);
    if (!parsed.ok) return hiddenNotice(parsed.message);
    return command.run(this.context(command, invocation), parsed.value);
  }

  /**
   * Runs `/name` with raw options. Unknown commands and invalid options become a short hidden
   * reply; an exception from the command itself propagates to the adapter, which logs it.
   * For commands that answer synchronously; {@link dispatch} runs any command.
   *
   * @throws when `/name` answers asynchronously.
   */
  run(name: string, raw: RawOptions, userId: string): ReplyPayload {
    const result = this.invoke(name, raw, { userId });
    if (result instanceof Promise) {
      result.catch(() => undefined);
      throw new Error(`router: /${name} answers asynchronously; call dispatch()`);
    }
    return result;
  }

  /** Runs `/name` as {@link run} does, for any command, with what the adapter knows of the invocation. */
  async dispatch(name: string, raw: RawOptions, invocation: Invocation): Promise<ReplyPayload> {
    return this.invoke(name, raw, invocation);
  }

  /** Runs the message context-menu command `name` on `message`. */
  runOnMessage(name: string, message: TargetMessage, userId: string): ReplyPayload {
    const command = this.byName.get(name);
    if (command?.kind !== 'message')
      return hiddenNotice(`Unknown command “${truncate(name, 32)}”. Try /help.`);
    return (command as MessageCommand).run(this.context(command, userId), message);
  }

  /** Handles a button press by `userId` on a button with `customId`. */
  press(customId: string, userId: string): PressOutcome {
    const id = decodeButtonId(customId);
    const command = id && this.byKey.get(id.command);
    if (!id || !command?.press) return { kind: 'expired', payload: hiddenNotice(EXPIRED_BUTTON) };
    if (id.owner !== null && id.owner !== userId)
      return { kind: 'reply', payload: hiddenNotice(NOT_YOUR_BUTTON) };
    const result = command.press(this.context(command, userId), id);
    return result ?? { kind: 'expired', payload: hiddenNotice(EXPIRED_BUTTON) };
  }

  /** Autocomplete choices for the focused option, always within Discord's limits. */
  autocomplete(name: string, focused: { name: string; value: string }, userId: string): Choice[] {
    const command = this.slash(name);
    if (!command?.autocomplete) return [];
    return command
      .autocomplete(this.context(command, userId), focused)
      .filter((c) => c.value.length >= 1 && c.value.length <= MAX_CHOICE_VALUE)
      .slice(0, MAX_AUTOCOMPLETE_CHOICES)
      .map((c) => ({ name: truncate(c.name || c.value, MAX_CHOICE_NAME), value: c.value }));
  }

  /** True when every reply of `/name`, deferral included, is for the invoker only. */
  isEphemeral(name: string): boolean {
    return this.byName.get(name)?.ephemeral === true;
  }
}
