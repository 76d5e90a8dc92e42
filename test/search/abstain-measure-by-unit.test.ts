/**
 * A measure asked by its name and answered by a value in its unit (src/search/plan/quantity.ts,
 * abstain-asked-attribute.ts, abstain-asked-thing.ts): "each weighing about a tonne" weighs one
 * tonne (the article is the numeral one unstressed); "a 30mph limit" names the speed of "what
 * speed limit" (a quantity's value is a number times a unit of that quantity, SI Brochure §2.1);
 * "how deep was it buried" is a passive, whose verb gives the dimension ("buried about two
 * metres down"). Tiny invented corpora; the questions asking what the coverage does not give
 * stay refused.
 */
import { describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Sacks of gravel dropped on a breached weir, each weighing a tonne. */
const SACKS: SearchFixtureArticle = {
  id: 'weir',
  title: 'Helicopter drops gravel on Farlow weir',
  outlet: 'Farlow Echo',
  published: '2025-03-02',
  paragraphs: [
    ['A helicopter dropped 60 sacks of gravel onto the breached Farlow weir on Sunday.'],
    ['The sacks, each weighing about a tonne, were lowered from a height of 20 metres.'],
    ['Engineers said the weir would be inspected again on Monday.'],
  ],
};

/** A road reopened with a limit in mph; the speed of the repairs praised in words. */
const ROAD: SearchFixtureArticle = {
  id: 'road',
  title: 'Lorn Road reopens after landslip',
  outlet: 'Farlow Echo',
  published: '2025-03-09',
  paragraphs: [
    ['Lorn Road reopened on Friday, although a 30mph limit remains in place past the quarry.'],
    ['Residents praised the speed of the repairs.'],
    ['A temporary footpath will stay closed until April.'],
  ],
};

/** A shell found buried, its depth said by a length and "down". */
const SHELL: SearchFixtureArticle = {
  id: 'shell',
  title: 'Wartime shell found at Delby allotments',
  outlet: 'Delby Times',
  published: '2025-04-11',
  paragraphs: [
    ['A wartime shell found at Delby allotments was made safe by army experts on Thursday.'],
    ['The shell was buried about two metres down in clay beside a shed.'],
    ['Forty homes were evacuated for six hours.'],
  ],
};

describe('a measure answered by a value in its unit', () => {
  it('reads "a tonne" as a weight of one tonne', () => {
    const answer = engineOver(SACKS).engine.ask('how much did each sack weigh');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('a tonne');
  });

  it('reads a figure in mph as naming the speed of a speed limit', () => {
    const answer = engineOver(ROAD).engine.ask('what speed limit is there past the quarry now');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('30mph');
  });

  it('still refuses a limit of another quantity named by no unit of it', () => {
    expect(
      engineOver(ROAD).engine.ask('what weight limit is there past the quarry now').answered,
    ).toBe(false);
  });

  it('reads "how deep was it buried" as a passive whose verb gives the depth', () => {
    const answer = engineOver(SHELL).engine.ask('how deep was the shell buried');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('two metres down');
  });

  it('still refuses a copular "how deep" with a length of no dimension', () => {
    expect(engineOver(SHELL).engine.ask('how deep is the shed').answered).toBe(false);
  });
});
