/**
 * A plain-text e-mail in UTF-8 as a mail program saves it (RFC 5322 §2.1: header fields, a blank
 * line, the body; lines ended by CRLF), for the corpus tests of `.eml` files.
 */

/**
 * The bytes of a message with the header fields `headers` ("From: …", "Date: …", "Subject: …",
 * each a whole line), then the MIME fields of one UTF-8 text part, then the `body` lines.
 */
export function plainTextEmail(headers: readonly string[], body: readonly string[]): Buffer {
  return Buffer.from(
    [
      ...headers,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      ...body,
      '',
    ].join('\r\n'),
    'utf-8',
  );
}
