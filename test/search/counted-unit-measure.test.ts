/**
 * "How many km" counts a unit of measure, so it asks for a length as "how far" does
 * (search/plan/quantity.ts `countedUnitDimension`): a length written with the unit's symbol
 * ("3km") or its name ("three kilometres") answers, the symbol and the name being one unit (NIST
 * SP 811; the SI Brochure, chapter 5), and a count of things ("at 14 places") does not. Invented
 * articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { countedUnitDimension } from '../../src/search/plan/quantity.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const FLOOD: SearchFixtureArticle = {
  id: 'mercury-flood',
  title: 'Canal bursts its banks at Ashcombe',
  outlet: 'Ashcombe Mercury',
  published: '2026-02-09',
  paragraphs: [
    ['The towpath flooded at 14 places overnight, the canal trust said.'],
    ['Floodwater covered four kilometres of the towpath by Sunday morning.'],
  ],
};
const REPAIR: SearchFixtureArticle = {
  id: 'post-repair',
  title: 'Towpath repairs begin',
  outlet: 'Ashcombe Post',
  published: '2026-02-20',
  paragraphs: [
    ['Repairs began on Monday after 6km of towpath flooded in the storm.'],
    ['The trust said 9 volunteers had flooded the office with calls.'],
  ],
};
const OTHERS: SearchFixtureArticle[] = [
  {
    id: 'post-lock',
    title: 'Lock keeper retires',
    outlet: 'Ashcombe Post',
    published: '2026-01-12',
    paragraphs: [['The lock keeper retired after 31 years at Ashcombe lock.']],
  },
  {
    id: 'radio-boats',
    title: 'Boats moored for winter',
    outlet: 'Radio Ashcombe',
    published: '2026-01-15',
    paragraphs: [['Some 40 narrowboats are moored at the basin for the winter.']],
  },
];

describe('a count of a unit of measure', () => {
  it('asks for a quantity in the unit’s dimension, by its symbol or its name', () => {
    expect(countedUnitDimension('km')).toBe('length');
    expect(countedUnitDimension('kilometres')).toBe('length');
    expect(countedUnitDimension('miles')).toBe('length');
    expect(countedUnitDimension('kg')).toBe('weight');
    expect(countedUnitDimension('tonnes')).toBe('weight');
    for (const word of ['stories', 'floors', 'yards', 'pounds', 'people', 'ha'])
      expect(countedUnitDimension(word), word).toBeNull();
    expect(answerTypeOf('how many km of towpath flooded?')).toMatchObject({
      name: 'number',
      dimension: 'length',
    });
    expect(answerTypeOf('how many miles an hour was it going?')?.dimension).toBeUndefined();
    expect(answerTypeOf('how many stories did the paper run?')?.dimension).toBeUndefined();
  });

  it('is answered by a length in the unit’s name or symbol, not by a count of things', () => {
    const { engine } = engineOver(FLOOD, REPAIR, ...OTHERS);
    const answer = engine.ask('how many km of towpath flooded?');
    expect(answer.answered).toBe(true);
    const quotes = answer.passages.slice(0, 2).map((passage) => passage.quote);
    expect(quotes.some((quote) => quote.includes('four kilometres'))).toBe(true);
    expect(quotes.some((quote) => quote.includes('6km of towpath'))).toBe(true);
  });
});
