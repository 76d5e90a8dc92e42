/**
 * The custom_id of the bot's buttons: `command:action:owner:key:arg`, for example
 * `ask:page:123456789012345678:Xk2f9Qa1:2` (about 45 characters; Discord allows 100).
 * `owner` is the user who ran the command ("-" when anyone may press), `key` points into the
 * {@link StateCache}, `arg` is the page or passage index.
 */
import { MAX_CUSTOM_ID } from './limits.js';

/** The decoded parts of a button's custom_id. */
export interface ButtonId {
  command: string;
  action: string;
  /** User id allowed to press, or `null` when anyone may. */
  owner: string | null;
  key: string;
  arg: number;
}

const PART = /^[A-Za-z0-9_-]{1,32}$/;

/** Encodes a button id; throws when a part would break the format or the length limit. */
export function encodeButtonId(id: ButtonId): string {
  const owner = id.owner ?? '-';
  for (const [name, part] of Object.entries({
    command: id.command,
    action: id.action,
    owner,
    key: id.key,
  })) {
    if (!PART.test(part))
      throw new Error(`custom-id: ${name} "${part}" must be 1–32 characters of [A-Za-z0-9_-]`);
  }
  if (!Number.isInteger(id.arg) || id.arg < 0)
    throw new Error(`custom-id: arg ${id.arg} must be a whole number ≥ 0`);
  const encoded = `${id.command}:${id.action}:${owner}:${id.key}:${id.arg}`;
  if (encoded.length > MAX_CUSTOM_ID)
    throw new Error(`custom-id: "${encoded}" is longer than ${MAX_CUSTOM_ID} characters`);
  return encoded;
}

/** Decodes a custom_id made by {@link encodeButtonId}; null for anything else. */
export function decodeButtonId(customId: string): ButtonId | null {
  const parts = customId.split(':');
  if (parts.length !== 5) return null;
  const [command, action, owner, key, arg] = parts as [string, string, string, string, string];
  if (![command, action, owner, key].every((p) => PART.test(p)) || !/^\d{1,6}$/.test(arg))
    return null;
  return { command, action, owner: owner === '-' ? null : owner, key, arg: Number(arg) };
}
