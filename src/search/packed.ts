/**
 * Packed integer and float arrays for the index file: a typed array saved as base64 parses in
 * a fraction of the time of a JSON array of numbers, and takes a fraction of the memory.
 */

/** A typed array as saved: its kind and its bytes in base64. */
export interface PackedArray {
  type: 'int32' | 'float32';
  base64: string;
}

/** Packs integers (each within ±2^31). */
export function packInts(values: ArrayLike<number>): PackedArray {
  return { type: 'int32', base64: Buffer.from(Int32Array.from(values).buffer).toString('base64') };
}

/** Packs numbers at float precision (about seven significant digits). */
export function packFloats(values: ArrayLike<number>): PackedArray {
  return {
    type: 'float32',
    base64: Buffer.from(Float32Array.from(values).buffer).toString('base64'),
  };
}

function bytesOf(packed: PackedArray, expected: PackedArray['type']): Buffer {
  if (packed?.type !== expected || typeof packed.base64 !== 'string')
    throw new Error(`index: expected a packed ${expected} array`);
  return Buffer.from(packed.base64, 'base64');
}

/** Unpacks integers. */
export function unpackInts(packed: PackedArray): Int32Array {
  const bytes = bytesOf(packed, 'int32');
  // Copy into an aligned buffer: Buffer's pool may start at any offset.
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Unpacks floats. */
export function unpackFloats(packed: PackedArray): Float32Array {
  const bytes = bytesOf(packed, 'float32');
  return new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
}

/** A list of integer lists, packed as one array of values and one of offsets. */
export interface PackedLists {
  offsets: PackedArray;
  values: PackedArray;
}

/** Packs a list of integer lists. */
export function packLists(lists: ReadonlyArray<ArrayLike<number>>): PackedLists {
  const offsets = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    offsets[i] = total;
    total += list.length;
  });
  offsets[lists.length] = total;
  const values = new Int32Array(total);
  lists.forEach((list, i) => values.set(Array.from(list), offsets[i] as number));
  return { offsets: packInts(offsets), values: packInts(values) };
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
    return new IntLists(unpackInts(packed.offsets), unpackInts(packed.values));
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
