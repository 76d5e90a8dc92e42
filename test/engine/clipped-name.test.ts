/**
 * "What did vand say about the boats?": a name cut short is the one name of the corpus it starts
 * (src/search/plan/clipped-names.ts), so the question is answered as if the name were typed
 * whole. Invented articles.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { plainCorpusEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const APPROVED = 'Mayor Vandersloot approved the ferry budget on Monday after a long debate.';

const SAID = 'Vandersloot said the new boats would sail from June.';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    'ferry.txt': [
      'Ferry budget approved',
      APPROVED,
      'Councillors had asked for cheaper fares for pupils.',
      SAID,
    ].join('\n\n'),
  }));
}, 60_000);
afterAll(() => cleanup());

it('answers a question naming a clipped name as the name typed whole', () => {
  const whole = engine.ask('what did Vandersloot say about the new boats');
  const clipped = engine.ask('what did vand say about the new boats');
  expect(whole.passages[0]?.quote).toBe(SAID);
  expect(clipped.answered).toBe(true);
  expect(clipped.passages[0]?.quote).toBe(SAID);
});
