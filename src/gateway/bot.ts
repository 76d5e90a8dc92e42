/**
 * The gateway bot: discord.js v14 with the Guilds intent only. It receives interactions, hands
 * them to a {@link CommandRunner} and sends the payloads back in time: in the interaction callback
 * when the answer (pictures included) is ready in time (framework/serving.ts), otherwise after a
 * deferral. Every failure ends in a short hidden reply and one log entry; expired (10062) or
 * already-answered (40060) interactions are logged in one line and dropped. A fatal gateway close
 * is reported through `onFatal`; `stop()` drains in-flight interactions before disconnecting.
 */
import { performance } from 'node:perf_hooks';
import {
  ApplicationCommandOptionType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  RESTJSONErrorCodes,
  Routes,
} from 'discord.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  MessageContextMenuCommandInteraction,
  InteractionReplyOptions,
  InteractionUpdateOptions,
} from 'discord.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine/types.js';
import type { Logger } from '../log.js';
import type {
  AnyCommand,
  AttachmentRef,
  CommandServices,
  FeedbackSink,
  Invocation,
} from '../framework/command.js';
import { attachmentOrigins, createAttachmentFetcher } from '../framework/attachment.js';
import { ButtonExpiry } from '../framework/button-expiry.js';
import { loadCommands } from '../framework/commands.js';
import { InFlight } from '../framework/in-flight.js';
import type { ActionRow } from '../framework/payload.js';
import { disableAll, hiddenNotice, isEphemeral } from '../framework/payload.js';
import { CommandRouter } from '../framework/router.js';
import type { RawOptions } from '../framework/router.js';
import type { CommandRunner } from '../framework/runner.js';
import { InlineRunner } from '../framework/runner.js';
import {
  DEFER_AFTER_MS,
  DRAIN_TIMEOUT_MS,
  FAILURE_NOTICE,
  interactionRestOptions,
  STOPPING_NOTICE,
  timeToDefer,
  within,
} from '../framework/serving.js';
import { STATE_CAPACITY, STATE_TTL_MS } from '../framework/state-cache.js';
import { FatalGatewayError } from './close-codes.js';
import { renderFiles, withoutFiles } from './files.js';
import type { SendablePayload } from './files.js';

export { DEFER_AFTER_MS, DRAIN_TIMEOUT_MS, FAILURE_NOTICE, STOPPING_NOTICE };

/** Options of {@link startBot}. */
export interface BotOptions {
  config: Config;
  logger: Logger;
  /** Where commands run (e.g. a `WorkerRunner`); when absent, they run on this thread over `engine`. */
  runner?: CommandRunner;
  /** The engine for the in-thread runner; required without `runner`. */
  engine?: Engine;
  /** Command modules for the in-thread runner; loaded from `commands/` when absent. */
  commands?: AnyCommand[];
  /** How long buttons work (default {@link STATE_TTL_MS}); tests shorten it. */
  stateTtlMs?: number;
  /** For the in-thread runner: where "Report a passage" verdicts go; without it the bot says feedback is not kept. */
  feedback?: FeedbackSink;
  /** Called once when the gateway closes for good (4004, 4010–4014): the process should exit 1. */
  onFatal?: (error: FatalGatewayError) => void;
  /** For the in-thread runner: services for commands beyond the engine (corpus management, attachment downloads). */
  services?: CommandServices;
}

/** A connected bot. */
export interface RunningBot {
  client: Client<true>;
  /**
   * Takes no new interactions (they get {@link STOPPING_NOTICE}), waits up to `drainMs` (default
   * {@link DRAIN_TIMEOUT_MS}) for those in flight, tells the rest {@link STOPPING_NOTICE}, then
   * disconnects. Safe to call twice.
   */
  stop(options?: { drainMs?: number }): Promise<void>;
}

type Outcome =
  'replied' | 'deferred' | 'updated' | 'hidden' | 'expired' | 'deleted' | 'autocomplete';

function toReplyOptions(payload: SendablePayload): InteractionReplyOptions {
  return { ...payload } as InteractionReplyOptions;
}

function withoutFlags(payload: SendablePayload): Omit<SendablePayload, 'flags'> {
  const rest: Omit<SendablePayload, 'flags'> & { flags?: number } = { ...payload };
  delete rest.flags;
  return rest;
}

