/**
 * A word of an outlet's name inside another capitalised name the question uses, one the
 * coverage writes as something else's name ("Air" of "Skylark Air", beside the issuer "Tarnby Air
 * Crew Association"), names no source by itself: a source is named by its distinctive name
 * (src/search/plan/source-match.ts, plan/outlet-word-use.ts outletWordNames). Written as the
 * outlet's own name, or a run of it ("the Air Crew Association"), it still names it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Answer, Engine } from '../../src/engine/types.js';
import { plainCorpusEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    'release.txt': [
      'PRESS RELEASE — 2 June 2026',
      'Tarnby Air Crew Association',
      'Cabin crew accept new rosters',
      'Members of the Tarnby Air Crew Association have voted to accept new rosters.',
      'About the Tarnby Air Crew Association',
      'The association represents 2,300 cabin crew.',
    ].join('\n\n'),
    'paper.txt': [
      'Airlines restore schedules after crew dispute',
      'By Carla Venn\n3 June 2026',
      'Airlines welcomed the agreement. Skylark Air, which cancelled 60 flights during the dispute, said it would restore its full schedule from Monday.',
    ].join('\n\n'),
  }));
}, 60_000);
afterAll(() => cleanup());

const shown = (answer: Answer) => (answer.answered ? answer.passages : answer.closest);

it('reads "Air" of "Skylark Air" as a word of the airline the coverage names, not the issuer', () => {
  for (const question of [
    'how many flights did Skylark Air cancel',
    'how many flights did skylark air cancel',
  ]) {
    const answer = engine.ask(question);
    expect(answer.notFromNamed, question).toBeUndefined();
    expect(answer.answered, question).toBe(true);
    expect(answer.passages[0]?.quote, question).toMatch(/^Skylark Air, which cancelled 60 flights/);
  }
});

it('still names the issuer by its name or a run of it', () => {
  for (const question of [
    'what did the Air Crew Association say about rosters?',
    'what did the Tarnby Air Crew Association say?',
  ])
    expect([...new Set(shown(engine.ask(question)).map((p) => p.source.id))], question).toEqual([
      'release',
    ]);
});
