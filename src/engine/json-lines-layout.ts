/**
 * JSON laid out so that it can be read a piece at a time. A live engine swaps a rebuilt index
 * in on the thread that answers questions (live.ts); one `JSON.parse` of the State of the
 * Union's 30 MB index held that thread for 250–500 ms (bench/swap-stall.ts). Written by
 * {@link layOutJson}, a large object or array has each member or element on a line of its
 * own (split again while a part is larger than {@link LINE_CHARS}); {@link parseLaidOutJson}
 * parses it line by line and lets the event loop turn between lines. The text stays one valid
 * JSON document (line breaks are whitespace between tokens), so `JSON.parse` reads it whole
 * too, and the reader reads any JSON text, split or not.
 */
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

/** Options of {@link parseLaidOutJson}. */
export interface ParseOptions {
  /** Let the event loop turn after this much work (ms); default {@link TURN_AFTER_MS}. */
  turnAfterMs?: number;
}

/** True for JSON's whitespace within a line (RFC 8259, section 2: space, tab, carriage return). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}

/**
 * `text` without JSON's whitespace at either end. Looks at the ends only: a regular expression
 * anchored at the end (`[ \t\r]+$`) is tried at every blank inside a line of article text, and
 * took a seventh of a large index's load (bench/probes/probe.ts under `node --cpu-prof`).
 */
function trimBlanks(text: string): string {
  let first = 0;
  let end = text.length;
  while (first < end && isBlank(text.charCodeAt(first))) first++;
  while (end > first && isBlank(text.charCodeAt(end - 1))) end--;
  return first === 0 && end === text.length ? text : text.slice(first, end);
}

/**
 * Parses JSON text (UTF-8 bytes) as `JSON.parse` does, a line at a time, letting the event loop
 * turn between lines: the longest stretch without a turn is about the time of the longest line.
 * Read line by line: the layout of {@link layOutJson}, and `JSON.stringify`'s output compact or
 * indented. A line holds whole values or object members, separated by commas, or one member or
 * element that opens an object or array (`"key": {`, `[`), or a closing bracket. Any other
 * JSON text is parsed whole.
 *
 * @throws SyntaxError when the text is not valid JSON.
 */
export async function parseLaidOutJson(
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<unknown> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return await parseLines(buffer, options.turnAfterMs ?? TURN_AFTER_MS);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // Valid JSON laid out otherwise ("1,\n2" inside an array, say), or no JSON at all.
    return JSON.parse(buffer.toString('utf8')) as unknown;
  }
}

async function parseLines(buffer: Buffer, turnAfter: number): Promise<unknown> {
  const stack: Open[] = [];
  let result: { value: unknown } | undefined;
  /** The line before ended with a comma: the next item's separator. */
  let commaBefore = false;
  const place = (key: string | undefined, value: unknown) => {
    const parent = stack.at(-1);
    if (parent === undefined) {
      if (result !== undefined) throw new SyntaxError('JSON: text after the end of the value');
      result = { value };
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
  };
  let worked = performance.now();
  for (let start = 0; start < buffer.length;) {
    let end = buffer.indexOf(0x0a, start);
    if (end < 0) end = buffer.length;
    let line = trimBlanks(buffer.toString('utf8', start, end));
    start = end + 1;
    if (line === '') continue;
    const open = stack.at(-1);
    const commaFirst = line.startsWith(',');
    if (commaFirst) line = trimBlanks(line.slice(1));
    const commaLast = line.endsWith(',');
    if (commaLast) line = trimBlanks(line.slice(0, -1));
    if (line === '') throw new SyntaxError('JSON: unexpected ","');
    // Items in a container are separated by exactly one comma, at the end of a line or the start of the next.
    const separated = commaBefore || commaFirst;
    if ((commaBefore && commaFirst) || (open === undefined && (separated || commaLast)))
      throw new SyntaxError('JSON: unexpected ","');
    commaBefore = commaLast;
    if (line === '}' || line === ']') {
      if (open === undefined || Array.isArray(open.container) !== (line === ']') || separated)
        throw new SyntaxError(`JSON: unexpected "${line}"`);
      stack.pop();
      place(open.key, open.container);
      const parent = stack.at(-1);
      if (parent) parent.count += 1;
      continue;
    }
    if (open !== undefined && open.count > 0 !== separated)
      throw new SyntaxError('JSON: expected "," between items');
    const last = line[line.length - 1];
    if (last === '{' || last === '[') {
      // No JSON value ends with an opening bracket: this line opens one.
      const inObject = open !== undefined && !Array.isArray(open.container);
      const key = inObject ? keyOf(line.slice(0, -1)) : undefined;
      if (!inObject && line.length > 1)
        throw new SyntaxError('JSON: unexpected text before a bracket');
      stack.push({ container: last === '{' ? {} : [], key, count: 0 });
      if (commaLast) throw new SyntaxError('JSON: unexpected "," after a bracket');
    } else if (open === undefined) {
      place(undefined, JSON.parse(line));
    } else if (Array.isArray(open.container)) {
      for (const element of JSON.parse(`[${line}]`) as unknown[]) {
        place(undefined, element);
        open.count += 1;
      }
    } else {
      const members = JSON.parse(`{${line}}`) as Record<string, unknown>;
      for (const key of Object.keys(members)) {
        place(key, members[key]);
        open.count += 1;
      }
    }
    if (performance.now() - worked >= turnAfter) {
      await turnOfEventLoop();
      worked = performance.now();
    }
  }
  if (stack.length > 0 || result === undefined || commaBefore)
    throw new SyntaxError('JSON: unexpected end');
  return result.value;
}

/** The key of `"key":`, as JSON reads it. */
function keyOf(text: string): string {
  const colon = trimBlanks(text);
  if (!colon.endsWith(':')) throw new SyntaxError('JSON: expected a key before a bracket');
  const key = JSON.parse(colon.slice(0, -1)) as unknown;
  if (typeof key !== 'string') throw new SyntaxError('JSON: a key must be a string');
  return key;
}
