/** Signs HTTP interaction requests as Discord does, with a test keypair made on the spot. */
import { generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/** A fresh Ed25519 keypair; `publicHex` is what DISCORD_PUBLIC_KEY would hold. */
export function testKeyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicHex: Buffer.from(jwk.x!, 'base64url').toString('hex') };
}

/** The headers Discord sends with `body`: signature over timestamp + body. */
export function signatureHeaders(
  privateKey: KeyObject,
  body: string | Buffer,
  timestampS: number = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const timestamp = String(timestampS);
  const signed = Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]);
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': sign(null, signed, privateKey).toString('hex'),
    'x-signature-timestamp': timestamp,
  };
}