/** True for the Discord errors that mean "too late or already answered": nothing left to tell the user. */
export function isStaleInteractionError(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction ||
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
  );
}

function rawOptions(interaction: ChatInputCommandInteraction): RawOptions {
  const raw: RawOptions = {};
  for (const option of interaction.options.data) {
    if (option.type === ApplicationCommandOptionType.Subcommand) {
      // `/corpus add file:…` arrives as { subcommand: 'add', file: … }.
      raw.subcommand = option.name;
      for (const inner of option.options ?? [])
        if (inner.value !== undefined) raw[inner.name] = inner.value;
    } else if (option.value !== undefined) raw[option.name] = option.value;
  }
  return raw;
}

/** What the command may need to know about who ran it and what they attached. */
function invocationOf(interaction: ChatInputCommandInteraction): Invocation {
  const attachments: Record<string, AttachmentRef> = {};
  for (const [id, a] of interaction.options.resolved?.attachments ?? []) {
    attachments[id] = {
      id,
      filename: a.name,
      size: a.size,
      url: a.url,
      contentType: a.contentType,
    };
  }
  return {
    userId: interaction.user.id,
    userName: interaction.user.username,
    memberPermissions: interaction.inGuild()
      ? (interaction.memberPermissions?.bitfield ?? 0n)
      : null,
    attachments,
  };
}

/** Handles interactions for one client. */
class InteractionHandler {
  /** Set once a stop begins: new interactions are turned away. */
  stopping = false;
  readonly inFlight = new InFlight<Interaction>();
  /** Interactions already told {@link STOPPING_NOTICE}: whatever their handler does next is moot. */
  private readonly abandoned = new WeakSet<Interaction>();

  constructor(
    private readonly runner: CommandRunner,
    private readonly logger: Logger,
    private readonly expiry: ButtonExpiry,
  ) {}

  /** Entry point for every interaction the client receives. */
  receive(interaction: Interaction): void {
    if (this.stopping) {
      this.logger.info('interaction refused while stopping', { interaction: interaction.id });
      void this.tell(interaction, STOPPING_NOTICE);
      return;
    }
    this.inFlight.track(interaction.id, interaction, this.handle(interaction));
  }

  /** Tells every interaction still in flight that the bot is stopping. */
  async abandon(interactions: Interaction[]): Promise<void> {
    for (const interaction of interactions) this.abandoned.add(interaction);
    await Promise.all(interactions.map((i) => this.tell(i, STOPPING_NOTICE)));
  }

  private async handle(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const fields: Record<string, unknown> = {
      interaction: interaction.id,
      user: interaction.user.id,
    };
    try {
      let outcome: Outcome;
      if (interaction.isAutocomplete()) {
        fields.command = interaction.commandName;
        outcome = await this.autocomplete(interaction, started);
      } else if (interaction.isChatInputCommand()) {
        fields.command = interaction.commandName;
        outcome = await this.command(interaction, started);
      } else if (interaction.isMessageContextMenuCommand()) {
        fields.command = interaction.commandName;
        outcome = await this.messageCommand(interaction);
      } else if (interaction.isButton()) {
        fields.command = interaction.customId.split(':')[0];
        fields.button = interaction.customId;
        outcome = await this.button(interaction, started);
      } else {
        this.logger.debug('ignored interaction', { ...fields, type: interaction.type });
        return;
      }
      this.logger.info('interaction', {
        ...fields,
        outcome,
        latencyMs: Math.round(performance.now() - started),
      });
    } catch (error) {
      const latencyMs = Math.round(performance.now() - started);
      if (this.abandoned.has(interaction)) return;
      if (isStaleInteractionError(error)) {
        // Expected under load or after a restart: one line, no stack.
        this.logger.warn('interaction dropped', {
          ...fields,
          outcome: 'dropped',
          code: (error as DiscordAPIError).code,
          reason: (error as DiscordAPIError).message,
          latencyMs,
        });
        return;
      }
      this.logger.error('interaction failed', { ...fields, outcome: 'error', latencyMs, error });
      await this.tell(interaction, FAILURE_NOTICE);
    }
  }

