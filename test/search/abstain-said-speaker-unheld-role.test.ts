/**
 * The speaker gate (src/search/abstain-said-speaker.ts `ownedRoleHeld`) on a role of a named
 * owner that the coverage never uses: "what did the mayor of Tarnby say" presupposes a mayor
 * (Strawson 1950), and a coverage that never speaks of one has no answer, however much it
 * quotes others beside Tarnby's name. Tiny invented corpora: a town's evacuation where the
 * council leader speaks and no mayor is named, and the same town with its mayor quoted.
 */
import { describe, expect, it } from 'vitest';
import { saidSpeakerHeld } from '../../src/search/abstain-said-speaker.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The council leader and the police speak of an evacuation; nobody is called mayor. */
const EVACUATION: SearchFixtureArticle = {
  id: 'evacuation',
  title: 'Tarnby streets evacuated after wartime shell found',
  outlet: 'Tarnby Echo',
  published: '2026-03-02',
  paragraphs: [
    [
      'Councillor Ada Voss, the leader of Tarnby Council, said the rest centre would stay open all week.',
    ],
    ['Tarnby police said officers were knocking on doors near the harbour.'],
    ['About 900 people spent the night in the rest centre.'],
  ],
};

/** The same town where its mayor is quoted, by the role after the owner's name. */
const WITH_MAYOR: SearchFixtureArticle = {
  id: 'mayor',
  title: 'Tarnby mayor thanks volunteers',
  outlet: 'Tarnby Echo',
  published: '2026-03-04',
  paragraphs: [['The mayor of Tarnby, Ines Kolb, said the volunteers had been magnificent.']],
};

const held = (articles: SearchFixtureArticle[], question: string) => {
  const { index } = engineOver(...articles);
  return saidSpeakerHeld(index.abstentionInput(index.rank(question)));
};

describe('a role of a named owner the coverage never uses', () => {
  it('is refused: the owner named beside another speaker is not the role held', () => {
    expect(held([EVACUATION], 'what did the mayor of tarnby say')).toBe(false);
    expect(held([EVACUATION], "what did tarnby's mayor say")).toBe(false);
    const { engine } = engineOver(EVACUATION);
    expect(engine.ask('what did the mayor of tarnby say').answered).toBe(false);
  }, 240_000);

  it('is left to the other tests when a role the coverage holds is asked', () => {
    expect(held([EVACUATION], 'what did the leader of tarnby council say')).toBe(true);
    const { engine } = engineOver(EVACUATION);
    const reply = engine.ask('what did the leader of tarnby council say');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('Ada Voss');
  }, 240_000);

  it('is answered when the coverage names the role', () => {
    expect(held([EVACUATION, WITH_MAYOR], 'what did the mayor of tarnby say')).toBe(true);
    const { engine } = engineOver(EVACUATION, WITH_MAYOR);
    const reply = engine.ask('what did the mayor of tarnby say');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('Ines Kolb');
  }, 240_000);
});
