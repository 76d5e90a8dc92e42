/**
 * Damaged UTF-8: bytes that are not valid UTF-8 yet hold what UTF-8 writes (a cut download, a
 * bad copy, a stray byte). Measured with the WHATWG Encoding Standard's UTF-8 decoder (Node's
 * `TextDecoder`), which puts one U+FFFD for each maximal subpart of an ill-formed sequence
 * (Unicode §3.9, "U+FFFD Substitution of Maximal Subparts"): the longest start of a well-formed
 * sequence, or one byte when none starts there. What UTF-8 writes and a single-byte or CJK
 * legacy encoding makes only by chance:
 * - a well-formed multi-byte sequence (a lead byte C2–F4 then the continuation bytes 80–BF it
 *   needs): in legacy text a letter must fall before exactly the right number of symbols;
 * - a sequence cut short (a lead byte, perhaps with some of its continuation bytes, then a byte
 *   that cannot continue it): the shape of UTF-8 losing bytes.
 * Legacy text read as UTF-8 is mostly ill-formed: Windows-1252 "café" puts E9 before ASCII;
 * measured on invented news sentences, Shift_JIS, EUC-JP, GBK, Big5 and EUC-KR decode to at most
 * 43 % well-formed sequences among their bytes beyond ASCII (about 30 % over a whole text), and
 * Windows-1251, -1252, -1253 and ISO-8859-2 to none.
 */

/** What the UTF-8 decoder finds in bytes that are not valid UTF-8. */
export interface Utf8Damage {
  /** Maximal subparts of ill-formed sequences: each decodes to one U+FFFD. */
  illFormed: number;
  /** Well-formed characters beyond ASCII (multi-byte sequences). */
  wellFormed: number;
  /**
   * True when some ill-formed subpart is two bytes or more: a lead byte and continuation bytes,
   * cut short. A lead byte alone is not counted: Windows-1252 "é" before a space looks the same.
   */
  cutShort: boolean;
  /** The first ill-formed subpart: its 0-based byte offset, 1-based line and bytes. */
  first: { offset: number; line: number; bytes: Uint8Array };
}

/** U+FFFD's own UTF-8 bytes: a replacement character written in the file, which is well-formed. */
const REPLACEMENT_BYTES = Buffer.from([0xef, 0xbf, 0xbd]);
/** The share of well-formed sequences among the sequences beyond ASCII that makes a file UTF-8. */
const NEARLY_ALL = 2 / 3;
/** How many sequences beyond ASCII a legacy text read right may show one sign of a wrong decoding in. */
const SEQUENCES_PER_SIGN = 4;
/** Line breaks as the corpus reads them (CRLF, CR, LF). */
const LINE_BREAK = /\r\n?|\n/g;

/** Occurrences of U+FFFD written in the bytes (EF BF BD), which the decoder reads as itself. */
function literalReplacements(bytes: Buffer): number {
  let count = 0;
  for (
    let at = bytes.indexOf(REPLACEMENT_BYTES);
    at >= 0;
    at = bytes.indexOf(REPLACEMENT_BYTES, at + 3)
  )
    count += 1;
  return count;
}

/** True when `bytes` begin a well-formed UTF-8 sequence (the decoder, streaming, accepts them). */
function beginsSequence(bytes: Uint8Array): boolean {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }) === '';
  } catch {
    return false;
  }
}

/** The maximal subpart at `offset`: the longest start of a well-formed sequence, else one byte. */
function maximalSubpart(bytes: Uint8Array, offset: number): Uint8Array {
  for (let length = 3; length > 1; length -= 1) {
    const part = bytes.subarray(offset, offset + length);
    if (part.length === length && beginsSequence(part)) return part;
  }
  return bytes.subarray(offset, offset + 1);
}

/**
 * What the UTF-8 decoder finds in `bytes` (see the file header); null when they are valid UTF-8.
 * Linear in the bytes: one decoding and one count.
 */
