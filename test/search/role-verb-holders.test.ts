/**
 * "Who chairs the committee?" asks for the holder of the role the verb names, as "who is the
 * chair of the committee?" does: a passage naming the holder ("Its chair, Tom Bellamy, said …")
 * answers it before one naming the committee and no one (holder-roles.ts, holders-first.ts).
 * Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { askedRole } from '../../src/search/holder-roles.js';
import { engineOver } from './fixtures.js';

const CLUB = {
  id: 'rowing',
  published: '2026-04-02',
  paragraphs: [
    [
      'The Fenwold Rowing Club committee will meet on Monday to decide whether to sell the boathouse on Quay Lane.',
    ],
    ['The committee has met twice since the boathouse flooded in January.'],
    ['Its chair, Tom Bellamy, said the club could not afford the repairs.'],
  ],
};

describe('the holder of the role a "who" verb names, first', () => {
  // Building reads WordNet: in the hook, whose time limit is longer than a test's.
  beforeAll(() => void engineOver(CLUB));

  it('reads the role from the verb and its agent nouns, not its synonyms', () => {
    const concepts = [
      { label: 'runs', alternatives: [{ terms: ['run'] }, { terms: ['make'] }] },
      { label: 'club', alternatives: [{ terms: ['club'] }] },
    ] as unknown as Parameters<typeof askedRole>[1];
    expect(askedRole({ name: 'person', verb: 'run', roles: ['runner'] }, concepts)).toEqual({
      concept: 0,
      stems: ['run', 'runner'],
    });
    expect(askedRole({ name: 'person', verb: 'sell' }, concepts)).toBeNull();
    expect(askedRole({ name: 'place', verb: 'run' }, concepts)).toBeNull();
  });

  it('answers "who chairs" a body by its chair named, not the sentence naming the body', () => {
    const { engine } = engineOver(CLUB);
    expect(
      engine.ask('who chairs the Fenwold Rowing Club committee?').passages[0]?.quote,
    ).toContain('Tom Bellamy');
  });
});
