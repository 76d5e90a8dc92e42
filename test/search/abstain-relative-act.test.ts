/**
 * Abstention's gate on a person asked by a relative clause ("who was the engineer who fitted the
 * pump", src/search/abstain-relative-act.ts): the clause's verb is the asked predicate, so a
 * passage naming an engineer who did something else with the pump answers nothing asked.
 * Tiny invented corpus: an inquiry into a failed pump, led by a named engineer; no one is said
 * to have fitted it.
 */
import { describe, expect, it } from 'vitest';
import { relativeActHeld } from '../../src/search/abstain-relative-act.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const PUMP: SearchFixtureArticle = {
  id: 'pump',
  title: 'Inquiry blames pump for Dunmere flooding',
  outlet: 'Dunmere Gazette',
  published: '2026-04-02',
  paragraphs: [
    ['A pump at the Dunmere station failed during the storm, flooding 60 homes.'],
    [
      'The inquiry, chaired by engineer Livia Castor, said the pump should have switched on automatically.',
    ],
    ['Residents said the water rose within minutes.'],
  ],
};

const held = (question: string) => {
  const { index } = engineOver(PUMP);
  return relativeActHeld(index.abstentionInput(index.rank(question)));
};

describe('a person asked by a relative clause', () => {
  it('refuses when no candidate tells the clause’s act', () => {
    const { engine } = engineOver(PUMP);
    expect(held('who was the engineer who fitted the pump')).toBe(false);
    expect(engine.ask('who was the engineer who fitted the pump').answered).toBe(false);
    expect(held('who is the engineer that repaired the pump')).toBe(false);
  }, 120_000);

  it('answers when a candidate tells it, in any form the engine links', () => {
    const { engine } = engineOver(PUMP);
    expect(held('who was the engineer who chaired the inquiry')).toBe(true);
    expect(engine.ask('who was the engineer who chaired the inquiry').answered).toBe(true);
    expect(held('who was the engineer who was chairing the inquiry')).toBe(true);
    // Not a relative clause of a person asked by "who is the": left to the other gates.
    expect(held('what failed at the dunmere station')).toBeUndefined();
  }, 120_000);
});
