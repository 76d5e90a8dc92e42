/**
 * JSON laid out so that it can be read a piece at a time. A live engine swaps a rebuilt index
 * in on the thread that answers questions (live.ts); one `JSON.parse` of the State of the
 * Union's 30 MB index held that thread for 250–500 ms (bench/swap-stall.ts). Written by
 * {@link layOutJson}, a large object or array has each member or element on a line of its
 * own (split again while a part is larger than {@link LINE_CHARS}); {@link parseLaidOutJson}
 * parses it line by line and lets the event loop turn between lines, and {@link readLaidOutJson}
 * does so as it reads a file, each line as soon as it is read. The text stays one valid
 * JSON document (line breaks are whitespace between tokens), so `JSON.parse` reads it whole
 * too, and the reader reads any JSON text, split or not.
 */
import { open } from 'node:fs/promises';
import { turnOfEventLoop } from './event-loop.js';

/** A part of the document longer than this (in UTF-16 units) is split into lines, when it has parts. */
export const LINE_CHARS = 256 * 1024;
/**
 * The reader lets the event loop turn once it has worked this long (ms) without a turn: well
 * under the 0.1 s within which a reply feels instant, and a few lines' work.
 */
export const TURN_AFTER_MS = 10;

/** `value` as JSON text in the layout above; `JSON.stringify(value)` when it is small. */
export function layOutJson(value: unknown): string {
  // Written as flat pieces joined once at the end: text built by nesting templates is a tree
  // of pieces that every later search or join of it copied again, level by level (two thirds
  // of the State of the Union index's write).
  const pieces: string[] = [];
  const data = jsonData(value);
  if (isLarge(data)) writeLarge(data, pieces);
  else pieces.push(JSON.stringify(data) ?? 'null');
  return pieces.join('');
}

/** What JSON.stringify writes of a value: its toJSON() result when it has one, else itself. */
function jsonData(value: unknown): unknown {
  return hasToJSON(value) ? value.toJSON() : value;
}

/** True for an object or array whose JSON is about {@link LINE_CHARS} or longer: it is split. */
function isLarge(data: unknown): data is object {
  return data !== null && typeof data === 'object' && longerThan(data, LINE_CHARS);
}

/** Writes a large object or array to `pieces`, each of its items on lines as {@link Lines} says. */
function writeLarge(data: object, pieces: string[]): void {
  const line = new Lines(pieces);
  if (Array.isArray(data)) {
    pieces.push('[\n');
    for (const element of data as unknown[]) {
      const item = jsonData(element);
      if (isLarge(item)) {
        line.startSplit();
        writeLarge(item, pieces);
      } else line.add(JSON.stringify(item) ?? 'null');
    }
    pieces.push('\n]');
    return;
  }
  pieces.push('{\n');
  for (const [key, member] of Object.entries(data)) {
    const item = jsonData(member);
    if (isLarge(item)) {
      line.startSplit();
      pieces.push(`${JSON.stringify(key)}:`);
      writeLarge(item, pieces);
    } else {
      const text = JSON.stringify(item) as string | undefined;
      if (text !== undefined) line.add(`${JSON.stringify(key)}:${text}`);
    }
  }
  pieces.push('\n}');
}

/**
 * The items of one object or array (elements, or members with their keys) as lines, written to
 * `pieces`: small ones together, up to {@link LINE_CHARS} a line, so that reading costs a parse
 * per line, not per item; an item laid out over lines of its own stands alone. Lines are
 * separated by a line break and the items' comma.
 */
class Lines {
  /** Lines begun so far. */
  #lines = 0;
  /** Characters of the line being filled with small items (0: none being filled). */
  #size = 0;

  constructor(private readonly pieces: string[]) {}

  /** Begins a line for an item laid out over lines of its own (which the caller then writes). */
  startSplit(): void {
    this.#begin();
  }

