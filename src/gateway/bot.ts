/**
 * The gateway bot: discord.js v14 with the Guilds intent only. It receives interactions, hands
 * them to the {@link CommandRouter} and sends the payloads back in time. Every failure ends in a
 * short hidden reply and one log entry; expired (10062) or already-answered (40060) interactions
 * are logged and dropped.
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
import { createAttachmentFetcher, DISCORD_ATTACHMENT_ORIGINS } from '../framework/attachment.js';
import type {
  AnyCommand,
  AttachmentRef,
  CommandServices,
  FeedbackSink,
  Invocation,
} from '../framework/command.js';
import { loadCommands } from '../framework/commands.js';
import type { ActionRow } from '../framework/payload.js';
import { disableAll, hiddenNotice, isEphemeral } from '../framework/payload.js';
import { CommandRouter } from '../framework/router.js';
import type { RawOptions } from '../framework/router.js';
import { STATE_TTL_MS } from '../framework/state-cache.js';
import { deferIfSlow, renderFiles, withoutFiles } from './files.js';
import type { SendablePayload } from './files.js';

/**
 * A reply whose pictures are not rendered after this long is deferred first, leaving half of
 * Discord's 3 s for the deferral itself to arrive.
 */
export const RENDER_DEFER_AFTER_MS = 1_500;
/** What the user sees when something broke on the bot's side. */
export const FAILURE_NOTICE =
  'Sorry, something went wrong on my side. It has been logged; please try again.';

/** Options of {@link startBot}. */
export interface BotOptions {
  config: Config;
  engine: Engine;
  logger: Logger;
  /** Command modules; loaded from `commands/` when absent. */
  commands?: AnyCommand[];
  /** How long buttons work (default {@link STATE_TTL_MS}); tests shorten it. */
  stateTtlMs?: number;
  /** Where "Report a passage" verdicts go; without it the bot says feedback is not kept. */
  feedback?: FeedbackSink;
  /** Services for commands beyond the engine (corpus management); attachments are fetched from Discord's CDN or `config.apiUrl`. */
  services?: CommandServices;
}

/** A connected bot. */
export interface RunningBot {
  client: Client<true>;
  /** Disconnects and cancels pending timers. Safe to call twice. */
  stop(): Promise<void>;
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

/** Disables the buttons of a message when its state expires: remembers the latest rows per original interaction. */
class ExpiryTimers {
  private readonly pending = new Map<string, { rows: ActionRow[]; timer: NodeJS.Timeout }>();

  constructor(
    private readonly ttlMs: number,
    private readonly logger: Logger,
  ) {}

  track(
    interaction:
      ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction,
    rows: ActionRow[] | undefined,
  ): void {
    if (!rows || rows.length === 0) return;
    const timer = setTimeout(() => {
      const entry = this.pending.get(interaction.id);
      this.pending.delete(interaction.id);
      if (!entry) return;
      interaction.editReply({ components: disableAll(entry.rows) }).catch((error: unknown) => {
        this.logger.warn('could not disable expired buttons', {
          interaction: interaction.id,
          error,
        });
      });
    }, this.ttlMs);
    timer.unref();
    this.pending.set(interaction.id, { rows, timer });
  }

  /** Records the rows a button press put on the message of `originalId`. */
  update(originalId: string | undefined, rows: ActionRow[] | undefined): void {
    const entry = originalId ? this.pending.get(originalId) : undefined;
    if (entry && rows) entry.rows = rows;
  }

  clear(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}

/** Handles interactions for one client. */
class InteractionHandler {
  constructor(
    private readonly router: CommandRouter,
    private readonly logger: Logger,
    private readonly expiry: ExpiryTimers,
  ) {}

