/**
 * The own-words gate of abstention (src/search/abstain-own-words.ts): a best passage reached
 * only through WordNet synonyms of the question's words is no
 * answer, on a tiny invented corpus of one story.
 */
import { describe, expect, it } from 'vitest';
import { ownWordsHeld } from '../../src/search/abstain-own-words.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const TOWNS = ['Holm', 'Brae', 'Ferrin', 'Oskar', 'Lund', 'Mire'];

/** A river flood told by one paper per town; only the first quotes the council leader. */
const FLOOD: SearchFixtureArticle[] = TOWNS.map((town, i) => ({
  id: `flood-${town.toLowerCase()}`,
  title: `River floods ${town}`,
  outlet: `${town} Courier`,
  published: `2024-02-0${i + 1}`,
  paragraphs: [
    [`The river burst its banks at ${town} on Sunday night, flooding ${40 + i} homes.`],
    [
      i === 0
        ? '"We will not know the full extent of the damage for weeks," the council leader said.'
        : 'The council leader visited the flooded streets.',
    ],
    [`Residents of ${town} were moved to the school hall while pumps worked through the night.`],
    ['Insurers said the goods lost in shops would be covered.'],
  ],
}));

describe('a best passage sharing none of the question’s own words', () => {
  const { engine, index } = engineOver(...FLOOD);
  const gate = (question: string) => ownWordsHeld(index.abstentionInput(index.rank(question)));

  it('is refused when reached only through synonyms of everyday words ("got" → "know", "good" → "full")', () => {
    const question = 'got any good tips?';
    const ranking = index.rank(question);
    expect(index.abstentionInput(ranking).textOf(ranking.ranked[0]!.sentence)).toContain(
      'know the full extent',
    );
    expect(gate(question)).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  });

  it('lets a passage holding a word of the question as written answer', () => {
    expect(gate('How many homes were flooded at Holm?')).toBe(true);
    const answer = engine.ask('How many homes were flooded at Holm?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('flooding 40 homes');
  });

  it('counts a name the question misspells as its own word (a spelling correction)', () => {
    const question = 'any news from Ferrrin?';
    const kinds = index.rank(question).plan.concepts.flatMap((c) => c.alternatives);
    // The one corpus word it can stand for: matched as the word itself (sure-correction.ts).
    expect(kinds).toContainEqual({ terms: ['ferrin'], kind: 'exact', typoCorrection: true });
    expect(gate(question)).toBe(true);
  });
});
