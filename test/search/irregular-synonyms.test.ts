/**
 * An irregular form is its lemma for WordNet's synonyms too (search-index.ts, synonyms.ts):
 * "theft" shares a sense with "steal", which a passage may write only as "stolen", and a
 * question's "stolen" has the synonyms of "steal". Invented articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../../src/engine/types.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

const shown = (answer: Answer) => [...answer.passages, ...answer.closest].map((p) => p.quote);

describe('synonyms of an irregular form', () => {
  let engine: Engine;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ engine, cleanup } = await plainCorpusEngine({
      'gallery.txt':
        'Gallery News\n\nTwo paintings were stolen from the Ashcombe gallery on Friday night. Guards found the frames empty.\n',
      'museum.txt':
        'Museum Notes\n\nThe theft of a bronze bell from the Tarrow museum was reported on Monday. Curators checked the cameras.\n',
    }));
  }, 60_000);
  afterAll(() => cleanup());

  it('reach the passage that writes the synonym irregularly', () => {
    expect(shown(engine.ask('Was there a theft?')).join(' ')).toContain('were stolen');
  });

  it('are the question’s irregular form’s too', () => {
    expect(shown(engine.ask('What was stolen?')).join(' ')).toContain('The theft of');
  });
});
