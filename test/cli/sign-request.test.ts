/**
 * `npm run sign-request` (src/cli/sign-request.ts): a request it signs with the published test
 * key passes the endpoint's own check (src/http/verify.ts) once DISCORD_PUBLIC_KEY is that key's
 * public half, and the curl config it prints carries the body byte for byte.
 */
import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  curlConfigString,
  signRequestCommand,
  signedRequestConfig,
} from '../../src/cli/sign-request.js';
import { TEST_PUBLIC_KEY_HEX, isTestPublicKey, testPrivateKey } from '../../src/http/test-key.js';
import { publicKeyFromHex, verifyInteraction } from '../../src/http/verify.js';
import { runCommand } from '../support/cli-io.js';

/** The value of `name = "…"` in a curl config, unescaped (the escapes curlConfigString writes). */
function configValues(config: string, name: string): string[] {
  return [...config.matchAll(new RegExp(`^${name} = "((?:[^"\\\\]|\\\\.)*)"$`, 'gm'))].map((m) =>
    m[1]!.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c),
  );
}

describe('the published test key', () => {
  it("is RFC 8032 7.1 TEST 1: its signature of the empty message is the RFC's", () => {
    expect(sign(null, Buffer.alloc(0), testPrivateKey()).toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    expect(isTestPublicKey(TEST_PUBLIC_KEY_HEX.toUpperCase())).toBe(true);
    expect(isTestPublicKey('0'.repeat(64))).toBe(false);
  });
});

describe('sign-request', () => {
  const body =
    '{"id":"1","application_id":"100000000000000001","type":1,"token":"t","q":"a \\"b\\" \\\\ c"}';

  it('prints a request the endpoint accepts, with the body as given', () => {
    const now = 1_800_000_000;
    const config = signedRequestConfig(body, now);
    const headers = configValues(config, 'header');
    expect(headers).toContain('content-type: application/json');
    const value = (name: string) =>
      headers.find((h) => h.startsWith(`${name}: `))!.slice(name.length + 2);
    expect(value('x-signature-timestamp')).toBe(String(now));
    expect(configValues(config, 'data-binary')).toEqual([body]);
    const key = publicKeyFromHex(TEST_PUBLIC_KEY_HEX);
    const check = (sent: string) =>
      verifyInteraction(
        key,
        value('x-signature-ed25519'),
        value('x-signature-timestamp'),
        Buffer.from(sent),
        now,
      );
    expect(check(body)).toBeNull();
    expect(check(body.replace('"t"', '"u"'))).toBe('bad signature');
  });

  it('escapes quotes, backslashes and line breaks for curl', () => {
    expect(curlConfigString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
  });

  it('prints the public key, and refuses a body that is not JSON or missing', async () => {
    const key = await runCommand(signRequestCommand, ['--public-key']);
    expect(key).toMatchObject({ code: 0, stdout: `${TEST_PUBLIC_KEY_HEX}\n` });
    const notJson = await runCommand(signRequestCommand, ['{type:1}']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^sign-request: the body is not JSON/);
    expect((await runCommand(signRequestCommand, [])).code).toBe(2);
    expect((await runCommand(signRequestCommand, ['--public-key', body])).code).toBe(2);
  });
});
