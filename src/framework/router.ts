/**
 * Routes slash commands, button presses and autocomplete to the command modules. Adapter
 * independent: the gateway bot and the local console both call it, so they behave the same.
 */
import type { z } from 'zod';
import type { Engine } from '../engine/types.js';
import type { AnyCommand, Choice, CommandContext } from './command.js';
import { decodeButtonId } from './custom-id.js';
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME, MAX_CHOICE_VALUE } from './limits.js';
import type { ReplyPayload } from './payload.js';
import { hiddenNotice } from './payload.js';
import { StateCache } from './state-cache.js';
import type { StateCacheOptions } from './state-cache.js';
import { truncate } from './text.js';

/** Raw option values as Discord sends them (a user option's value is the user's id). */
export type RawOptions = Record<string, string | number | boolean>;

/** What a button press asks the adapter to do. */
export type PressOutcome =
  | { kind: 'update'; payload: ReplyPayload }
  | { kind: 'reply'; payload: ReplyPayload }
  /** The button's state is gone (expired or the bot restarted): disable the buttons, tell the presser. */
  | { kind: 'expired'; payload: ReplyPayload };

/** Shown to someone who presses another user's page buttons. */
export const NOT_YOUR_BUTTON =
  'Only the person who ran this command can turn its pages. Run the command yourself to get your own.';
/** Shown when a button's state has expired or was lost in a restart. */
export const EXPIRED_BUTTON =
  'These buttons have expired (they work for 14 minutes, and not across a bot restart). Run the command again.';

/** Dispatches interactions to command modules, holding each command's button state. */
export class CommandRouter {
  private readonly byName = new Map<string, AnyCommand>();
  private readonly states = new Map<string, StateCache<unknown>>();

  constructor(
    readonly commands: readonly AnyCommand[],
    private readonly engine: Engine,
    stateOptions: StateCacheOptions = {},
  ) {
    for (const command of commands) {
      if (this.byName.has(command.data.name))
        throw new Error(`router: two commands are named /${command.data.name}`);
      this.byName.set(command.data.name, command);
      this.states.set(command.data.name, new StateCache(stateOptions));
    }
  }

  /** The command called `name`, if any. */
  get(name: string): AnyCommand | undefined {
    return this.byName.get(name);
  }

  private context(name: string, userId: string): CommandContext {
    return { engine: this.engine, userId, state: this.states.get(name)! };
  }

  /**
   * Runs `/name` with raw options. Unknown commands and invalid options become a short hidden
   * reply; an exception from the command itself propagates to the adapter, which logs it.
   */
  run(name: string, raw: RawOptions, userId: string): ReplyPayload {
    const command = this.byName.get(name);
    if (!command) return hiddenNotice(`Unknown command /${truncate(name, 32)}. Try /help.`);
    const parsed = command.options.safeParse(raw);
    if (!parsed.success) return hiddenNotice(describeOptionError(name, parsed.error));
    return command.run(this.context(name, userId), parsed.data);
  }

  /** Handles a button press by `userId` on a button with `customId`. */
  press(customId: string, userId: string): PressOutcome {
    const id = decodeButtonId(customId);
    const command = id && this.byName.get(id.command);
    if (!id || !command?.press) return { kind: 'expired', payload: hiddenNotice(EXPIRED_BUTTON) };
    if (id.owner !== null && id.owner !== userId)
      return { kind: 'reply', payload: hiddenNotice(NOT_YOUR_BUTTON) };
    const result = command.press(this.context(id.command, userId), id);
    return result ?? { kind: 'expired', payload: hiddenNotice(EXPIRED_BUTTON) };
  }

  /** Autocomplete choices for the focused option, always within Discord's limits. */
  autocomplete(name: string, focused: { name: string; value: string }, userId: string): Choice[] {
    const command = this.byName.get(name);
    if (!command?.autocomplete) return [];
    return command
      .autocomplete(this.context(name, userId), focused)
      .filter((c) => c.value.length >= 1 && c.value.length <= MAX_CHOICE_VALUE)
      .slice(0, MAX_AUTOCOMPLETE_CHOICES)
      .map((c) => ({ name: truncate(c.name || c.value, MAX_CHOICE_NAME), value: c.value }));
  }

  /** True when `/name` should be deferred before it runs. */
  shouldDefer(name: string): boolean {
    return this.byName.get(name)?.defer === true;
  }
}

/** A short message naming the option that was wrong and why. */
export function describeOptionError(command: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `option ${issue.path.join('.')}` : 'options';
  return truncate(`/${command}: ${where}: ${issue?.message ?? 'invalid'}`, 300);
}
