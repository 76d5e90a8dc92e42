/**
 * `npm run sign-request`: signs an interaction body as Discord does (Ed25519 over
 * `X-Signature-Timestamp` + body, Discord API docs, "Interactions > Receiving and Responding >
 * Security and Authorization"), with the published test key of src/http/test-key.ts, so that
 * `npm run serve` can be tried on one's own machine with no Discord application:
 *
 *   npm run -s sign-request -- --public-key          the key for DISCORD_PUBLIC_KEY
 *   npm run -s sign-request -- '{"type":1,…}' | curl -sS -K - http://127.0.0.1:8080/interactions
 *
 * The body's request is printed as a curl config (curl's `-K`: its headers and data), so no
 * shell quoting of the signature or the body is needed. The timestamp is now: the endpoint
 * refuses one more than 60 s from its clock, so a config is sent at once.
 */
import { sign } from 'node:crypto';
import { TEST_PUBLIC_KEY_HEX, testPrivateKey } from '../http/test-key.js';
import { EXIT, UsageError, parseCommandLine, type CliCommand, type CliIO } from './common.js';

const USAGE = `usage: npm run -s sign-request -- --public-key
       npm run -s sign-request -- 'BODY' | curl -sS -K - http://127.0.0.1:8080/interactions
  Signs BODY (an interaction's JSON) with the published test key (RFC 8032, 7.1, TEST 1) and
  prints the request as a curl config. --public-key prints that key's public half, for
  DISCORD_PUBLIC_KEY. For your own machine only: anyone can sign with this key.`;

/** A curl config string value (curl's manual, "-K, --config"): quoted, `\\` and `"` escaped. */
export function curlConfigString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return `"${escaped}"`;
}

/**
 * The signed request for `body` at `timestampS` (Unix seconds) as a curl config: the JSON
 * content type, the two signature headers, and the body as sent.
 */
export function signedRequestConfig(
  body: string,
  timestampS: number = Math.floor(Date.now() / 1000),
): string {
  const timestamp = String(timestampS);
  const signature = sign(null, Buffer.from(timestamp + body, 'utf8'), testPrivateKey());
  return [
    `header = ${curlConfigString('content-type: application/json')}`,
    `header = ${curlConfigString(`x-signature-ed25519: ${signature.toString('hex')}`)}`,
    `header = ${curlConfigString(`x-signature-timestamp: ${timestamp}`)}`,
    `data-binary = ${curlConfigString(body)}`,
    '',
  ].join('\n');
}

async function main(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(
    argv,
    { 'public-key': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    'a body',
  );
  if (values['public-key']) {
    if (positionals.length > 0)
      throw new UsageError('--public-key takes no body: give one or the other');
    io.stdout.write(`${TEST_PUBLIC_KEY_HEX}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1)
    throw new UsageError('give the body to sign as one argument, in single quotes');
  const body = positionals[0]!;
  try {
    JSON.parse(body);
  } catch (error) {
    throw new UsageError(`the body is not JSON (${(error as Error).message})`);
  }
  io.stdout.write(signedRequestConfig(body));
  return EXIT.ok;
}

/** `sign-request`: see the file header. */
export const signRequestCommand: CliCommand = { name: 'sign-request', usage: USAGE, main };
