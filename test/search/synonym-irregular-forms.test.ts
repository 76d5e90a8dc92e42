/**
 * A synonym's irregular forms count as the synonym even when the corpus also writes it
 * regularly (synonyms.ts): "start" shares its first sense with "begin", so "when did the work
 * start" is answered by "work began", though another article's headline writes "begins". Only
 * for a sense first for both words, and never a light verb's (light-verbs.ts): "took" is no
 * evidence of an asked act. Invented articles; WordNet's relations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { buildSynonymTable } from '../../src/search/synonyms.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

describe('irregular forms of a synonym the corpus also writes regularly', () => {
  let engine: Engine;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ engine, cleanup } = await plainCorpusEngine({
      'tram-work.txt':
        'Eastway Tram Extension\n\nWork on the Eastway tram extension began on Monday, when crews closed two lanes of Mill Road. The council expects the line to open in the spring of next year.\n',
      'depot.txt':
        'Depot Upgrade Begins Soon\n\nThe bus depot on Quarry Lane will be rebuilt, the transport board said. Drivers will park at the old market while builders are on site.\n',
      'library.txt':
        'Library Hours\n\nThe central library will stay open until eight on Thursdays. Readers asked for longer hours in a survey last autumn.\n',
    }));
  }, 60_000);
  afterAll(() => cleanup());

  it('answer a question asking the event by its synonym', () => {
    const answer = engine.ask('When did the work on the tram extension start?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('began on Monday');
  });

  it('count only for a sense first for both words, never for a light verb', () => {
    const table = new Map(
      buildSynonymTable(
        new Set(['begin', 'began', 'take', 'took', 'run', 'ran', 'becom', 'becam', 'fed', 'feed']),
      ),
    );
    // "start" and "begin" share the first sense of each; "take" is a light verb.
    expect(table.get('start')).toContain('began');
    expect(table.get('start')).not.toContain('took');
    // "run" shares with "go" one of its own first senses, not one of "go"'s.
    expect(table.get('go')).toContain('run');
    expect(table.get('go')).not.toContain('ran');
    // "get" is a light verb; the noun "fed" (a federal agent) is no form of "feed".
    expect(table.get('get')).not.toContain('becam');
    expect(table.get('feder')).not.toContain('feed');
  });
});
