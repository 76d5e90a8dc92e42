/**
 * The counted-thing gate on a past "how many … were V-ed" (src/search/abstain-counted-thing.ts,
 * src/search/told-as-opposed.ts): such a question asks the size of a set of realised acts, and a
 * count told only as opposed or planned states none. Tiny invented corpora: a park's oaks whose
 * felling was opposed or planned, and a quay's poplars that were cut down.
 */
import { describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';
import { toldAsOpposed } from '../../src/search/told-as-opposed.js';

/** The oaks of Fennick Park: their felling opposed, and planned, never told as done. */
const OAKS: SearchFixtureArticle = {
  id: 'oaks',
  title: 'Fennick Park oaks row',
  outlet: 'Marlow Vale Echo',
  published: '2025-10-14',
  paragraphs: [
    ['Residents packed the Fennick Park meeting on Monday night.'],
    ['"We are against cutting down forty oaks when the road could go round them," said Ada Pell.'],
    ['The council plans to fell 40 oaks in Fennick Park to widen the ring road.'],
  ],
};

/** The poplars of Brinley Quay: felled. */
const POPLARS: SearchFixtureArticle = {
  id: 'poplars',
  title: 'Brinley Quay poplars go',
  outlet: 'Marlow Vale Echo',
  published: '2025-10-15',
  paragraphs: [
    ['Contractors worked through the weekend on Brinley Quay.'],
    ['In all, 60 poplars were cut down on Brinley Quay to make way for the new flood wall.'],
  ],
};

describe('a count of realised acts', () => {
  it('is not answered by a count told only as opposed or planned', () => {
    const { engine } = engineOver(OAKS, POPLARS);
    for (const question of [
      'how many oaks were actually felled in fennick park',
      'how many oaks in fennick park were cut down',
    ])
      expect(engine.ask(question).answered, question).toBe(false);
  });

  it('is answered by a count told as done', () => {
    const { engine } = engineOver(OAKS, POPLARS);
    const reply = engine.ask('how many poplars were cut down on brinley quay');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('60 poplars were cut down');
  });

  it('of the future is answered by the plan', () => {
    const { engine } = engineOver(OAKS, POPLARS);
    const reply = engine.ask('how many oaks will be felled in fennick park');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('plans to fell 40 oaks');
  });
});

describe('toldAsOpposed', () => {
  const at = (text: string, word: string) => {
    const start = text.indexOf(word);
    return toldAsOpposed(text, start, start + word.length);
  };
  it('reads a count after a word of opposing an act in its clause', () => {
    expect(at('We are against cutting down sixty trees.', 'sixty')).toBe(true);
    expect(at('Residents opposed plans to close three schools.', 'three')).toBe(true);
    expect(at('Neighbours objected to felling 60 trees.', '60')).toBe(true);
  });
  it('leaves a tally and a count before the opposing word alone', () => {
    expect(at('The motion passed by seven votes against two.', 'two')).toBe(false);
    expect(at('Sixty trees were felled, which residents opposed.', 'Sixty')).toBe(false);
  });
});
