/**
 * A verb's irregular past form as a question writes it has the verb's synonyms
 * (src/search/verb-form-synonyms.ts): "found" is the past of "find", whose verb sense "get or
 * find back" is the first sense of "recover", though "found" is also the verb "found" of
 * "founded". Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVerbFormSynonymTable } from '../../src/search/verb-form-synonyms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A theft on one day and the recovery on another: only the verb tells which date is asked. */
const PAINTING: SearchFixtureArticle = {
  id: 'painting',
  title: 'Stolen painting back at gallery',
  outlet: 'Harlow Courier',
  published: '2025-06-01',
  paragraphs: [
    [
      'A painting by Ada Wren was stolen from the Harlow Gallery on 2 March.',
      'Police said the thieves entered through a skylight.',
    ],
    ['The painting was recovered on 14 May in a garage in Denby.'],
  ],
};

describe('synonyms of a verb’s irregular past form', () => {
  // Building the engine (reading WordNet) is set-up, not the test: slow on a loaded machine.
  beforeAll(() => void engineOver(PAINTING), 60_000);

  it('are its verb’s, in either direction, keyed by the form as written', () => {
    const vocabulary = new Set(['recov', 'establish', 'find', 'found']);
    const table = new Map(
      buildVerbFormSynonymTable(vocabulary, [
        ['found', 'find'],
        ['founds', 'find'], // no form of verb.exc: left out
      ]),
    );
    // "recover" lists "find" in its first sense; "find" lists "recover" only in a rare one.
    // Not "establish", a synonym of the verb "found", nor "find" itself (the inflections'
    // table links a form to its lemma).
    expect(table.get('found')).toEqual(['recov']);
    expect(table.has('founds')).toBe(false);
  });

  it('are the same for a corpus whatever corpus was built before it in the process', () => {
    // WordNet's verb senses are read once per process; each table is still its vocabulary's.
    const forms: Array<[string, string]> = [['found', 'find']];
    const before = buildVerbFormSynonymTable(new Set(['recov']), forms);
    expect(buildVerbFormSynonymTable(new Set(['establish']), forms)).toEqual([]);
    expect(buildVerbFormSynonymTable(new Set(['recov']), forms)).toEqual(before);
    expect(before).toEqual([['found', ['recov']]]);
  });

  it('answer "when was it found" with the passage telling it was recovered', () => {
    const { engine } = engineOver(PAINTING);
    const answer = engine.ask('When was the painting found?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toBe(
      'The painting was recovered on 14 May in a garage in Denby.',
    );
  });

  it('are not the synonyms of a word sharing the form’s stem', () => {
    const { engine } = engineOver(PAINTING);
    // "founded" stems to "found" too, but is no form of "find".
    expect(engine.ask('When was the gallery founded?').answered).toBe(false);
  });
});
