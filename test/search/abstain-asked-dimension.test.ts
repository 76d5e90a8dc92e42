/**
 * The dimension a "how tall / high / deep / wide" question asks (src/search/abstain-asked-thing.ts
 * `DIMENSION_WORDS`): a length said of a thing with no dimension named is its greatest extent,
 * the one "how long" asks, so it answers "how long is the sea wall" and not "how tall is it". A
 * tiny invented corpus: a harbour's new sea wall, measured only along its length, and a well and
 * a mast measured in the dimension asked.
 */
import { describe, expect, it } from 'vitest';
import { askedThingOf } from '../../src/search/abstain-asked-thing.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The sea wall: its length by "of", its cost, its builder; no height, depth or width. */
const WALL: SearchFixtureArticle = {
  id: 'wall',
  title: 'Porthcarrow sea wall work begins',
  outlet: 'Carrow Bay Mercury',
  published: '2025-04-07',
  paragraphs: [
    ['Work began on Monday on 850 metres of new sea wall along the Porthcarrow seafront.'],
    ['The Porthcarrow sea wall will cost £9 million and is due to be finished next spring.'],
    ['Contractor Penwith Marine will build the sea wall in three stages.'],
  ],
};

/** The same town's well and radio mast, each measured in the dimension a question asks. */
const MEASURED: SearchFixtureArticle = {
  id: 'measured',
  title: 'Porthcarrow landmarks restored',
  outlet: 'Carrow Bay Mercury',
  published: '2025-05-12',
  paragraphs: [
    ['Volunteers have cleared a 40-foot well behind the Porthcarrow chapel.'],
    ['The Porthcarrow radio mast, repainted last week, is 62 metres high.'],
    ['The old Porthcarrow slipway has a width of 6 metres.'],
  ],
};

describe('a "how ADJ" question for one dimension', () => {
  it('asks that dimension named when the adjective is said of the thing', () => {
    expect(askedThingOf('how tall will the sea wall be')?.dimensionNamed).toBe(true);
    expect(askedThingOf('how deep is the well')?.dimensionNamed).toBe(true);
    // Another verb gives the dimension: "rises 52 metres" answers "how high does it rise".
    expect(askedThingOf('how high does the railway rise')?.dimensionNamed).toBeUndefined();
    // "How long" asks the greatest extent, which a bare length gives.
    expect(askedThingOf('how long is the sea wall')?.dimensionNamed).toBeUndefined();
  });

  it('is not answered by a length with no dimension named', () => {
    const { engine } = engineOver(WALL);
    for (const question of [
      'how tall will the sea wall be',
      'how high is the new sea wall',
      'how wide is the porthcarrow sea wall',
    ])
      expect(engine.ask(question).answered, question).toBe(false);
  });

  it('leaves "how long" to the same length', () => {
    const { engine } = engineOver(WALL, MEASURED);
    const reply = engine.ask('how long is the new sea wall');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('850 metres of new sea wall');
  });

  it('is answered by the dimension named, or by a measure before the noun', () => {
    const { engine } = engineOver(WALL, MEASURED);
    for (const [question, answer] of [
      ['how tall is the porthcarrow radio mast', '62 metres high'],
      ['how wide is the old slipway', 'a width of 6 metres'],
      ['how deep is the well behind the chapel', '40-foot well'],
    ] as const) {
      const reply = engine.ask(question);
      expect(reply.answered, question).toBe(true);
      expect(
        reply.passages.some((p) => p.quote.includes(answer)),
        question,
      ).toBe(true);
    }
  });
});
