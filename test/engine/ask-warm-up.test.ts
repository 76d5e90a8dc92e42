import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpAsking } from '../../src/engine/ask-warm-up.js';
import { buildIndex, openEngine } from '../../src/engine/index.js';
import { openLiveEngine } from '../../src/engine/live.js';
import { articleFolders } from '../support/corpus-fixture.js';

vi.setConfig({ testTimeout: 60_000 });

const folders = articleFolders();
afterEach(folders.removeAll);

/** "May" before a verb: the month rule asks wink-nlp's tagger whether a person is meant. */
const FERRY = {
  'ferry.txt':
    'Ferry Service Resumes\n\nSince May took office, the Pellow ferry has sailed twice a day.\n\nThe ferry will carry cars again from 4 June 2024.\n',
};

describe('warmUpAsking', () => {
  it('is done by a served engine before it returns, once per process, and changes no answer', async () => {
    const dir = await folders.corpusOf(FERRY);
    await buildIndex({ corpusDir: dir });
    // A one-shot engine (the command line's `ask`) leaves the tables to the first question.
    const oneShot = await openEngine({ corpusDir: dir, rebuild: 'never' });
    const before = oneShot.ask('When will the ferry carry cars again?');

    const live = await openLiveEngine({ corpusDir: dir, rebuild: 'never', watch: false });
    try {
      // The served engine has warmed up already: a second warm-up finds nothing to do.
      expect(warmUpAsking()).toBe(false);
      // …and built its index's fuzzy automaton (lunr-layout.ts TermSet), which the one-shot
      // engine builds only for a question with a word the index lacks.
      expect(live.warmUp()).toBe(false);
      expect(oneShot.warmUp?.()).toBe(true);
      expect(oneShot.warmUp?.()).toBe(false);
      expect(live.ask('When will the ferri carry cars again?')).toEqual(
        oneShot.ask('When will the ferri carry cars again?'),
      );
      expect(live.ask('When will the ferry carry cars again?')).toEqual(before);
    } finally {
      live.close();
    }
  });
});
