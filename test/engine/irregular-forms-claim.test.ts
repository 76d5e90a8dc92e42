/**
 * A question word reaches the coverage's irregular forms of it, even those whose stem is also
 * another word's ("thieves", stem "thiev" as "thieving"), and the reply never says that no
 * passage uses the question's words while a passage holds any form of one: an irregular
 * plural or an irregular past the search itself does not link ("left" of "leave", an everyday
 * word of its own), nor while one holds another spelling of one ("analysed" for "analyzed"),
 * nor while one holds the word a misspelling one edit away stands for ("recomendations").
 * Invented articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../../src/engine/types.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'gallery.md': frontMatterArticle(
      'Painting stolen from gallery',
      'Harbour Times',
      '2025-03-02',
      'A painting was stolen from the Quay Gallery overnight.\n\nPolice said the thieves entered through a skylight.\n\nThe shelves of the archive were emptied.',
    ),
    'ferry.md': frontMatterArticle(
      'Ferry service resumes',
      'Harbour Times',
      '2025-03-04',
      'The last passengers left the terminal at noon.\n\nThe mice in the storeroom were caught.\n\nInspectors analysed the logbook.\n\nThe harbour board accepted nine recommendations.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

const shown = (answer: Answer) => [...answer.passages, ...answer.closest].map((p) => p.quote);

describe('irregular forms the stemmer does not join', () => {
  it('finds the passage with "thieves" for "thief", and "thief" for "thieves"', () => {
    expect(shown(engine.ask('Is the thief known?'))).toContain(
      'Police said the thieves entered through a skylight.',
    );
    expect(shown(engine.ask('Did the thieves use a skylight?'))).toContain(
      'Police said the thieves entered through a skylight.',
    );
    expect(shown(engine.ask('What happened to the shelf?'))).toContain(
      'The shelves of the archive were emptied.',
    );
  });

  it('never claims that no passage uses the words while one holds a form of one', () => {
    // "left" is everyday English of its own ("the left"), so the search does not read it as
    // "leave"; the claim of absence still counts it.
    for (const question of [
      'Is the thief known?',
      'Is the mouse still there?',
      'Did they leave?',
    ]) {
      const answer = engine.ask(question);
      expect(shown(answer).length, question).toBeGreaterThan(0);
    }
    expect(shown(engine.ask('Did they leave?'))).toContain(
      'The last passengers left the terminal at noon.',
    );
  });

  it('counts another spelling of the word ("analysed" for "analyzed") as the word', () => {
    expect(shown(engine.ask('Who analyzed it?'))).toContain('Inspectors analysed the logbook.');
  });

  it('counts the word a misspelling stands for as the word', () => {
    // The search reads "recomendations" (no dictionary word) as "recommendations", one edit away.
    const answer = engine.ask('How many recomendations were made?');
    expect(shown(answer)).toContain('The harbour board accepted nine recommendations.');
  });

  it('still shows no passage when no form of its words is there', () => {
    expect(shown(engine.ask('Where do unicorns graze?'))).toEqual([]);
  });
});