export function utf8Damage(bytes: Uint8Array): Utf8Damage | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A byte-order mark is kept as text, so that the text's bytes are the file's.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer);
  const literal = literalReplacements(buffer);
  let replacements = 0;
  let beyondAscii = 0;
  let firstAt = -1;
  // The byte offset of the text's code unit `counted`, kept up to the first ill-formed subpart.
  let offset = 0;
  let counted = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A 4-byte sequence is a surrogate pair: counted once, at its high surrogate.
    if (code <= 0x7f || (code >= 0xdc00 && code <= 0xdfff)) continue;
    beyondAscii += 1;
    if (code !== 0xfffd) continue;
    replacements += 1;
    if (firstAt >= 0) continue;
    // Everything before the first ill-formed subpart is well-formed, so its bytes are its text's.
    offset += Buffer.byteLength(text.slice(counted, i));
    counted = i;
    if (!buffer.subarray(offset, offset + 3).equals(REPLACEMENT_BYTES)) firstAt = i;
  }
  const illFormed = replacements - literal;
  if (illFormed === 0 || firstAt < 0) return null;
  const wellFormed = beyondAscii - illFormed;
  // One U+FFFD (3 bytes) stands for each subpart: bytes beyond one per subpart are cut short.
  const cutShort = buffer.length - Buffer.byteLength(text) + 2 * illFormed > 0;
  const prefix = text.slice(0, firstAt);
  return {
    illFormed,
    wellFormed,
    cutShort,
    first: {
      offset,
      line: 1 + (prefix.match(LINE_BREAK)?.length ?? 0),
      bytes: maximalSubpart(buffer, offset),
    },
  };
}

/**
 * True when nearly all of the sequences beyond ASCII are well-formed UTF-8 (at least
 * {@link NEARLY_ALL} of them): UTF-8 with a few damaged places, which no legacy encoding's text
 * matches (see the file header).
 */
export function nearlyAllUtf8(damage: Utf8Damage): boolean {
  return damage.wellFormed >= NEARLY_ALL * (damage.wellFormed + damage.illFormed);
}

/** True when the bytes hold what UTF-8 writes: a well-formed multi-byte sequence or one cut short. */
export function holdsUtf8(damage: Utf8Damage): boolean {
  return damage.wellFormed > 0 || damage.cutShort;
}

/**
 * True when a legacy decoding's signs of a wrong decoding (plausibility.ts `wrongDecodingSigns`)
 * are damaged UTF-8's: at least one for every {@link SEQUENCES_PER_SIGN} sequences beyond ASCII.
 * Read as a legacy encoding, UTF-8 shows a sign at most of its characters and damaged places
 * ("â€", "Ã©", "窶"); a legacy text read right shows a few at most, its own writing's (a
 * symbol an orthography the signs do not know puts inside a word), among many characters.
 */
export function signsOfDamage(damage: Utf8Damage, signs: number): boolean {
  return signs > 0 && signs * SEQUENCES_PER_SIGN >= damage.wellFormed + damage.illFormed;
}

/** Bytes in hexadecimal, as a hex editor shows them ("E2 80"). */
function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/**
 * The problem of a file refused as damaged UTF-8: where it is not UTF-8, why it is taken for
 * damaged UTF-8 rather than another encoding, and what to do. Names no encoding: none was used.
 *
 * @param declarable true for an HTML page that declares no charset, which could declare one
 * @example
 * damagedUtf8Problem(utf8Damage(Buffer.from('Wagon\n\nThe wagon \xe2\x80 leaked \xc3 badly.', 'latin1'))!, false)
 * // 'is damaged UTF-8, so it is not read (its quotes would be garbled): 2 places in it are not
 * // valid UTF-8 (the first on line 3, at byte 17: bytes E2 80, a character cut short), and no
 * // other encoding reads it as plain writing; save the original article again as UTF-8'
 */
export function damagedUtf8Problem(damage: Utf8Damage, declarable: boolean): string {
  const { illFormed, wellFormed, first } = damage;
  const what = beginsSequence(first.bytes)
    ? `${first.bytes.length === 1 ? 'byte' : 'bytes'} ${hex(first.bytes)}, a character cut short`
    : `byte ${hex(first.bytes)}, which begins no UTF-8 character`;
  const places = illFormed === 1 ? '1 place in it is' : `${illFormed} places in it are`;
  const reason = nearlyAllUtf8(damage)
    ? `while ${wellFormed} of its ${wellFormed + illFormed} characters beyond ASCII are valid UTF-8`
    : 'and no other encoding reads it as plain writing';
  const declare = declarable
    ? ' (or, if the page is really in another encoding, declare it: <meta charset="…">)'
    : '';
  return `is damaged UTF-8, so it is not read (its quotes would be garbled): ${places} not valid UTF-8 (${illFormed === 1 ? '' : 'the first '}on line ${first.line}, at byte ${first.offset}: ${what}), ${reason}; save the original article again as UTF-8${declare}`;
}
