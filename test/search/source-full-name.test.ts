/**
 * A named source's full name is a name as a whole (query-plan.ts `writtenFullNames`): "Vale" of
 * "according to the Vale Courier" names the outlet, not the Ashby Vale its own text reports a
 * second bloom at, so it does not choose that other event (other-instance.ts), and the outlet's
 * article on the asked thing answers. Invented corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { questionWithoutSourceNames } from '../../src/search/plan/query-plan.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const ARTICLES: SearchFixtureArticle[] = [
  {
    id: 'courier-harl',
    title: 'Toxic bloom closes Harl Water',
    outlet: 'Vale Courier',
    published: '2025-07-10',
    paragraphs: [
      ['A toxic algae bloom has closed Harl Water to swimmers and boats.'],
      ['The agency said the peak reading in the lake had reached 121 micrograms per litre.'],
      ['Warning signs have been put up at every beach.'],
    ],
  },
  {
    id: 'courier-ashby',
    title: 'Second bloom found at Ashby Vale',
    outlet: 'Vale Courier',
    published: '2025-08-19',
    paragraphs: [
      ['A second, smaller algae bloom has been found on the pond at Ashby Vale.'],
      ['Officers said the toxin levels at Ashby Vale were low, and the pond stays open.'],
    ],
  },
  {
    id: 'post-harl',
    title: 'Algae bloom on Harl Water kills fish',
    outlet: 'Harl Post',
    published: '2025-07-11',
    paragraphs: [
      ['An algae bloom on Harl Water has killed hundreds of fish, the agency said.'],
      ['Anglers have been told to stay away from the lake.'],
    ],
  },
  {
    id: 'radio-harl',
    title: 'Harl Water bloom: beaches stay shut',
    outlet: 'Radio Harl',
    published: '2025-07-12',
    paragraphs: [
      ['Beaches on Harl Water will stay shut while the algae bloom lasts.'],
      ['The agency is testing the water twice a week.'],
    ],
  },
];

describe("a named source's full name", () => {
  beforeAll(() => {
    engineOver(...ARTICLES);
  });

  it('is marked as the name, its words apart not', () => {
    const { index } = engineOver(...ARTICLES);
    const plan = index.rank('according to the vale courier what was the peak reading').plan;
    expect(plan.sourceNames).toEqual([
      [17, 21],
      [22, 29],
    ]);
    expect(questionWithoutSourceNames(plan)).not.toContain('vale');
    // A word of the name written apart is still the question's own.
    const apart = index.rank('what did the vale courier say about ashby vale').plan;
    expect(questionWithoutSourceNames(apart)).toMatch(/ashby vale$/);
  });

  it("answers from the outlet's article on the asked thing", () => {
    const { engine } = engineOver(...ARTICLES);
    const answer = engine.ask('according to the vale courier what was the peak reading');
    expect(answer.passages[0]?.quote).toContain('121 micrograms');
  });
});
