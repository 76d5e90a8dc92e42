/**
 * Ed25519 verification of Discord's interaction requests (Discord API docs, "Interactions >
 * Receiving and Responding > Security and Authorization"): the signature in
 * `X-Signature-Ed25519` (hex) is over `X-Signature-Timestamp` + the raw body, by the key shown
 * as the application's Public Key (32 bytes, hex). Uses node:crypto only.
 */
import { createPublicKey, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/**
 * How far a request's timestamp may be from this machine's clock, in seconds. Discord signs each
 * request as it sends it; a wider gap means a replayed request (or a badly set clock).
 */
export const MAX_TIMESTAMP_SKEW_S = 60;

/** The application's public key, from its 64 hex digits. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('public key: expected 64 hex digits');
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

/** Why a request was refused, or null when it is authentic and fresh. */
export type VerifyFailure =
  'missing headers' | 'malformed signature' | 'stale timestamp' | 'bad signature';

/**
 * Checks one request. `nowS` is the current Unix time in seconds.
 *
 * @returns null when the signature is valid for `timestamp + body` and the timestamp is within
 *   {@link MAX_TIMESTAMP_SKEW_S} of `nowS`; otherwise the reason, never thrown.
 */
export function verifyInteraction(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowS: number = Date.now() / 1000,
): VerifyFailure | null {
  if (!signature || !timestamp) return 'missing headers';
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return 'malformed signature';
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowS - Number(timestamp)) > MAX_TIMESTAMP_SKEW_S)
    return 'stale timestamp';
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? null : 'bad signature';
}