  /** Adds a small item, to the line being filled or, past {@link LINE_CHARS}, a new one. */
  add(item: string): void {
    if (this.#size > 0 && this.#size + item.length <= LINE_CHARS) this.pieces.push(',');
    else this.#begin();
    this.pieces.push(item);
    this.#size += item.length + 1;
  }

  #begin(): void {
    if (this.#lines > 0) this.pieces.push('\n,');
    this.#lines += 1;
    this.#size = 0;
  }
}

/**
 * True when `value`'s JSON is about `limit` characters or longer: counted roughly (a string's
 * length, a few characters for anything else) and only until it is, so that each part is
 * written once, by JSON.stringify, instead of measured by writing it.
 */
function longerThan(value: unknown, limit: number): boolean {
  let size = 0;
  const over = (part: unknown): boolean => {
    const data = hasToJSON(part) ? part.toJSON() : part;
    if (typeof data === 'string') size += data.length + 2;
    else if (Array.isArray(data)) {
      for (const element of data) if (over(element)) return true;
    } else if (data !== null && typeof data === 'object') {
      for (const [key, member] of Object.entries(data)) {
        size += key.length + 4;
        if (over(member)) return true;
      }
    }
    size += 2;
    return size > limit;
  };
  return over(value);
}

function hasToJSON(value: unknown): value is { toJSON(): unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}

/** An object or array being read, with the key it goes under in its parent. */
interface Open {
  container: Record<string, unknown> | unknown[];
  key: string | undefined;
  /** Members or elements read so far. */
  count: number;
}

/** Options of {@link parseLaidOutJson} and {@link readLaidOutJson}. */
export interface ParseOptions {
  /** Let the event loop turn after this much work (ms); default {@link TURN_AFTER_MS}. */
  turnAfterMs?: number;
}

const LINE_FEED = 0x0a;
const COMMA = 0x2c;

/** True for JSON's whitespace within a line (RFC 8259, section 2: space, tab, carriage return). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}

/**
 * Milliseconds on a monotonic clock. `process.hrtime` rather than `performance.now()`: the
 * first use of `performance` loads node:perf_hooks, a few milliseconds of every index load.
 */
function clockMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Parses JSON text (UTF-8 bytes) as `JSON.parse` does, a line at a time, letting the event loop
 * turn between lines: the longest stretch without a turn is about the time of the longest line.
 * Read line by line: the layout of {@link layOutJson}, and `JSON.stringify`'s output compact or
 * indented. A line holds whole values or object members, separated by commas, or one member or
 * element that opens an object or array (`"key": {`, `[`), or a closing bracket. Any other
 * JSON text is parsed whole. The bytes are left as they were.
 *
 * @throws SyntaxError when the text is not valid JSON.
 */
export async function parseLaidOutJson(
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<unknown> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const reader = new LineReader(options.turnAfterMs ?? TURN_AFTER_MS);
    for (let start = 0; start < buffer.length;) {
      let end = buffer.indexOf(LINE_FEED, start);
      if (end < 0) end = buffer.length;
      await reader.line(buffer, start, end);
      start = end + 1;
    }
    return reader.value();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // Valid JSON laid out otherwise ("1,\n2" inside an array, say), or no JSON at all.
    return JSON.parse(buffer.toString('utf8')) as unknown;
  }
}

/** Bytes read from a file at a time by {@link readLaidOutJson}. */
const READ_BYTES = 1024 * 1024;

/**
 * Reads a JSON file as {@link parseLaidOutJson} parses its bytes, a part at a time: each line is
 * parsed as soon as it has been read, through one buffer about as large as the longest line,
 * instead of the file's bytes held whole (a large index's 20 MB, the memory of every load touched
 * for the first time).
 *
 * @throws SyntaxError when the text is not valid JSON; the file system's errors as they come.
 */
