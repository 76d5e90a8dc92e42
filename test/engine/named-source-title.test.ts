/**
 * "No passage of X clearly answers this" is never said of an article whose title holds all the
 * question asks: its headline says it reports that and its lead says what the headline does, in
 * whatever words ("agreed to sell … for £2.4m" for "the sale price"). Its lead is the answer
 * (src/engine/named-source.ts, titleHoldsAsked). Invented outlets and town.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { titleHoldsAsked } from '../../src/engine/named-source.js';
import type { Concept, QueryPlan } from '../../src/search/plan/query-plan.js';
import type { Engine } from '../../src/engine/types.js';
import {
  frontMatterArticle,
  plainCorpusEngine,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    'bugle-price.md': frontMatterArticle(
      'Quay warehouse sale price revealed',
      'Harwick Bugle',
      '2025-09-18',
      'Harwick Council has agreed to sell its quay warehouse to Dunmore Holdings for £2.4m, according to papers seen by the Harwick Bugle.\n\nThe figure is below the valuation its surveyors gave in 2022.\n\nA council spokesperson said the lower price reflected the cost of the repairs the buyer would take on.',
    ),
    'bugle-talks.md': frontMatterArticle(
      'Dunmore in talks over quay',
      'Harwick Bugle',
      '2025-05-21',
      'Dunmore Holdings has held talks with Harwick Council about the quay warehouse, the Harwick Bugle understands.',
    ),
    'post-savings.md': frontMatterArticle(
      'Warehouse to be sold',
      'Quayside Post',
      '2025-09-17',
      'If the sale is completed, the council expects to save £90,000 a year in running costs.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe('an article whose title holds all the question asks', () => {
  it('answers it with its lead, and no note says it does not', () => {
    // End to end; the rule's own effect on each path of the note is named-source.test.ts's.
    const answer = engine.ask('whats the sale price according to the harwick bugle');
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.quote).toContain('£2.4m');
  });

  it('is tested on every word asked beyond the outlet’s, each as written or by an alias', () => {
    const concept = (label: string, ...synonyms: string[]): Concept => ({
      label,
      alternatives: [
        { terms: [label], kind: 'exact' },
        ...synonyms.map((s) => ({ terms: [s], kind: 'synonym' as const })),
      ],
      name: false,
      common: true,
    });
    const plan = (...concepts: Concept[]) => ({ concepts }) as unknown as QueryPlan;
    const who = new Set(['harwick', 'bugl']);
    const asked = plan(
      concept('sale'),
      concept('price', 'cost'),
      concept('harwick'),
      concept('bugl'),
    );
    const holds = titleHoldsAsked(asked, who);
    expect(holds('Quay warehouse sale price revealed')).toBe(true);
    // Every word asked, and not by a synonym alone.
    expect(holds('Quay warehouse price revealed')).toBe(false);
    expect(holds('Quay warehouse sale cost revealed')).toBe(false);
    expect(holds(null)).toBe(false);
    // Nothing asked beyond the outlet: about-fallback.ts's question, not this rule's.
    expect(titleHoldsAsked(plan(concept('harwick'), concept('bugl')), who)('Harwick Bugle')).toBe(
      false,
    );
  });
});
