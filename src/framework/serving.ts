/**
 * The timing rules both transports (the gateway bot and the HTTP endpoint) serve by, and the
 * notices they send when they cannot answer.
 */
import type { RESTOptions } from 'discord.js';

/**
 * An answer not ready this long after the interaction arrived is deferred instead. Discord allows
 * 3 s for the first response (Discord API docs, "Receiving and Responding": "you must send an
 * initial response within 3 seconds"); the second left covers the deferral's own trip and the
 * event's delivery delay. `npm run bench:serve` measures the callback round trip on 127.0.0.1.
 */
export const DEFER_AFTER_MS = 2_000;
/**
 * How long a stop waits for in-flight interactions before telling them the bot is stopping; with
 * the notices and the disconnect, a stop ends within 5 s.
 */
export const DRAIN_TIMEOUT_MS = 3_500;
/**
 * Options of the REST client that sends interaction responses (acknowledgements, edits of the
 * original response, follow-ups), at `apiUrl` (a proxy or stand-in) or Discord's own.
 *
 * Discord binds no interaction endpoint to the bot's global limit of 50 requests a second
 * (Discord API docs, "Rate Limits", "Global Rate Limit": "Interaction endpoints are not bound to
 * the bot's Global Rate Limit"), but @discordjs/rest spends its own global budget
 * (`globalRequestsPerSecond`, default 50) on every request but the acknowledgement, so a burst
 * of deferred answers went out 50 a second (`npm run bench:serve -- --burst-only`, session 25:
 * 831 of 1,000 deferred, final answer p99 18.5 s). The budget is left unbounded; per-route limits
 * and a global 429 that Discord does send are still obeyed (@discordjs/rest reads them from each
 * response). The gateway client's own bot-token requests are its login's, never one per
 * interaction.
 */
export function interactionRestOptions(apiUrl: string | null): Partial<RESTOptions> {
  return {
    ...(apiUrl ? { api: apiUrl } : {}),
    globalRequestsPerSecond: Number.POSITIVE_INFINITY,
  };
}

/** What the user sees when something broke on the bot's side. */
export const FAILURE_NOTICE =
  'Sorry, something went wrong on my side. It has been logged; please try again.';
/** What an interaction gets when the bot stops before it is answered, or arrives during the stop. */
export const STOPPING_NOTICE =
  'The bot is restarting and could not answer this. Please try again in a minute.';

/** Discord's epoch (2015-01-01T00:00:00Z), the zero of snowflake timestamps (Discord API docs, "Snowflakes"). */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/**
 * How long ago Discord created the interaction with snowflake `id`, by this machine's clock, in
 * ms, clamped to [0, {@link DEFER_AFTER_MS}] so a skewed clock can at worst cause an early
 * deferral. It counts the time an interaction waited before the handler saw it (in a socket, in
 * a burst being parsed), which the handler's own clock cannot see. 0 for a malformed id.
 */
export function interactionAgeMs(id: string, nowMs: number = Date.now()): number {
  if (!/^\d{1,20}$/.test(id)) return 0;
  const created = Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
  return Math.min(DEFER_AFTER_MS, Math.max(0, nowMs - created));
}

/**
 * Milliseconds left before an interaction must be deferred: {@link DEFER_AFTER_MS} minus the
 * larger of its age by its snowflake and the time since the handler received it.
 */
export function timeToDefer(id: string, receivedAt: number, now = performance.now()): number {
  return DEFER_AFTER_MS - Math.max(interactionAgeMs(id), now - receivedAt);
}

/**
 * Resolves with `work`'s value if it settles within `ms`, else with null (work goes on). Rejects
 * when `work` rejects first. The timer is cleared either way. A plain timer rather than an
 * aborted `timers/promises` sleep: aborting builds an AbortError with a stack on every answer in
 * time, which showed in the HTTP endpoint's CPU profile under load.
 */
export function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  return new Promise<T | null>((resolve, reject) => {
    const timer = setTimeout(() => resolve(null), Math.max(0, ms));
    timer.unref();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error as Error);
      },
    );
  });
}
