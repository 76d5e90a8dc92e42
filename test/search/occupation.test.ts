/**
 * A named person's occupation asked by "what was X's job" (src/search/plan/occupation.ts):
 * the coverage states it as a role noun phrase in apposition to the name ("Ivo Brenner, 64, a
 * retired harbour pilot"), before it ("ferry captain Lena Vos") or as a copula's complement
 * ("She was a district nurse"), never with the noun "job". A tiny invented corpus: a flood story
 * whose memorial sentence lists the names first, and a sentence using "job" of someone else.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import {
  isOccupationNoun,
  occupationNounAt,
  statesRole,
} from '../../src/search/plan/occupation.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const FLOOD: SearchFixtureArticle = {
  id: 'flood',
  title: 'Three named after Selworth flood',
  outlet: 'Selworth Courier',
  published: '2025-11-04',
  paragraphs: [
    ['A vigil for Ivo Brenner, Marta Quell and Tobias Renn will be held at the quay on Friday.'],
    ['Ivo Brenner, 64, a retired harbour pilot, was swept from the footbridge.'],
    ['Marta Quell lived above the bakery on Mill Lane.', 'She was a district nurse.'],
    ['Tobias Renn, 30, was found near the weir on Tuesday.'],
  ],
};

const CLEAN_UP: SearchFixtureArticle = {
  id: 'clean-up',
  title: 'Clean-up begins on Mill Lane',
  outlet: 'Selworth Courier',
  published: '2025-11-06',
  paragraphs: [
    [
      '"Our job is to get people home," said Petra Holm, who leads the clean-up.',
      'Volunteers cleared the bakery on Mill Lane where Marta Quell had lived.',
    ],
  ],
};

describe('reading an occupation question', () => {
  it('reads an owned occupation noun', () => {
    expect(isOccupationNoun('job')).toBe(true);
    expect(isOccupationNoun('occupation')).toBe(true);
    expect(isOccupationNoun('career')).toBe(true);
    expect(isOccupationNoun('role')).toBe(false);
    expect(isOccupationNoun('hometown')).toBe(false);
    expect(occupationNounAt("what was ivo brenner's job")).toBe(23);
    expect(occupationNounAt("what's Marta Quell's occupation?")).not.toBeNull();
    expect(occupationNounAt("what was ivo brenner's hometown")).toBeNull();
    expect(occupationNounAt('what job did the mayor give her')).toBeNull();
    expect(answerTypeOf("what was ivo brenner's job")).toEqual({
      name: 'occupation',
      framing: [23],
    });
  });

  it('reads a role stated in apposition, before a name or as a complement', () => {
    expect(statesRole('Ivo Brenner, 64, a retired harbour pilot, was swept away.')).toBe(true);
    expect(statesRole('said Petra Holm, the council’s emergency planning officer.')).toBe(true);
    expect(statesRole('She was a district nurse.')).toBe(true);
    expect(statesRole('The ferry was steered by ferry captain Lena Vos.')).toBe(true);
    expect(statesRole('Tobias Renn, 30, was found near the weir on Tuesday.')).toBe(false);
    expect(statesRole('A vigil for Ivo Brenner, Marta Quell and Tobias Renn will be held.')).toBe(
      false,
    );
  });
});

describe('answering an occupation question', () => {
  it('ranks the apposition first, not the sentence listing the names', () => {
    const { engine } = engineOver(FLOOD, CLEAN_UP);
    const reply = engine.ask("what was ivo brenner's job");
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('a retired harbour pilot');
  }, 60_000);

  it('answers from a complement in a sentence leaning on one naming her', () => {
    const { engine } = engineOver(FLOOD, CLEAN_UP);
    const reply = engine.ask("what was marta quell's job");
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('She was a district nurse.');
  }, 60_000);
});
