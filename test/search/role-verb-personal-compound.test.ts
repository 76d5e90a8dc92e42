/**
 * "Who chairs the committee?" is answered by "Its chairman, …" as by "Its chair, …": WordNet lists
 * "chairman" as a synonym of the verb "chair" ("act or preside as chair"), a personal noun in
 * "-man" (Quirk et al. 1985, App. I.34), so it names the role's holder as the agent noun
 * "leader" does for "who leads" (query-plan.ts `withRoleNouns`). Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engineOver } from './fixtures.js';

const CLUB = {
  id: 'rowing',
  published: '2026-04-02',
  paragraphs: [
    [
      'The Fenwold Rowing Club committee will meet on Monday to decide whether to sell the boathouse on Quay Lane.',
    ],
    ['The Fenwold Rowing Club committee has met twice since the boathouse flooded in January.'],
    ['Its chairman, Tom Bellamy, said the club could not afford the repairs.'],
  ],
};

describe('a role named by a personal compound of the asked verb', () => {
  // Building reads WordNet: in the hook, whose time limit is longer than a test's.
  beforeAll(() => void engineOver(CLUB));

  it('answers "who chairs" by "its chairman" named', () => {
    const { engine } = engineOver(CLUB);
    expect(
      engine.ask('who chairs the Fenwold Rowing Club committee?').passages[0]?.quote,
    ).toContain('Tom Bellamy');
  });
});
