/**
 * Packed arrays are saved as narrow as their values allow (packed.ts) and unpack to the very
 * values packed: an index's bytes are most of its load, so a term id, a block number or a list
 * length that fits 16 bits is saved in two bytes, not four.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IntLists,
  packFloats,
  packInts,
  packLists,
  unpackFloats,
  unpackInts,
} from '../../src/search/packed.js';

/** Bytes of a packed array's base64 text, decoded. */
const bytesOf = (base64: string) => Buffer.from(base64, 'base64').length;

describe('packed arrays', () => {
  it('saves integers in the narrowest element they all fit', () => {
    expect(packInts([0, 7, 255])).toMatchObject({ type: 'uint8' });
    expect(bytesOf(packInts([0, 7, 255]).base64)).toBe(3);
    expect(packInts([0, 256, 65_535])).toMatchObject({ type: 'uint16' });
    expect(bytesOf(packInts([0, 256, 65_535]).base64)).toBe(6);
    expect(packInts([0, 65_536])).toMatchObject({ type: 'int32' });
    expect(packInts([-1, 3])).toMatchObject({ type: 'int32' });
  });

  it('unpacks integers to the values packed, whatever their width', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), (values) => {
        const packed = JSON.parse(JSON.stringify(packInts(values)));
        expect(Array.from(unpackInts(packed))).toEqual(values);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 70_000 })), (values) => {
        expect(Array.from(unpackInts(packInts(values)))).toEqual(values);
      }),
    );
  });

  it('saves whole thousandths (BM25 weights rounded so) as 16-bit counts, the same floats back', () => {
    const weights = [0, 0.001, 1.234, 9.999, 65.535];
    const packed = packFloats(weights);
    expect(packed.type).toBe('thousandths16');
    expect(bytesOf(packed.base64)).toBe(weights.length * 2);
    expect(unpackFloats(packed)).toEqual(Float32Array.from(weights));
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 65_535 })), (counts) => {
        const floats = Float32Array.from(counts, (count) => count / 1000);
        const unpacked = unpackFloats(JSON.parse(JSON.stringify(packFloats(floats))));
        expect(Array.from(unpacked)).toEqual(Array.from(floats));
      }),
    );
  });

  it('keeps floats that are not whole thousandths, or too large, at float precision', () => {
    for (const values of [[0.0005], [1.5, 65.536], [-0.001], [Math.PI]]) {
      const packed = packFloats(values);
      expect(packed.type).toBe('float32');
      expect(unpackFloats(packed)).toEqual(Float32Array.from(values));
    }
  });

  it('saves lists by their lengths, read back as the same lists', () => {
    const lists = [[1, 2, 3], [], [70_000], [4]];
    const packed = packLists(lists);
    expect(packed.lengths.type).toBe('uint8');
    const unpacked = IntLists.unpack(JSON.parse(JSON.stringify(packed)));
    lists.forEach((list, i) => expect(Array.from(unpacked.get(i))).toEqual(list));
    expect(unpacked.start(3)).toBe(4);
  });

  it('refuses lists whose lengths do not add up to their values', () => {
    expect(() =>
      IntLists.unpack({ lengths: packInts([2, 2]), values: packInts([1, 2, 3]) }),
    ).toThrow('index: packed lists whose lengths do not add up to their values');
  });
});
