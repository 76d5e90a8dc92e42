/**
 * Packed integer and float arrays for the index file: a typed array saved as base64 parses in
 * a fraction of the time of a JSON array of numbers, and takes a fraction of the memory.
 *
 * Each array is saved in the narrowest element its values fit: integers of 0–255 as bytes and
 * of 0–65535 as 16-bit words (term ids, block numbers, list lengths), floats that are whole
 * thousandths (lunr's BM25 weights, rounded so) as 16-bit counts of thousandths. Reading an
 * index costs what its text costs to decode and parse, byte for byte (a large index's load is
 * mostly that: bench/probes/probe.ts under `node --cpu-prof`), so half the bytes is half that
 * part of the load. Unpacked they are the same Int32Array or Float32Array, value for value.
 */

/** A typed array as saved: its kind and its bytes in base64. */
export interface PackedArray {
  /**
   * `uint8` / `uint16` / `int32`: integers; `float32`: floats; `thousandths16`: floats saved as
   * 16-bit counts of thousandths (value k stands for k / 1000 at float precision).
   */
  type: 'int32' | 'uint16' | 'uint8' | 'float32' | 'thousandths16';
  base64: string;
}

/** base64 of a typed array's bytes (little-endian, as every platform Node runs on). */
function base64Of(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** Packs integers (each within ±2^31), in the narrowest element they all fit. */
export function packInts(values: ArrayLike<number>): PackedArray {
  let low = 0;
  let high = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low >= 0 && high <= 0xff) return { type: 'uint8', base64: base64Of(Uint8Array.from(values)) };
  if (low >= 0 && high <= 0xffff)
    return { type: 'uint16', base64: base64Of(Uint16Array.from(values)) };
  return { type: 'int32', base64: base64Of(Int32Array.from(values)) };
}

/**
 * Packs numbers at float precision (about seven significant digits); as 16-bit counts of
 * thousandths when each is, at float precision, a whole number of thousandths from 0 to 65.535.
 */
export function packFloats(values: ArrayLike<number>): PackedArray {
  const floats = Float32Array.from(values);
  const thousandths = new Uint16Array(floats.length);
  for (let i = 0; i < floats.length; i++) {
    const count = Math.round((floats[i] as number) * 1000);
    // Only when unpacking gives back the very same float.
    if (!(count >= 0 && count <= 0xffff) || Math.fround(count / 1000) !== floats[i])
      return { type: 'float32', base64: base64Of(floats) };
    thousandths[i] = count;
  }
  return { type: 'thousandths16', base64: base64Of(thousandths) };
}

function bytesOf(packed: PackedArray, expected: ReadonlyArray<PackedArray['type']>): Buffer {
  if (!expected.includes(packed?.type) || typeof packed.base64 !== 'string')
    throw new Error(`index: expected a packed ${expected.join(' or ')} array`);
  return Buffer.from(packed.base64, 'base64');
}

/**
 * The bytes as a typed array of `size`-byte elements: a view when they start at a multiple of
 * `size`, as a large array's own memory does, else an aligned copy (Buffer's pool may start
 * at any offset).
 */
function aligned<T>(
  bytes: Buffer,
  size: number,
  make: (buffer: ArrayBuffer, offset: number, length: number) => T,
): T {
  const length = Math.floor(bytes.byteLength / size);
  if (bytes.byteOffset % size === 0)
    return make(bytes.buffer as ArrayBuffer, bytes.byteOffset, length);
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return make(copy as ArrayBuffer, 0, length);
}

/** Unpacks integers. */
export function unpackInts(packed: PackedArray): Int32Array {
  const bytes = bytesOf(packed, ['int32', 'uint16', 'uint8']);
  if (packed.type === 'uint8') return new Int32Array(bytes);
  if (packed.type === 'uint16')
    return new Int32Array(aligned(bytes, 2, (buffer, at, n) => new Uint16Array(buffer, at, n)));
  return aligned(bytes, 4, (buffer, at, n) => new Int32Array(buffer, at, n));
}

/** Unpacks floats. */
export function unpackFloats(packed: PackedArray): Float32Array {
  const bytes = bytesOf(packed, ['float32', 'thousandths16']);
  if (packed.type === 'float32')
    return aligned(bytes, 4, (buffer, at, n) => new Float32Array(buffer, at, n));
  const thousandths = aligned(bytes, 2, (buffer, at, n) => new Uint16Array(buffer, at, n));
  const floats = new Float32Array(thousandths.length);
  for (let i = 0; i < thousandths.length; i++) floats[i] = (thousandths[i] as number) / 1000;
  return floats;
}

/** A list of integer lists, packed as one array of values and one of each list's length. */
export interface PackedLists {
  lengths: PackedArray;
  values: PackedArray;
}

/** Packs a list of integer lists. */
export function packLists(lists: ReadonlyArray<ArrayLike<number>>): PackedLists {
  const lengths = new Int32Array(lists.length);
  let total = 0;
  lists.forEach((list, i) => {
    lengths[i] = list.length;
    total += list.length;
  });
  const values = new Int32Array(total);
  let at = 0;
  for (const list of lists) {
    values.set(list, at);
    at += list.length;
  }
  return { lengths: packInts(lengths), values: packInts(values) };
}

/**
 * Integer lists unpacked: `get(i)` is a view, no copy, made on first use and kept: the same
 * lists (a candidate sentence's terms, a query term's postings) are read question after
 * question, and a view made on each read was garbage every question left (about 80 bytes a
 * view; bench/ask-allocation.ts).
 */
export class IntLists {
  /** Per list, its view once made. */
  private readonly views: Array<Int32Array | undefined>;

  private constructor(
    private readonly offsets: Int32Array,
    private readonly values: Int32Array,
  ) {
    this.views = new Array<Int32Array | undefined>(Math.max(0, offsets.length - 1)).fill(undefined);
  }

  static unpack(packed: PackedLists): IntLists {
    const lengths = unpackInts(packed.lengths);
    const offsets = new Int32Array(lengths.length + 1);
    for (let i = 0; i < lengths.length; i++)
      offsets[i + 1] = (offsets[i] as number) + (lengths[i] as number);
    const values = unpackInts(packed.values);
    if (offsets[lengths.length] !== values.length)
      throw new Error('index: packed lists whose lengths do not add up to their values');
    return new IntLists(offsets, values);
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  get(i: number): Int32Array {
    const view = this.views[i];
    if (view !== undefined) return view;
    const made = this.values.subarray(this.offsets[i] ?? 0, this.offsets[i + 1] ?? 0);
    if (i >= 0 && i < this.views.length) this.views[i] = made;
    return made;
  }

  /** The length of list `i`, without making a view of it. */
  sizeOf(i: number): number {
    return (this.offsets[i + 1] ?? 0) - (this.offsets[i] ?? 0);
  }

  /** Every list's values, one after another: list `i` is `start(i)` up to `start(i + 1)`. */
  get allValues(): Int32Array {
    return this.values;
  }

  /** Where list `i` starts among all values (for arrays kept parallel to them). */
  start(i: number): number {
    return this.offsets[i] ?? 0;
  }
}