  private async autocomplete(
    interaction: AutocompleteInteraction,
    received: number,
  ): Promise<Outcome> {
    const focused = interaction.options.getFocused(true);
    const work = this.runner.autocomplete(
      interaction.commandName,
      { name: focused.name, value: String(focused.value) },
      interaction.user.id,
    );
    // Late suggestions are useless: answer with none rather than miss the window.
    const choices = (await within(work, timeToDefer(interaction.id, received))) ?? [];
    await interaction.respond(choices);
    return 'autocomplete';
  }

  private async command(
    interaction: ChatInputCommandInteraction,
    received: number,
  ): Promise<Outcome> {
    const raw = rawOptions(interaction);
    const hidden = raw.hide === true || this.runner.isEphemeral(interaction.commandName);
    // When the queue ahead already outlasts the deadline, defer at once, not all at the deadline.
    const early = (this.runner.backlogMs?.() ?? 0) > timeToDefer(interaction.id, received);
    // The answer and its pictures (rendered off the event loop) are one piece of work.
    const work = this.runner
      .run(interaction.commandName, raw, invocationOf(interaction))
      .then((payload) => renderFiles(payload));
    work.catch(() => undefined); // handled where it is awaited, possibly after the deferral

    // Answer in the callback when the answer is ready in time; defer only when it is not.
    const first = early ? null : await within(work, timeToDefer(interaction.id, received));
    let deferred = false;
    if (first === null) {
      await interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
      deferred = true;
    }
    const payload = await work;

    if (!deferred) {
      await interaction.reply(toReplyOptions(payload));
      this.expiry.track(interaction.id, interaction.token, payload.components);
      return isEphemeral(payload) ? 'hidden' : 'replied';
    }
    if (isEphemeral(payload) && !hidden) {
      // A refusal after a public "thinking…": remove it and answer only the user.
      await interaction.deleteReply();
      await interaction.followUp(toReplyOptions(payload));
      return 'hidden';
    }
    await interaction.editReply(withoutFlags(payload));
    this.expiry.track(interaction.id, interaction.token, payload.components);
    return 'deferred';
  }

  /** A message context-menu command: always hidden; deferred first, as its search may take a moment. */
  private async messageCommand(
    interaction: MessageContextMenuCommandInteraction,
  ): Promise<Outcome> {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const target = interaction.targetMessage;
    const payload = await renderFiles(
      await this.runner.runOnMessage(
        interaction.commandName,
        { id: target.id, content: target.content },
        interaction.user.id,
      ),
    );
    await interaction.editReply(withoutFlags(payload));
    this.expiry.track(interaction.id, interaction.token, payload.components);
    return 'hidden';
  }

  /**
   * A button press, answered in the callback when its outcome (pictures rendered) is ready in
   * time, as a command is; otherwise acknowledged first ("deferred update"), then the message
   * edited or a follow-up sent.
   */
  private async button(interaction: ButtonInteraction, received: number): Promise<Outcome> {
    const work = this.runner
      .press(interaction.customId, interaction.user.id)
      .then(async (result) =>
        result.kind === 'update' || result.kind === 'reply'
          ? { ...result, rendered: await renderFiles(result.payload) }
          : result,
      );
    work.catch(() => undefined); // handled where it is awaited, possibly after the deferral
    let result = await within(work, timeToDefer(interaction.id, received));
    const late = result === null;
    if (late) await interaction.deferUpdate();
    result ??= await work;
    switch (result.kind) {
      case 'update': {
        const payload: SendablePayload & { attachments?: [] } = result.rendered;
        // A page without a picture must not keep the previous page's picture.
        if (!payload.files && interaction.message.attachments.size > 0) payload.attachments = [];
        if (late) await interaction.editReply(withoutFlags(payload));
        else await interaction.update(withoutFlags(payload) as InteractionUpdateOptions);
        this.expiry.update(interaction.message.interactionMetadata?.id, result.payload.components);
        return 'updated';
      }
      case 'reply':
        if (late) {
          // A follow-up is a message of its own, not this interaction's original: its buttons
          // are not tracked for expiry (pressed after 14 minutes, they answer "expired").
          await interaction.followUp(toReplyOptions(result.rendered));
          return isEphemeral(result.payload) ? 'hidden' : 'replied';
        }
        await interaction.reply(toReplyOptions(result.rendered));
        if (isEphemeral(result.payload)) return 'hidden';
        // A shared answer: its buttons expire like a command's.
        this.expiry.track(interaction.id, interaction.token, result.payload.components);
        return 'replied';
      case 'delete':
        // For a button, "@original" is the message the button is on.
        if (!late) await interaction.deferUpdate();
        await interaction.deleteReply();
        return 'deleted';
      case 'expired': {
        const rows = interaction.message.components.map((row) =>
          row.toJSON(),
        ) as unknown as ActionRow[];
        const disabled = {
          components: disableAll(rows),
          allowedMentions: { parse: [] },
        } as InteractionUpdateOptions;
        if (late) await interaction.editReply(disabled);
        else await interaction.update(disabled);
        await interaction.followUp(toReplyOptions(withoutFiles(result.payload)));
        return 'expired';
      }
    }
  }

