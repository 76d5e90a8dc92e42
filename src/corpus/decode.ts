/**
 * Decoding an article file's bytes into text. UTF-8 (with or without a byte-order mark) and
 * UTF-16 with a byte-order mark are read with Node's `TextDecoder`; anything else is
 * identified with `chardet` (an HTML page's declared charset tried first) and decoded with
 * `iconv-lite`, or refused. chardet's ranking among single-byte encodings is unreliable on
 * short files (Polish ISO-8859-2 ranked below ISO-8859-1), so every candidate that explains
 * the bytes is decoded and the most plausible text wins (plausibility.ts `wrongDecodingSigns`); chardet's
 * order breaks ties. Node 20's own `TextDecoder('windows-1252')` maps bytes
 * 0x80–0x9F to control characters instead of the WHATWG table (’ “ ” € …), so legacy
 * encodings go through iconv-lite. Text is never decoded lossily: a byte sequence no encoding
 * explains is an error naming the file, not a U+FFFD in a quote; so are bytes holding a NUL
 * (a binary file, or UTF-16 with no byte-order mark to say so), which no text holds; so is
 * damaged UTF-8 (damaged-utf8.ts): bytes that are not valid UTF-8 but nearly all of whose
 * sequences beyond ASCII are, or that hold UTF-8's sequences, whole or cut short, and that no
 * encoding tried reads as plain writing. A detected charset is a guess, accepted only when its
 * text is plausible; a file refused by name is honest, its mojibake quoted as the article's
 * words would not be.
 */
import { createRequire } from 'node:module';
import type chardetModule from 'chardet';
import type iconvModule from 'iconv-lite';
import { fileError } from './errors.js';
import type { ArticleFormat } from './formats.js';
import { wrongDecodingSigns } from './plausibility.js';
import {
  damagedUtf8Problem,
  holdsUtf8,
  nearlyAllUtf8,
  signsOfDamage,
  utf8Damage,
} from './damaged-utf8.js';

/**
 * chardet and iconv-lite, loaded on first use: nearly every file is UTF-8, and a process that
 * only hashes the corpus to load a prebuilt index should not pay for them at start-up.
 */
const require = createRequire(import.meta.url);
let legacy: { chardet: typeof chardetModule; iconv: typeof iconvModule } | undefined;
function legacyDecoders() {
  legacy ??= {
    chardet: require('chardet') as typeof chardetModule,
    iconv: require('iconv-lite') as typeof iconvModule,
  };
  return legacy;
}

/** An article's text and the encoding it was read in (a WHATWG encoding name). */
export interface DecodedText {
  text: string;
  encoding: string;
  /**
   * True when the encoding was detected, not stated (no byte-order mark, not valid UTF-8, no
   * charset declared by the page): a guess, which `validate` reports as one.
   */
  detected?: boolean;
}

/**
 * Single-byte encodings always tried besides chardet's candidates: the Latin ones docs/corpus-folder.md
 * names, which chardet may leave out (it never proposes Windows-1250).
 */
const LATIN_FALLBACKS = ['windows-1252', 'iso-8859-2', 'windows-1250'];
/**
 * How many bytes chardet ranks candidates from: its cost grows with the file (about 3 s for
 * 5 MB), and every candidate is then checked against all the bytes anyway.
 */
const DETECTION_SAMPLE = 64 * 1024;

/** Control characters that never occur in text: a sign the bytes were decoded wrongly. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;
/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
const HTML_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;
/** How much of an HTML file is searched for its charset (the HTML standard's prescan limit). */
const PRESCAN_BYTES = 1024;

/**
 * Decodes UTF-8 or UTF-16 (a byte-order mark is dropped); null when the bytes are not valid.
 * Valid UTF-8 is UTF-8 even with a stray control character in it (a corrupt character in the
 * source, kept as it is); without a byte-order mark, UTF-16 must look like text.
 */
function decodeUnicode(bytes: Uint8Array, encoding: string, allowControls: boolean): string | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return !allowControls && CONTROL.test(text) ? null : text;
  } catch {
    return null;
  }
}

/**
 * Labels that name ISO-8859-1 or ASCII are read as windows-1252, which agrees with them on
 * every printable character (the WHATWG Encoding Standard maps these labels the same way).
 */
function legacyName(label: string): string {
  const name = label.trim().toLowerCase();
  return /^(?:iso[-_]?8859[-_]1|latin-?1|l1|us-ascii|ascii|cp819|ibm819)$/.test(name)
    ? 'windows-1252'
    : name;
}