  async handle(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const fields: Record<string, unknown> = {
      interaction: interaction.id,
      user: interaction.user.id,
    };
    try {
      let outcome: Outcome;
      if (interaction.isAutocomplete()) {
        fields.command = interaction.commandName;
        outcome = await this.autocomplete(interaction);
      } else if (interaction.isChatInputCommand()) {
        fields.command = interaction.commandName;
        outcome = await this.command(interaction);
      } else if (interaction.isMessageContextMenuCommand()) {
        fields.command = interaction.commandName;
        outcome = await this.messageCommand(interaction);
      } else if (interaction.isButton()) {
        fields.command = interaction.customId.split(':')[0];
        fields.button = interaction.customId;
        outcome = await this.button(interaction);
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
      if (isStaleInteractionError(error)) {
        this.logger.warn('interaction dropped', {
          ...fields,
          outcome: 'dropped',
          code: (error as DiscordAPIError).code,
          latencyMs,
          error,
        });
        return;
      }
      this.logger.error('interaction failed', { ...fields, outcome: 'error', latencyMs, error });
      await this.tellFailure(interaction);
    }
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<Outcome> {
    const focused = interaction.options.getFocused(true);
    const choices = this.router.autocomplete(
      interaction.commandName,
      { name: focused.name, value: String(focused.value) },
      interaction.user.id,
    );
    await interaction.respond(choices);
    return 'autocomplete';
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<Outcome> {
    const raw = rawOptions(interaction);
    const run = () => this.router.dispatch(interaction.commandName, raw, invocationOf(interaction));
    const hidden = raw.hide === true || this.router.isEphemeral(interaction.commandName);

    let payload: SendablePayload;
    let deferred = false;
    if (this.router.shouldDefer(interaction.commandName)) {
      await interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
      deferred = true;
      payload = await renderFiles(await run());
    } else {
      // A command that is not deferred does its work synchronously: run() settles before any
      // timer could fire, so a command that may be slow says so (shouldDefer) and is deferred
      // above, before it runs. Rendering its pictures is not: it runs off the event loop, so a
      // timer can still defer in time.
      const ran = await run();
      const rendered = await deferIfSlow(renderFiles(ran), RENDER_DEFER_AFTER_MS, () =>
        interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {}),
      );
      payload = rendered.value;
      deferred = rendered.deferred;
    }

    if (!deferred) {
      await interaction.reply(toReplyOptions(payload));
      this.expiry.track(interaction, payload.components);
      return isEphemeral(payload) ? 'hidden' : 'replied';
    }
    if (isEphemeral(payload) && !hidden) {
      // A refusal after a public "thinking…": remove it and answer only the user.
      await interaction.deleteReply();
      await interaction.followUp(toReplyOptions(payload));
      return 'hidden';
    }
    await interaction.editReply(withoutFlags(payload));
    this.expiry.track(interaction, payload.components);
    return 'deferred';
  }

  /** A message context-menu command: always hidden; deferred first, as its search may take a moment. */
  private async messageCommand(
    interaction: MessageContextMenuCommandInteraction,
  ): Promise<Outcome> {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const target = interaction.targetMessage;
    const payload = await renderFiles(
      this.router.runOnMessage(
        interaction.commandName,
        { id: target.id, content: target.content },
        interaction.user.id,
      ),
    );
    await interaction.editReply(withoutFlags(payload));
    this.expiry.track(interaction, payload.components);
    return 'hidden';
  }

  private async button(interaction: ButtonInteraction): Promise<Outcome> {
    const result = this.router.press(interaction.customId, interaction.user.id);
    switch (result.kind) {
      case 'update': {
        const rendered = await deferIfSlow(renderFiles(result.payload), RENDER_DEFER_AFTER_MS, () =>
          interaction.deferUpdate(),
        );
        const payload: SendablePayload & { attachments?: [] } = rendered.value;
        // A page without a picture must not keep the previous page's picture.
        if (!payload.files && interaction.message.attachments.size > 0) payload.attachments = [];
        if (rendered.deferred) await interaction.editReply(withoutFlags(payload));
        else await interaction.update(withoutFlags(payload) as InteractionUpdateOptions);
        this.expiry.update(interaction.message.interactionMetadata?.id, result.payload.components);
        return 'updated';
      }
      case 'reply':
        await interaction.reply(toReplyOptions(await renderFiles(result.payload)));
        if (isEphemeral(result.payload)) return 'hidden';
        // A shared answer: its buttons expire like a command's.
        this.expiry.track(interaction, result.payload.components);
        return 'replied';
      case 'delete':
        // For a button, "@original" is the message the button is on.
        await interaction.deferUpdate();
        await interaction.deleteReply();
        return 'deleted';
      case 'expired': {
        const rows = interaction.message.components.map((row) =>
          row.toJSON(),
        ) as unknown as ActionRow[];
        await interaction.update({
          components: disableAll(rows),
          allowedMentions: { parse: [] },
        } as InteractionUpdateOptions);
        await interaction.followUp(toReplyOptions(withoutFiles(result.payload)));
        return 'expired';
      }
    }
  }

  private async tellFailure(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return;
      }
      if (!interaction.isRepliable()) return;
      const notice = toReplyOptions(withoutFiles(hiddenNotice(FAILURE_NOTICE)));
      if (interaction.deferred && !interaction.replied) {
        await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp(notice);
      } else if (interaction.replied || interaction.deferred) {
        await interaction.followUp(notice);
      } else {
        await interaction.reply(notice);
      }
    } catch (error) {
      this.logger.warn('could not send the failure notice', { interaction: interaction.id, error });
    }
  }
}

/**
 * Connects the bot to Discord (or to `config.apiUrl`) and resolves once it is ready to answer.
 *
 * @throws when the config has no token, or when login fails (the message never includes the token).
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, engine, logger } = options;
  if (!config.token) throw new Error('bot: DISCORD_TOKEN is not set');
  const commands = options.commands ?? (await loadCommands());
  const ttlMs = options.stateTtlMs ?? STATE_TTL_MS;
  const origins = [
    ...DISCORD_ATTACHMENT_ORIGINS,
    ...(config.apiUrl ? [new URL(config.apiUrl).origin] : []),
  ];
  const router = new CommandRouter(commands, engine, {
    ttlMs,
    feedback: options.feedback,
    services: { fetchAttachment: createAttachmentFetcher({ origins }), ...options.services },
  });
  const expiry = new ExpiryTimers(ttlMs, logger);
  const handler = new InteractionHandler(router, logger, expiry);

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: config.apiUrl ? { api: config.apiUrl } : {},
  });
  client.on(Events.InteractionCreate, (interaction) => void handler.handle(interaction));
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn('gateway disconnected', { shard, code: event.code }),
  );
  client.on(Events.ShardReconnecting, (shard) => logger.info('gateway reconnecting', { shard }));
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
  logger.info('bot ready', {
    user: readyClient.user.tag,
    commands: commands.map((c) => c.data.name),
  });

  let stopped = false;
  return {
    client: readyClient,
    async stop() {
      if (stopped) return;
      stopped = true;
      expiry.clear();
      await client.destroy();
      logger.info('bot stopped');
    },
  };
}
