/**
 * Abstention's gate on "who VERBed X" when no candidate tells the act (src/search/
 * abstain-doer-act.ts): "who bought the old mill" is not answered by "the old mill will be sold",
 * a passage about the mill that holds no buyer. Tiny invented corpora: the sale only announced,
 * then the buyer named.
 */
import { describe, expect, it } from 'vitest';
import { doerActHeld } from '../../src/search/abstain-doer-act.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The mill's sale announced; nobody is said to have bought it. */
const MILL_FOR_SALE: SearchFixtureArticle = {
  id: 'mill',
  title: 'Old mill to go under the hammer',
  outlet: 'Dale Post',
  published: '2025-03-04',
  paragraphs: [
    ['The old Harbeck mill will be sold at auction next month, the council said.'],
    ['The Harbeck mill closed in 1981 and has stood empty since.'],
    ['Residents brought a petition asking the council to keep the mill building.'],
  ],
};

/** The buyer named. */
const MILL_BOUGHT: SearchFixtureArticle = {
  id: 'mill-bought',
  title: 'Mill finds a buyer',
  outlet: 'Dale Courier',
  published: '2025-04-20',
  paragraphs: [['The Harbeck mill was bought by the Tolland Trust for £410,000.']],
};

describe('a question for the doer of an act no candidate tells', () => {
  it('is refused when the passages tell of the thing but not of the act', () => {
    const { engine, index } = engineOver(MILL_FOR_SALE);
    const question = 'who bought the Harbeck mill building';
    // "brought" (the petition) is one letter from "bought", a real word spelt as meant.
    expect(doerActHeld(index.abstentionInput(index.rank(question)))).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  });

  it('is left to the other evidence when a candidate tells the act', () => {
    const { engine, index } = engineOver(MILL_FOR_SALE, MILL_BOUGHT);
    const question = 'who bought the Harbeck mill building';
    expect(doerActHeld(index.abstentionInput(index.rank(question)))).toBe(true);
    const reply = engine.ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('Tolland Trust');
  });

  it('reads no question but one asking the doer of a verb', () => {
    const { index } = engineOver(MILL_FOR_SALE);
    expect(doerActHeld(index.abstentionInput(index.rank('when will the mill be sold')))).toBe(
      undefined,
    );
  });
});