  /** Tells the user `text` in a hidden message, however far the interaction got. Never throws. */
  private async tell(interaction: Interaction, text: string): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return;
      }
      if (!interaction.isRepliable()) return;
      const notice = toReplyOptions(withoutFiles(hiddenNotice(text)));
      if (interaction.deferred && !interaction.replied) {
        await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp(notice);
      } else if (interaction.replied || interaction.deferred) {
        await interaction.followUp(notice);
      } else {
        await interaction.reply(notice);
      }
    } catch (error) {
      this.logger.warn('could not send a notice', {
        interaction: interaction.id,
        notice: text,
        reason: (error as Error).message,
      });
    }
  }
}

/**
 * Connects the bot to Discord (or to `config.apiUrl`) and resolves once it is ready to answer.
 *
 * @throws when the config has no token, or when login fails (the message never includes the token).
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, logger } = options;
  if (!config.token) throw new Error('bot: DISCORD_TOKEN is not set');
  const ttlMs = options.stateTtlMs ?? STATE_TTL_MS;
  const runner = options.runner ?? (await inlineRunner(options, ttlMs));

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: interactionRestOptions(config.apiUrl),
  });
  const expiry = new ButtonExpiry({
    ttlMs,
    capacity: STATE_CAPACITY,
    disable: async (token, rows) => {
      await client.rest.patch(Routes.webhookMessage(client.application!.id, token), {
        body: { components: rows, allowed_mentions: { parse: [] } },
        auth: false,
      });
    },
    onError: (error) =>
      logger.warn('could not disable expired buttons', { reason: (error as Error).message }),
  });
  const handler = new InteractionHandler(runner, logger, expiry);
  let stopping = false;
  let fatal = false;

  client.on(Events.InteractionCreate, (interaction) => handler.receive(interaction));
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  // discord.js emits ShardDisconnect only for the close codes it will not reconnect after.
  client.on(Events.ShardDisconnect, (event) => {
    if (stopping || fatal) return;
    fatal = true;
    const error = new FatalGatewayError(event.code);
    logger.error(error.message, { code: event.code });
    options.onFatal?.(error);
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) logger.info('gateway reconnecting', { shard });
  });
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info('gateway resumed', { shard, replayed }),
  );

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(config.token.reveal());
  } catch (error) {
    await client.destroy();
    throw new Error(`bot: could not log in to Discord: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const readyClient = await ready;
  logger.info('bot ready', { user: readyClient.user.tag });

  let stopped: Promise<void> | null = null;
  return {
    client: readyClient,
    stop(stopOptions = {}) {
      stopped ??= (async () => {
        stopping = true;
        handler.stopping = true;
        const inFlight = handler.inFlight.size;
        const left = await handler.inFlight.drain(stopOptions.drainMs ?? DRAIN_TIMEOUT_MS);
        if (left.length > 0) await handler.abandon(left);
        logger.info('drained', { inFlight, finished: inFlight - left.length, told: left.length });
        expiry.clear();
        await client.destroy();
        if (!options.runner) await runner.close();
        logger.info('bot stopped');
      })();
      return stopped;
    },
  };
}

async function inlineRunner(options: BotOptions, ttlMs: number): Promise<CommandRunner> {
  if (!options.engine) throw new Error('bot: give either a runner or an engine');
  const commands = options.commands ?? (await loadCommands());
  return new InlineRunner(
    new CommandRouter(commands, options.engine, {
      ttlMs,
      feedback: options.feedback,
      services: {
        fetchAttachment: createAttachmentFetcher({
          origins: attachmentOrigins(options.config.apiUrl),
        }),
        ...options.services,
      },
    }),
  );
}
