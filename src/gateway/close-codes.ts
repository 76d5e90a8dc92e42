/**
 * Gateway close codes after which Discord will not take the connection back, with what each
 * means for an operator. Source: Discord API docs, "Opcodes and Status Codes", Gateway Close
 * Event Codes (the ones marked "Reconnect: false"); discord.js stops reconnecting on the same set.
 */

/** Why the connection cannot be resumed, and what the operator should do. */
export interface FatalClose {
  cause: string;
  fix: string;
}

/** Fatal gateway close codes. */
export const FATAL_CLOSES: ReadonlyMap<number, FatalClose> = new Map([
  [
    4004,
    {
      cause: 'authentication failed: the token was refused',
      fix: 'set DISCORD_TOKEN to the current token (Developer Portal > Bot > Reset Token); it may have been reset',
    },
  ],
  [
    4010,
    {
      cause: 'invalid shard: the shard id or count was refused',
      fix: 'run one shard (the default) or set a shard count Discord accepts',
    },
  ],
  [
    4011,
    {
      cause: 'sharding required: the bot is in too many servers (2,500 or more) for one connection',
      fix: 'run the bot sharded, or receive interactions over HTTP instead (npm run serve)',
    },
  ],
  [
    4012,
    {
      cause:
        'invalid API version: this discord.js speaks a gateway version Discord no longer accepts',
      fix: 'update discord.js (npm install discord.js@14) and restart',
    },
  ],
  [
    4013,
    {
      cause: 'invalid intents: the intents requested are not valid',
      fix: 'report this as a bug: the bot asks only for the Guilds intent',
    },
  ],
  [
    4014,
    {
      cause: 'disallowed intents: an intent was requested that the application may not use',
      fix: 'enable it under Developer Portal > Bot > Privileged Gateway Intents, or remove it from the bot',
    },
  ],
]);

/** An unrecoverable gateway close: its message names the code, the cause and the fix. */
export class FatalGatewayError extends Error {
  override readonly name = 'FatalGatewayError';
  constructor(readonly code: number) {
    const known = FATAL_CLOSES.get(code);
    super(
      known
        ? `gateway closed with ${code}, ${known.cause}. Fix: ${known.fix}.`
        : `gateway closed with ${code} and will not reconnect. Check the Discord API docs for this close code.`,
    );
  }
}