export async function readLaidOutJson(file: string, options: ParseOptions = {}): Promise<unknown> {
  const handle = await open(file, 'r');
  try {
    const reader = new LineReader(options.turnAfterMs ?? TURN_AFTER_MS);
    // Byte 0 stands for the line break before the first line, so that every line kept in the
    // buffer has the byte before it there too (LineReader.line may write a bracket on it).
    let buffer = Buffer.allocUnsafe(READ_BYTES + 1);
    buffer[0] = LINE_FEED;
    let lineStart = 1;
    let filled = 1;
    let position = 0;
    for (;;) {
      if (filled === buffer.length) {
        // Full: the line being read goes to the front with the byte before it, or, when it
        // fills the buffer alone, into one twice as large.
        const keep = lineStart - 1;
        const target = keep > 0 ? buffer : Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(target, 0, keep, filled);
        buffer = target;
        filled -= keep;
        lineStart = 1;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      let searchFrom = filled;
      filled += bytesRead;
      for (;;) {
        const end = buffer.indexOf(LINE_FEED, searchFrom);
        if (end < 0 || end >= filled) break;
        await reader.line(buffer, lineStart, end);
        lineStart = searchFrom = end + 1;
      }
    }
    if (lineStart < filled) await reader.line(buffer.subarray(0, filled), lineStart, filled);
    return reader.value();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return JSON.parse(await handle.readFile('utf8')) as unknown;
  } finally {
    await handle.close();
  }
}

/** The lines of a laid-out JSON text, parsed one after another into the value they make. */
class LineReader {
  readonly #stack: Open[] = [];
  #result: { value: unknown } | undefined;
  /** The line before ended with a comma: the next item's separator. */
  #commaBefore = false;
  #worked = clockMs();

  constructor(private readonly turnAfter: number) {}

  /**
   * Reads the line `bytes[start, end)` (no line break), and lets the event loop turn when it
   * has worked long enough. The bytes just around it, `bytes[start - 1]` and `bytes[end]` where
   * the buffer has them, may be written over while it runs and are restored.
   */
  async line(bytes: Buffer, start: number, end: number): Promise<void> {
    this.#read(bytes, start, end);
    if (clockMs() - this.#worked >= this.turnAfter) {
      await turnOfEventLoop();
      this.#worked = clockMs();
    }
  }

  /** The value read. @throws SyntaxError when the lines read do not make one JSON value. */
  value(): unknown {
    if (this.#stack.length > 0 || this.#result === undefined || this.#commaBefore)
      throw new SyntaxError('JSON: unexpected end');
    return this.#result.value;
  }

  #place(key: string | undefined, value: unknown): void {
    const parent = this.#stack.at(-1);
    if (parent === undefined) {
      if (this.#result !== undefined)
        throw new SyntaxError('JSON: text after the end of the value');
      this.#result = { value };
    } else if (Array.isArray(parent.container)) {
      parent.container.push(value);
    } else {
      // As JSON.parse: an own property, even for "__proto__".
      Object.defineProperty(parent.container, key as string, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }

  #read(bytes: Buffer, start: number, end: number): void {
    // The line's text, found in its bytes: JSON's whitespace, and its separating commas at
    // either end, are ASCII bytes that no byte of a multibyte UTF-8 character can be.
    let first = start;
    let last = end;
    while (first < last && isBlank(bytes[first] as number)) first++;
    while (last > first && isBlank(bytes[last - 1] as number)) last--;
    if (first === last) return;
    const open = this.#stack.at(-1);
    const commaFirst = bytes[first] === COMMA;
    if (commaFirst) {
      first++;
      while (first < last && isBlank(bytes[first] as number)) first++;
    }
    const commaLast = last > first && bytes[last - 1] === COMMA;
    if (commaLast) {
      last--;
      while (last > first && isBlank(bytes[last - 1] as number)) last--;
    }
    if (first === last) throw new SyntaxError('JSON: unexpected ","');
    // Items in a container are separated by exactly one comma, at the end of a line or the start of the next.
    const separated = this.#commaBefore || commaFirst;
    if ((this.#commaBefore && commaFirst) || (open === undefined && (separated || commaLast)))
      throw new SyntaxError('JSON: unexpected ","');
    this.#commaBefore = commaLast;
    const lastByte = bytes[last - 1];
    if (last - first === 1 && (lastByte === 0x7d || lastByte === 0x5d)) {
      const closing = lastByte === 0x7d ? '}' : ']';
      if (open === undefined || Array.isArray(open.container) !== (closing === ']') || separated)
        throw new SyntaxError(`JSON: unexpected "${closing}"`);
      this.#stack.pop();
      this.#place(open.key, open.container);
      const parent = this.#stack.at(-1);
      if (parent) parent.count += 1;
      return;
    }
    if (open !== undefined && open.count > 0 !== separated)
      throw new SyntaxError('JSON: expected "," between items');
    if (lastByte === 0x7b || lastByte === 0x5b) {
      // No JSON value ends with an opening bracket: this line opens one.
      const inObject = open !== undefined && !Array.isArray(open.container);
      const key = inObject ? keyOf(bytes.toString('utf8', first, last - 1)) : undefined;
      if (!inObject && last - first > 1)
        throw new SyntaxError('JSON: unexpected text before a bracket');
      this.#stack.push({ container: lastByte === 0x7b ? {} : [], key, count: 0 });
      if (commaLast) throw new SyntaxError('JSON: unexpected "," after a bracket');
    } else if (open === undefined) {
      this.#place(undefined, JSON.parse(bytes.toString('utf8', first, last)));
    } else if (Array.isArray(open.container)) {
      for (const element of parseBracketed(bytes, first, last, '[', ']') as unknown[]) {
        this.#place(undefined, element);
        open.count += 1;
      }
    } else {
      const members = parseBracketed(bytes, first, last, '{', '}') as Record<string, unknown>;
      for (const key of Object.keys(members)) {
        this.#place(key, members[key]);
        open.count += 1;
      }
    }
  }
}

/**
 * `JSON.parse` of the text of `bytes[first, last)` between the brackets `opening` and
 * `closing`. The brackets are written over the bytes just outside it, when the buffer has
 * them, and the bytes restored after: the text is then decoded with its brackets, where
 * `${opening}${text}${closing}` would make a copy of it (which JSON.parse flattens), a third of
 * the memory a large index's load wrote to.
 */
function parseBracketed(
  bytes: Buffer,
  first: number,
  last: number,
  opening: string,
  closing: string,
): unknown {
  if (first === 0 || last === bytes.length)
    return JSON.parse(`${opening}${bytes.toString('utf8', first, last)}${closing}`);
  const before = bytes[first - 1] as number;
  const after = bytes[last] as number;
  bytes[first - 1] = opening.charCodeAt(0);
  bytes[last] = closing.charCodeAt(0);
  let text: string;
  try {
    text = bytes.toString('utf8', first - 1, last + 1);
  } finally {
    bytes[first - 1] = before;
    bytes[last] = after;
  }
  return JSON.parse(text);
}

/** The key of `"key":`, as JSON reads it. */
function keyOf(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (text[end - 1] !== ':') throw new SyntaxError('JSON: expected a key before a bracket');
  const key = JSON.parse(text.slice(0, end - 1)) as unknown;
  if (typeof key !== 'string') throw new SyntaxError('JSON: a key must be a string');
  return key;
}
