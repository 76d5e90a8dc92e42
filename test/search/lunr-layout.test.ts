import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { packDocuments, unpackLunr } from '../../src/search/lunr-layout.js';
import { IntLists, packLists, unpackFloats } from '../../src/search/packed.js';

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

const FIELD = 't';

/** A real lunr index (default builder, one field) of documents given as lists of terms. */
function lunrIndexOf(documents: string[][]): lunr.Index {
  const builder = new lunr.Builder();
  builder.ref('id');
  builder.field(FIELD);
  documents.forEach((terms, id) => builder.add({ id: String(id), [FIELD]: terms }));
  return builder.build();
}

/** The documents as {@link packDocuments} takes them: term ids into a vocabulary in first-seen order. */
function packedOf(documents: string[][]) {
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  const lists = documents.map((terms) =>
    terms.map((term) => {
      if (!ids.has(term)) ids.set(term, vocabulary.push(term) - 1);
      return ids.get(term) as number;
    }),
  );
  return packDocuments(lists, vocabulary);
}

/** A built lunr index's weights, term → document → weight (the parts lunr's types leave out). */
function lunrWeights(index: lunr.Index): Map<string, Map<number, number>> {
  const inner = index as unknown as {
    invertedIndex: Record<string, { _index: number }>;
    fieldVectors: Record<string, { elements: number[] }>;
  };
  const termOf = new Map(Object.entries(inner.invertedIndex).map(([t, p]) => [p._index, t]));
  const weights = new Map<string, Map<number, number>>();
  for (const [ref, vector] of Object.entries(inner.fieldVectors)) {
    const doc = Number(ref.slice(ref.indexOf('/') + 1));
    for (let i = 0; i < vector.elements.length; i += 2) {
      const term = termOf.get(vector.elements[i] as number) as string;
      if (!weights.has(term)) weights.set(term, new Map());
      weights.get(term)?.set(doc, vector.elements[i + 1] as number);
    }
  }
  return weights;
}

/** Words whose keys an object orders or treats apart: integer-like, and Object's own names. */
const TRICKY = ['2021', '10', '9', 'constructor', 'tostring'];
const corpora = fc.array(fc.array(fc.constantFrom(...WORDS, ...TRICKY), { maxLength: 12 }), {
  minLength: 1,
  maxLength: 40,
});

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
        const index = lunrIndexOf(docs);
        const expected = index.query((q) =>
          terms.forEach(([term, boost]) =>
            q.term(term, { usePipeline: false, fields: [FIELD], boost }),
          ),
        );
        // Through JSON, as the index file stores it.
        const { scorer } = unpackLunr(JSON.parse(JSON.stringify(packedOf(docs))));
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

  it('keeps the best `limit` documents: the head of the whole ranking, ties by lower number', () => {
    // Documents drawn from a few texts, so that many tie on score.
    const texts = [WORDS.slice(0, 2), WORDS.slice(1, 3), WORDS.slice(0, 1), WORDS.slice(0, 3)];
    const documents = fc.oneof(
      fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), {
        minLength: 1,
        maxLength: 60,
      }),
      fc.array(fc.constantFrom(...texts), { minLength: 1, maxLength: 60 }),
    );
    const query = fc.uniqueArray(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(1, 0.6)), {
      minLength: 1,
      maxLength: 4,
      selector: ([term]) => term,
    });
    fc.assert(
      fc.property(documents, query, fc.nat(70), (docs, terms, limit) => {
        const { scorer } = unpackLunr(packedOf(docs));
        const all = scorer.top(new Map(terms), docs.length);
        for (let i = 1; i < all.length; i++) {
          const [a, b] = [all[i - 1]!, all[i]!];
          expect(a.score > b.score || (a.score === b.score && a.doc < b.doc)).toBe(true);
        }
        expect(scorer.top(new Map(terms), limit)).toEqual(all.slice(0, limit));
        expect(scorer.top(new Map(terms), Infinity)).toEqual(all);
        // Only documents `accept` lets through, still the best of them.
        const even = (doc: number) => doc % 2 === 0;
        expect(scorer.top(new Map(terms), limit, even)).toEqual(
          all.filter((r) => even(r.doc)).slice(0, limit),
        );
      }),
      { numRuns: 120 },
    );
  });

  it('holds exactly the postings and weights of a real lunr index built by builder.build()', () => {
    fc.assert(
      fc.property(corpora, (docs) => {
        const packed = JSON.parse(JSON.stringify(packedOf(docs)));
        const expected = lunrWeights(lunrIndexOf(docs));
        expect(packed.terms).toEqual([...expected.keys()].sort());
        const postings = IntLists.unpack(packed.postings);
        const weights = unpackFloats(packed.postingWeights);
        packed.terms.forEach((term: string, t: number) => {
          const docs = Array.from(postings.get(t));
          const own = docs.map((_, i) => weights[postings.start(t) + i]);
          const theirs = expected.get(term) as Map<number, number>;
          expect(docs).toEqual([...theirs.keys()].sort((a, b) => a - b));
          // Saved as float32, as the index file stores them.
          expect(own).toEqual(docs.map((d) => Math.fround(theirs.get(d) as number)));
        });
      }),
      { numRuns: 80 },
    );
  });

  it('expands typos and prefixes through lunr’s token set', () => {
    const { termSet } = unpackLunr(packedOf([['agreement'], ['guard'], ['guards']]));
    expect(termSet.fuzzy('agrement', 1, 5, 16)).toEqual(['agreement']);
    expect(termSet.completions('gua', 5).sort()).toEqual(['guard', 'guards']);
  });

  it('gives no typo tolerance to a word longer than the limit, however close', () => {
    const long = 'internationalisations';
    const { termSet } = unpackLunr(packedOf([[long]]));
    expect(termSet.fuzzy(`${long.slice(0, -1)}x`, 1, 5, long.length)).toEqual([long]);
    expect(termSet.fuzzy(`${long.slice(0, -1)}x`, 1, 5, 16)).toEqual([]);
  });

  it('refuses a packed index whose parts do not fit together', () => {
    const packed = packedOf([['agreement']]);
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
        lengths: { type: 'float32', base64: '' },
        values: { type: 'int32', base64: '' },
      }),
    ).toThrow('index: expected a packed int32 or uint16 or uint8 array');
  });
});
