import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packTermTable, TermTable } from '../../src/search/term-table.js';

const table = (entries: Array<[string, string[]]>) => TermTable.unpack(packTermTable(entries));

describe('a term table saved as one string', () => {
  it('finds every key, first, last and in between, whatever order the entries came in', () => {
    const t = table([
      ['weapon', ['arm', 'munit']],
      ['take effect', ['come forc']],
      ['abolish', ['end']],
      ['zeal', ['ardor']],
      ['expel', ['expuls']],
    ]);
    expect(t.get('abolish')).toEqual(['end']);
    expect(t.get('expel')).toEqual(['expuls']);
    expect(t.get('take effect')).toEqual(['come forc']);
    expect(t.get('weapon')).toEqual(['arm', 'munit']);
    expect(t.get('zeal')).toEqual(['ardor']);
  });

  it('answers nothing for a key it lacks: before the first, after the last, a prefix, a longer key, the empty key', () => {
    const t = table([
      ['arm', ['weapon']],
      ['army', ['forc']],
      ['war', ['conflict']],
    ]);
    for (const missing of ['', 'a', 'ar', 'arms', 'armz', 'b', 'wa', 'wars', 'zz', 'constructor'])
      expect(t.get(missing)).toEqual([]);
    expect(table([]).get('arm')).toEqual([]);
  });

  it('returns the same list for a key asked again', () => {
    const t = table([['arm', ['weapon']]]);
    expect(t.get('arm')).toBe(t.get('arm'));
  });

  it('agrees with a Map of the same entries for any keys and lookups', () => {
    const word = fc.stringMatching(/^[a-zé0-9]{1,6}( [a-z]{1,4})?$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(word, fc.array(word, { minLength: 1, maxLength: 3 })), {
          selector: ([key]) => key,
          maxLength: 40,
        }),
        fc.array(word, { maxLength: 20 }),
        (entries, lookups) => {
          const t = table(entries);
          const map = new Map(entries);
          for (const key of [...map.keys(), ...lookups])
            expect(t.get(key)).toEqual(map.get(key) ?? []);
        },
      ),
    );
  });

  it('refuses what it cannot save: a repeated key, an empty word, a line or field break', () => {
    expect(() =>
      packTermTable([
        ['arm', ['a']],
        ['arm', ['b']],
      ]),
    ).toThrow(/key "arm" repeats/);
    expect(() => packTermTable([['arm', ['']]])).toThrow(/cannot be saved/);
    expect(() => packTermTable([['arm', ['a\nb']]])).toThrow(/cannot be saved/);
    expect(() => packTermTable([['a\tb', ['c']]])).toThrow(/cannot be saved/);
  });

  it('refuses a saved table that is not one', () => {
    expect(() => TermTable.unpack({ lines: 3 } as unknown as { lines: string })).toThrow(
      /term table is malformed/,
    );
  });
});
