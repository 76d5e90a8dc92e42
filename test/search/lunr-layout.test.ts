import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import {
  FIELD,
  REF,
  createTermBuilder,
  packLunr,
  unpackLunr,
} from '../../src/search/lunr-layout.js';
import { IntLists, packLists } from '../../src/search/packed.js';

const WORDS = [
  'agreement',
  'guard',
  'belarus',
  'russia',
  'police',
  'sanction',
  'reserve',
  'minsk',
  'moscow',
  'treaty',
  'border',
  'protest',
];

function builderOf(documents: string[][]): lunr.Builder {
  const builder = new lunr.Builder();
  builder.ref('id');
  builder.field(FIELD);
  documents.forEach((terms, id) => builder.add({ id: String(id), [FIELD]: terms }));
  return builder;
}

describe('the packed lunr layout', () => {
  it('scores documents like a real lunr index built by builder.build(): the same documents, in the same order of score', () => {
    const documents = fc.array(
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
      { minLength: 1, maxLength: 40 },
    );
    const query = fc.uniqueArray(
      fc.tuple(fc.constantFrom(...WORDS, 'absent'), fc.constantFrom(1, 0.95, 0.6)),
      { minLength: 1, maxLength: 5, selector: ([term]) => term },
    );
    fc.assert(
      fc.property(documents, query, (docs, terms) => {
        const index = builderOf(docs).build();
        const expected = index.query((q) =>
          terms.forEach(([term, boost]) =>
            q.term(term, { usePipeline: false, fields: [FIELD], boost }),
          ),
        );
        // Through JSON, as the index file stores it.
        const { scorer } = unpackLunr(
          JSON.parse(JSON.stringify(packLunr(builderOf(docs), docs.length))),
        );
        const actual = scorer.top(new Map(terms), docs.length);
        expect(actual.map((r) => String(r.doc)).sort()).toEqual(expected.map((r) => r.ref).sort());
        // lunr divides every score by the same query norm, and keeps three decimals of each
        // weight when saved: ratios between documents agree.
        const top = expected[0];
        const topActual = actual.find((r) => String(r.doc) === top?.ref);
        for (const r of expected) {
          const mine = actual.find((a) => String(a.doc) === r.ref);
          expect((mine?.score ?? NaN) / (topActual?.score ?? NaN)).toBeCloseTo(
            r.score / (top?.score ?? NaN),
            2,
          );
        }
      }),
      { numRuns: 80 },
    );
  });

  it('builds the same index with terms handed over as strings as with lunr’s own tokens', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), {
          minLength: 1,
          maxLength: 30,
        }),
        (docs) => {
          const fast = createTermBuilder();
          const standard = new lunr.Builder();
          standard.ref(REF);
          standard.field(FIELD);
          docs.forEach((terms, id) => {
            fast.add({ [REF]: String(id), [FIELD]: terms });
            standard.add({ [REF]: String(id), [FIELD]: terms });
          });
          expect(packLunr(fast, docs.length)).toEqual(packLunr(standard, docs.length));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('expands typos and prefixes through lunr’s token set', () => {
    const { termSet } = unpackLunr(packLunr(builderOf([['agreement'], ['guard'], ['guards']]), 3));
    expect(termSet.fuzzy('agrement', 1, 5, 16)).toEqual(['agreement']);
    expect(termSet.completions('gua', 5).sort()).toEqual(['guard', 'guards']);
  });

  it('gives no typo tolerance to a word longer than the limit, however close', () => {
    const long = 'internationalisations';
    const { termSet } = unpackLunr(packLunr(builderOf([[long]]), 1));
    expect(termSet.fuzzy(`${long.slice(0, -1)}x`, 1, 5, long.length)).toEqual([long]);
    expect(termSet.fuzzy(`${long.slice(0, -1)}x`, 1, 5, 16)).toEqual([]);
  });

  it('refuses a packed index whose parts do not fit together', () => {
    const packed = packLunr(builderOf([['agreement']]), 1);
    expect(() => unpackLunr({ ...packed, terms: [...packed.terms, 'extra'] })).toThrow(
      'index: the packed lunr index is inconsistent',
    );
  });
});

describe('packed integer lists', () => {
  it('round-trip through JSON', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 8 }), {
          maxLength: 20,
        }),
        (lists) => {
          const unpacked = IntLists.unpack(JSON.parse(JSON.stringify(packLists(lists))));
          expect(unpacked.length).toBe(lists.length);
          lists.forEach((list, i) => expect(Array.from(unpacked.get(i))).toEqual(list));
        },
      ),
    );
  });

  it('refuses data that is not what it says', () => {
    expect(() =>
      IntLists.unpack({
        offsets: { type: 'float32', base64: '' },
        values: { type: 'int32', base64: '' },
      }),
    ).toThrow('index: expected a packed int32 array');
  });
});
