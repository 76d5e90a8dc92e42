/**
 * A local outlet named after its town ("Brindle Courier"): a question naming the town, or a body
 * named after it, does not name the outlet (src/search/plan/outlet-word-use.ts); its full name,
 * or its name spoken of as a source, does. Invented outlets, towns and events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'roof.md': frontMatterArticle(
      'Library roof to be repaired',
      'Brindle Courier',
      '2026-03-04',
      'The roof of Brindle library will be repaired over the summer, the council said.',
    ),
    'thefts.md': frontMatterArticle(
      'Woman charged over shop thefts',
      'Mere Valley Post',
      '2026-03-06',
      'A 40-year-old woman from Brindle has been charged with theft after a series of shop break-ins.\n\nPolice said she would appear before magistrates next month.',
    ),
    'bench.md': frontMatterArticle(
      'Rotary funds a bench',
      'Mere Valley Post',
      '2026-03-07',
      'The Brindle Rotary Club voted to pay for a new bench beside the pond.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe('a town named like its outlet', () => {
  it('is the town: the question is answered from the whole coverage, with no note', () => {
    const answer = engine.ask('who is the woman from Brindle');
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.quote).toContain('woman from Brindle');
    const rotary = engine.ask('what did the Brindle Rotary Club vote for');
    expect(rotary.notFromNamed).toBeUndefined();
    expect(rotary.passages[0]!.quote).toContain('new bench');
  });

  it('names the outlet in its full name or spoken of as a source', () => {
    for (const question of [
      'what did the Brindle Courier report about the library',
      'what did the Brindle paper say about the roof',
    ]) {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.passages[0]!.source.outlet, question).toBe('Brindle Courier');
    }
    const note = engine.ask('what did the Brindle Courier say about the bench');
    expect(note.notFromNamed?.outlet).toBe('Brindle Courier');
  });
});
