/**
 * Answers verified interactions that arrived over HTTP, through the same {@link CommandRunner}
 * (and so the same `commands/` modules) as the gateway bot. The first response goes back as the
 * HTTP response: the answer itself when it is ready in time (see framework/serving.ts), otherwise a
 * deferral, followed by an edit of the original message over REST with the interaction token.
 */
import { performance } from 'node:perf_hooks';
import { REST, Routes } from 'discord.js';
import type { Logger } from '../log.js';
import type { ButtonExpiry } from '../framework/button-expiry.js';
import { InFlight } from '../framework/in-flight.js';
import type { ActionRow, ReplyPayload } from '../framework/payload.js';
import { disableAll, hiddenNotice, isEphemeral } from '../framework/payload.js';
import type { CommandRunner } from '../framework/runner.js';
import {
  FAILURE_NOTICE,
  interactionRestOptions,
  STOPPING_NOTICE,
  timeToDefer,
  within,
} from '../framework/serving.js';
import {
  CallbackType,
  InteractionType,
  invocationOf,
  messageBody,
  optionsOf,
  targetMessageOf,
  userIdOf,
} from './wire.js';
import type { WireInteraction } from './wire.js';
import { hasFiles, withUploads } from './files.js';

/** The body of an HTTP interaction response. */
export interface CallbackBody {
  type: number;
  data?: Record<string, unknown>;
}

/** Discord's type 6: acknowledge a button press now, update the message later. */
const DEFERRED_UPDATE_MESSAGE = 6;

/** One interaction's progress: whether it has had its first response, and whether it was deferred. */
class Exchange {
  responded = false;
  deferred = false;
  /** Told it could not be answered; whatever its handler does next is dropped. */
  abandoned = false;
  private send!: (body: CallbackBody) => void;
  readonly response = new Promise<CallbackBody>((resolve) => (this.send = resolve));

  constructor(
    readonly interaction: WireInteraction,
    readonly received: number,
  ) {}

  respond(body: CallbackBody): void {
    if (this.responded) return;
    this.responded = true;
    this.deferred = body.type === CallbackType.DeferredChannelMessageWithSource;
    this.send(body);
  }
}

const hidden = (text: string): CallbackBody => ({
  type: CallbackType.ChannelMessageWithSource,
  data: messageBody(hiddenNotice(text)),
});

function withoutFlags(payload: ReplyPayload): Record<string, unknown> {
  const body = messageBody(payload);
  delete body.flags;
  return body;
}

/** Options of {@link HttpResponder}. */
export interface HttpResponderOptions {
  runner: CommandRunner;
  logger: Logger;
  expiry: ButtonExpiry;
  /** REST client for edits and follow-ups (interaction-token routes need no bot token). */
  rest: REST;
}

/** Creates the REST client for interaction webhooks (see {@link interactionRestOptions}). */
export function webhookRest(apiUrl: string | null): REST {
  return new REST(interactionRestOptions(apiUrl));
}

/** Handles interactions of types 2–4 (commands, components, autocomplete). */
export class HttpResponder {
  readonly inFlight = new InFlight<Exchange>();
  stopping = false;

  constructor(private readonly options: HttpResponderOptions) {}

