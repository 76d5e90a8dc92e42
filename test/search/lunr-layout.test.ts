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

function search(index: lunr.Index, terms: string[]) {
  return index.query((q) =>
    terms.forEach((term) => q.term(term, { usePipeline: false, fields: [FIELD] })),
  );
}

describe('the packed lunr layout', () => {
  it('answers every query like lunr’s own saved index (same documents, same scores, best first)', () => {
    const documents = fc.array(
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
      { minLength: 1, maxLength: 40 },
    );
    const query = fc.array(fc.constantFrom(...WORDS, 'absent'), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(documents, query, (docs, terms) => {
        // lunr's own save/load keeps three decimals of each weight; the packed layout does the same.
        const saved = lunr.Index.load(JSON.parse(JSON.stringify(builderOf(docs).build())));
        const packed = unpackLunr(
          JSON.parse(JSON.stringify(packLunr(builderOf(docs), docs.length))),
        ).index;
        const expected = search(saved, terms);
        const actual = search(packed, terms);
        // Weights are floats in the packed layout, doubles in lunr's: compare scores to 5 places,
        // and the order only where the scores differ at that precision.
        const scores = new Map(expected.map((r) => [r.ref, r.score]));
        expect(actual.map((r) => r.ref).sort()).toEqual([...scores.keys()].sort());
        for (const r of actual) expect(r.score).toBeCloseTo(scores.get(r.ref) ?? NaN, 5);
        actual.forEach((r, i) =>
          expect(r.score).toBeLessThanOrEqual((actual[i - 1]?.score ?? Infinity) + 1e-9),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('scores documents like lunr’s query does: the same documents, in the same order of score', () => {
    const documents = fc.array(
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
      { minLength: 1, maxLength: 40 },
    );
    const query = fc.uniqueArray(
      fc.tuple(fc.constantFrom(...WORDS, 'absent'), fc.constantFrom(1, 0.95, 0.6)),
      {
        minLength: 1,
        maxLength: 5,
        selector: ([term]) => term,
      },
    );
    fc.assert(
      fc.property(documents, query, (docs, terms) => {
        const { index, scorer } = unpackLunr(packLunr(builderOf(docs), docs.length));
        const expected = index.query((q) =>
          terms.forEach(([term, boost]) =>
            q.term(term, { usePipeline: false, fields: [FIELD], boost }),
          ),
        );
        const actual = scorer.top(new Map(terms), docs.length);
        expect(actual.map((r) => String(r.doc)).sort()).toEqual(expected.map((r) => r.ref).sort());
        // lunr divides every score by the same query norm: ratios between documents agree.
        const top = expected[0];
        const topActual = actual.find((r) => String(r.doc) === top?.ref);
        for (const r of expected) {
          const mine = actual.find((a) => String(a.doc) === r.ref);
          expect((mine?.score ?? NaN) / (topActual?.score ?? NaN)).toBeCloseTo(
            r.score / (top?.score ?? NaN),
            4,
          );
        }
      }),
      { numRuns: 60 },
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

  it('keeps fuzzy and wildcard expansion working through the token set', () => {
    const packed = unpackLunr(packLunr(builderOf([['agreement'], ['guard']]), 2)).index;
    expect(
      packed
        .query((q) => q.term('agrement', { usePipeline: false, editDistance: 1 }))
        .map((r) => r.ref),
    ).toEqual(['0']);
    expect(
      packed
        .query((q) => q.term('gu', { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING }))
        .map((r) => r.ref),
    ).toEqual(['1']);
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