/** Decodes a legacy encoding; null when it cannot explain every byte. */
function decodeLegacy(bytes: Uint8Array, encoding: string): string | null {
  const { iconv } = legacyDecoders();
  if (!iconv.encodingExists(encoding)) return null;
  const text = iconv.decode(Buffer.from(bytes), encoding);
  return text.includes('\uFFFD') || CONTROL.test(text) ? null : text;
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset an HTML page declares in its first {@link PRESCAN_BYTES} bytes, if any. */
function declaredCharset(bytes: Uint8Array, format: ArticleFormat): string | null {
  if (format !== 'html') return null;
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  return HTML_CHARSET.exec(head)?.[1] ?? null;
}

/**
 * The problem of bytes holding a NUL (0x00), which no text in any encoding this reads holds but
 * UTF-16 (git calls a file holding one binary, by the same test): UTF-16 without a byte-order
 * mark when the NULs fall in every other byte (the high byte of each Latin letter: `C\0a\0f\0`
 * little-endian), else a binary file. Null when the bytes hold no NUL.
 */
function nulProblem(bytes: Uint8Array): string | null {
  const first = bytes.indexOf(0);
  if (first < 0) return null;
  const sample = bytes.subarray(0, UTF16_SAMPLE);
  const zeros = [0, 0];
  sample.forEach((byte, i) => {
    if (byte === 0) zeros[i % 2]! += 1;
  });
  const [even, odd] = zeros as [number, number];
  const pairs = Math.floor(sample.length / 2);
  // A text in a Latin script is mostly characters below U+0100: one byte of each pair zero.
  const order =
    odd >= pairs * UTF16_ZERO_SHARE && even <= odd * UTF16_STRAY_SHARE
      ? 'little-endian'
      : even >= pairs * UTF16_ZERO_SHARE && odd <= even * UTF16_STRAY_SHARE
        ? 'big-endian'
        : null;
  return order === null
    ? `is not text: it holds NUL bytes (the first at byte ${first}), which no text file holds; is it a picture, an archive or a document renamed? save the article as text (UTF-8), or move the file out of the folder`
    : `is UTF-16 (${order}) without a byte-order mark, so nothing in it says how to read it: save it as UTF-8 (or as UTF-16 with its byte-order mark, as Notepad's "Unicode" does)`;
}

/** How many bytes are read for UTF-16's pattern of NULs. */
const UTF16_SAMPLE = 64 * 1024;
/** The least share of the byte pairs whose one byte is NUL for UTF-16 (text mostly in a Latin script). */
const UTF16_ZERO_SHARE = 0.3;
/** The most NULs in the other byte of the pairs, per NUL in the one (U+0100, "Ā", is `00 01`). */
const UTF16_STRAY_SHARE = 0.05;

function decodeAs(bytes: Uint8Array, encoding: string): string | null {
  return /^utf-16/.test(encoding)
    ? decodeUnicode(bytes, encoding, false)
    : decodeLegacy(bytes, encoding);
}

/**
 * Decodes an article file. Throws a CorpusError (see errors.ts fileError) naming the file when no encoding
 * explains its bytes (the administrator should save it as UTF-8).
 *
 * @param format how the text is read: an HTML page's own `<meta charset>` is a stated charset
 * @param stated a charset the package holding the text states for it (a MIME part's
 *   `Content-Type: …; charset=…`): tried first, like a page's declared one
 * @example
 * decodeArticle(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), 'cafe.txt', 'text')
 * // { text: 'Café', encoding: 'windows-1252' }
 */
export function decodeArticle(
  bytes: Uint8Array,
  file: string,
  format: ArticleFormat,
  stated?: string,
): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom !== null) {
    const text = decodeUnicode(bytes, bom, true);
    if (text !== null) return { text, encoding: bom };
    throw fileError(
      file,
      `starts with a ${bom} byte-order mark but is not valid ${bom}; save it as UTF-8`,
    );
  }
  // A charset the package states as UTF-16 says how to read its NULs; otherwise a NUL is no
  // text's (ASCII in UTF-16 is valid UTF-8, NULs and all).
  const unicode = stated !== undefined && /^utf-?16/i.test(stated.trim());
  const nul = unicode ? null : nulProblem(bytes);
  if (nul !== null) throw fileError(file, nul);
  const utf8 = decodeUnicode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const tried: string[] = [];
  const declared = stated ?? declaredCharset(bytes, format);
  if (declared !== null) {
    // A declared charset is stated metadata: it wins whenever it explains the bytes.
    const encoding = legacyName(declared);
    const text = encoding === 'utf-8' ? null : decodeAs(bytes, encoding);
    if (text !== null) return { text, encoding };
    tried.push(encoding);
  }
  // Bytes nearly all valid UTF-8 are UTF-8 with a few damaged places, whatever a detector
  // makes of them (damaged-utf8.ts).
  const damage = utf8Damage(bytes);
  const declarable = format === 'html' && declared === null;
  if (damage !== null && nearlyAllUtf8(damage))
    throw fileError(file, damagedUtf8Problem(damage, declarable));
  const labels = [
    ...legacyDecoders()
      .chardet.analyse(bytes.subarray(0, DETECTION_SAMPLE))
      .map((match) => match.name),
    ...LATIN_FALLBACKS,
  ];
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const label of labels) {
    const encoding = legacyName(label);
    if (encoding === 'utf-8' || tried.includes(encoding)) continue;
    tried.push(encoding);
    const text = decodeAs(bytes, encoding);
    if (text === null) continue;
    const score = wrongDecodingSigns(text);
    if (best === null || score < best.score) best = { text, encoding, score };
  }
  // A detection is accepted only when its text is plausible: bytes holding what UTF-8 writes
  // (a cut download, a bad copy) that no encoding reads as plain writing are damaged UTF-8,
  // refused rather than quoted as mojibake ("â€", "窶").
  if (damage !== null && holdsUtf8(damage) && (best === null || signsOfDamage(damage, best.score)))
    throw fileError(file, damagedUtf8Problem(damage, declarable));
  if (best !== null) return { text: best.text, encoding: best.encoding, detected: true };
  throw fileError(
    file,
    `is not UTF-8 and no encoding fits it${tried.length ? ` (tried ${tried.join(', ')})` : ''}; save it as UTF-8`,
  );
}