  /**
   * Starts handling `interaction` and resolves with its first response. Work after that (an edit
   * after a deferral, a follow-up) goes on and is tracked for the drain.
   */
  handle(interaction: WireInteraction): Promise<CallbackBody> {
    if (this.stopping) {
      this.options.logger.info('interaction refused while stopping', {
        interaction: interaction.id,
      });
      return Promise.resolve(
        interaction.type === InteractionType.ApplicationCommandAutocomplete
          ? { type: CallbackType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
          : hidden(STOPPING_NOTICE),
      );
    }
    const exchange = new Exchange(interaction, performance.now());
    this.inFlight.track(interaction.id, exchange, this.process(exchange));
    return exchange.response;
  }

  /** Tells every exchange still in flight that the bot is stopping. */
  async abandon(exchanges: Exchange[]): Promise<void> {
    await Promise.all(
      exchanges.map(async (exchange) => {
        exchange.abandoned = true;
        if (!exchange.responded) return exchange.respond(this.notice(exchange, STOPPING_NOTICE));
        if (exchange.deferred) await this.replaceDeferral(exchange, STOPPING_NOTICE);
      }),
    );
  }

  private notice(exchange: Exchange, text: string): CallbackBody {
    return exchange.interaction.type === InteractionType.ApplicationCommandAutocomplete
      ? { type: CallbackType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
      : hidden(text);
  }

  private get routes() {
    return {
      original: (i: WireInteraction) => Routes.webhookMessage(i.application_id, i.token),
      followUp: (i: WireInteraction) => Routes.webhook(i.application_id, i.token),
    };
  }

  /** After a deferral: removes the "thinking…" message and tells only the user `text`. */
  private async replaceDeferral(exchange: Exchange, text: string): Promise<void> {
    const { rest, logger } = this.options;
    const i = exchange.interaction;
    try {
      await rest.delete(this.routes.original(i), { auth: false }).catch(() => undefined);
      await rest.post(this.routes.followUp(i), {
        body: messageBody(hiddenNotice(text)),
        auth: false,
      });
    } catch (error) {
      logger.warn('could not send a notice', {
        interaction: i.id,
        notice: text,
        reason: (error as Error).message,
      });
    }
  }

  /** Sends `body` (made from `payload`) to `route` over REST, with the payload's pictures when it has any. */
  private async deliver(
    method: 'patch' | 'post',
    route: `/${string}`,
    payload: ReplyPayload,
    body: Record<string, unknown>,
  ): Promise<void> {
    const { rest } = this.options;
    const request = hasFiles(payload) ? await withUploads(payload, body) : { body };
    await rest[method](route, { ...request, auth: false });
  }

  private async process(exchange: Exchange): Promise<void> {
    const { logger } = this.options;
    const i = exchange.interaction;
    const fields: Record<string, unknown> = {
      transport: 'http',
      interaction: i.id,
      user: userIdOf(i),
      command: i.data?.name ?? i.data?.custom_id?.split(':')[0],
    };
    try {
      const outcome =
        i.type === InteractionType.ApplicationCommand
          ? await this.command(exchange)
          : i.type === InteractionType.MessageComponent
            ? await this.press(exchange)
            : await this.autocomplete(exchange);
      if (exchange.abandoned) return;
      logger.info('interaction', {
        ...fields,
        outcome,
        latencyMs: Math.round(performance.now() - exchange.received),
      });
    } catch (error) {
      if (exchange.abandoned) return;
      logger.error('interaction failed', {
        ...fields,
        outcome: 'error',
        latencyMs: Math.round(performance.now() - exchange.received),
        error,
      });
      if (!exchange.responded) exchange.respond(this.notice(exchange, FAILURE_NOTICE));
      else if (exchange.deferred) await this.replaceDeferral(exchange, FAILURE_NOTICE);
    }
  }

  private remaining(exchange: Exchange): number {
    return timeToDefer(exchange.interaction.id, exchange.received);
  }

  private async command(exchange: Exchange): Promise<string> {
    const { rest, expiry } = this.options;
    const i = exchange.interaction;
    const { raw } = optionsOf(i);
    const target = targetMessageOf(i);
    const name = i.data?.name ?? '';
    // A message command's answer is for the person who ran it only.
    const hide = raw.hide === true || target !== null || this.options.runner.isEphemeral(name);
    const userId = userIdOf(i);
    // When the queue ahead already outlasts the deadline, defer at once, not all at the deadline.
    const early = (this.options.runner.backlogMs?.() ?? 0) > this.remaining(exchange);
    const work = target
      ? this.options.runner.runOnMessage(name, target, userId)
      : this.options.runner.run(name, raw, invocationOf(i));
    work.catch(() => undefined); // handled where it is awaited, possibly after the deferral

    const first = early ? null : await within(work, this.remaining(exchange));
    // A reply with a picture cannot go in the HTTP response (see ./files.ts): it is deferred too.
    if (first !== null && !hasFiles(first)) {
      exchange.respond({ type: CallbackType.ChannelMessageWithSource, data: messageBody(first) });
      expiry.track(i.id, i.token, first.components);
      return isEphemeral(first) ? 'hidden' : 'replied';
    }
    exchange.respond({
      type: CallbackType.DeferredChannelMessageWithSource,
      data: hide ? { flags: 64 } : {},
    });
    const payload = first ?? (await work);
    if (exchange.abandoned) return 'abandoned';
    if (isEphemeral(payload) && !hide) {
      // A refusal after a public "thinking…": remove it and answer only the user.
      await rest.delete(this.routes.original(i), { auth: false });
      await this.deliver('post', this.routes.followUp(i), payload, messageBody(payload));
      return 'hidden';
    }
    await this.deliver('patch', this.routes.original(i), payload, withoutFlags(payload));
    exchange.deferred = false;
    expiry.track(i.id, i.token, payload.components);
    return 'deferred';
  }

  /**
   * A button press: answered in the HTTP response when its outcome is ready in time and has no
   * picture; otherwise acknowledged (deferred update) and the message edited, or a follow-up
   * sent, over REST.
   */
  private async press(exchange: Exchange): Promise<string> {
    const { expiry } = this.options;
    const i = exchange.interaction;
    const work = this.options.runner.press(i.data?.custom_id ?? '', userIdOf(i));
    let result = await within(work, this.remaining(exchange));
    const late = result === null;
    if (late) exchange.respond({ type: DEFERRED_UPDATE_MESSAGE });
    result ??= await work;
    if (exchange.abandoned) return 'abandoned';
    const overRest = late || ('payload' in result && hasFiles(result.payload));
    if (overRest && !late) exchange.respond({ type: DEFERRED_UPDATE_MESSAGE });
    switch (result.kind) {
      case 'update': {
        const body = withoutFlags(result.payload);
        // A page without a picture must not keep the previous page's picture.
        const shown = (i.message as { attachments?: unknown[] } | undefined)?.attachments ?? [];
        if (!hasFiles(result.payload) && shown.length > 0) body.attachments = [];
        if (overRest) await this.deliver('patch', this.routes.original(i), result.payload, body);
        else exchange.respond({ type: CallbackType.UpdateMessage, data: body });
        expiry.update(i.message?.interaction_metadata?.id, result.payload.components);
        return 'updated';
      }
      case 'reply':
        if (overRest) {
          // A follow-up is a message of its own, not this interaction's original: its buttons
          // are not tracked for expiry (pressed after 14 minutes, they answer "expired").
          await this.deliver(
            'post',
            this.routes.followUp(i),
            result.payload,
            messageBody(result.payload),
          );
          return isEphemeral(result.payload) ? 'hidden' : 'replied';
        }
        exchange.respond({
          type: CallbackType.ChannelMessageWithSource,
          data: messageBody(result.payload),
        });
        if (isEphemeral(result.payload)) return 'hidden';
        // A shared answer: its buttons expire like a command's.
        expiry.track(i.id, i.token, result.payload.components);
        return 'replied';
      case 'delete':
        // For a button, "@original" is the message the button is on.
        exchange.respond({ type: DEFERRED_UPDATE_MESSAGE });
        await this.options.rest.delete(this.routes.original(i), { auth: false });
        return 'deleted';
      case 'expired': {
        const rows = disableAll((i.message?.components ?? []) as ActionRow[]);
        const body = { components: rows, allowed_mentions: { parse: [] } };
        if (late) await this.options.rest.patch(this.routes.original(i), { body, auth: false });
        else exchange.respond({ type: CallbackType.UpdateMessage, data: body });
        await this.options.rest
          .post(this.routes.followUp(i), { body: messageBody(result.payload), auth: false })
          .catch((error: unknown) =>
            this.options.logger.warn('could not send a notice', {
              interaction: i.id,
              notice: 'expired',
              reason: (error as Error).message,
            }),
          );
        return 'expired';
      }
    }
  }

  private async autocomplete(exchange: Exchange): Promise<string> {
    const i = exchange.interaction;
    const { focused } = optionsOf(i);
    const work = focused
      ? this.options.runner.autocomplete(i.data?.name ?? '', focused, userIdOf(i))
      : Promise.resolve([]);
    // Late suggestions are useless: answer with none rather than miss the window.
    const choices = (await within(work, this.remaining(exchange))) ?? [];
    exchange.respond({
      type: CallbackType.ApplicationCommandAutocompleteResult,
      data: { choices },
    });
    return 'autocomplete';
  }
}
