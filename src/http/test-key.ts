/**
 * A published Ed25519 key pair for trying the HTTP interactions endpoint on one's own machine
 * (`npm run -s sign-request`, docs/operations.md): RFC 8032 §7.1, TEST 1, whose secret key is
 * printed in the RFC. Anyone can sign with it, so a server whose DISCORD_PUBLIC_KEY is
 * {@link TEST_PUBLIC_KEY_HEX} accepts requests from anyone: never set it for a real application
 * (the serve log warns when it is set).
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';

/** RFC 8032 §7.1 TEST 1 secret key (the 32-byte seed), hex. */
export const TEST_SECRET_KEY_HEX =
  '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';

/** RFC 8032 §7.1 TEST 1 public key, hex: what DISCORD_PUBLIC_KEY holds to accept its signatures. */
export const TEST_PUBLIC_KEY_HEX =
  'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';

/** The DER prefix of an Ed25519 private key in PKCS #8 (RFC 8410 §7), before the 32-byte seed. */
const PKCS8_ED25519_PREFIX = '302e020100300506032b657004220420';

/** The private key of {@link TEST_SECRET_KEY_HEX}. */
export function testPrivateKey(): KeyObject {
  return createPrivateKey({
    key: Buffer.from(PKCS8_ED25519_PREFIX + TEST_SECRET_KEY_HEX, 'hex'),
    format: 'der',
    type: 'pkcs8',
  });
}

/** True when `publicKeyHex` is the published test key (any case). */
export function isTestPublicKey(publicKeyHex: string): boolean {
  return publicKeyHex.toLowerCase() === TEST_PUBLIC_KEY_HEX;
}
