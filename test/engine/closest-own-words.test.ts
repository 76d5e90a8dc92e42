/**
 * A passage shown as the closest to a question it does not answer holds one of the question's
 * own words or an alias of one, never only a synonym the search drew (src/search/select/
 * own-words.ts). Invented articles: "march" is a WordNet synonym of "move" and "go".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../../src/engine/types.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'protest.txt':
      'Protesters will march to the square on Sunday.\n\nThe council approved its budget on Friday.',
    'ferry.txt':
      'The ferry sailings resumed after a week of storms.\n\nInvestigators said faulty wiring caused the fire.',
    'visit.txt': 'Lukashenko flew to Sochi on Monday.',
    'aliases.json': JSON.stringify({ groups: [['Lukashenka', 'Lukashenko']] }),
  }));
}, 60_000);
afterAll(() => cleanup());

const shown = (answer: Answer) => [...answer.passages, ...answer.closest].map((p) => p.quote);

describe('the closest passages', () => {
  it('are none when the only link to the coverage is a synonym', () => {
    for (const question of ['Where will the crowd move?', 'Where will they go?']) {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(false);
      expect(shown(answer), question).toEqual([]);
    }
  });

  it('hold one of the question’s own words, leaving out those that hold only a synonym', () => {
    const answer = engine.ask('When did the wiring move?');
    expect(answer.answered).toBe(false);
    expect(shown(answer)).toEqual(['Investigators said faulty wiring caused the fire.']);
  });

  it('may hold an alias of one', () => {
    expect(shown(engine.ask('Where did Lukashenka go?'))).toContain(
      'Lukashenko flew to Sochi on Monday.',
    );
  });
});
