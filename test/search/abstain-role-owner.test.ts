/**
 * Abstention's reading of a speaker described by a role with its owner ("what did Brindle
 * Hospital's chief executive say", "the chief executive of Brindle Hospital";
 * src/search/abstain-said-speaker.ts): the genitive (or of-phrase) names the body the role is
 * of, so a passage quoting the chief executive of another body answers nothing asked. Tiny
 * invented corpus: a water company's chief executive speaks; a hospital is named, its own
 * chief executive never quoted.
 */
import { describe, expect, it } from 'vitest';
import { saidSpeakerHeld } from '../../src/search/abstain-said-speaker.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const MAINS: SearchFixtureArticle = {
  id: 'mains',
  title: 'Burst main cuts water to Orrin',
  outlet: 'Orrin Echo',
  published: '2026-02-10',
  paragraphs: [
    ['Caswell Water has apologised after a burst main left 9,000 homes in Orrin without water.'],
    ['Chief executive Petra Dunmore told the Echo that crews had worked through the night.'],
    ['"We are sorry for the disruption," she said.'],
  ],
};

const WARD: SearchFixtureArticle = {
  id: 'ward',
  title: 'Hospital brings in bottled water',
  outlet: 'Orrin Echo',
  published: '2026-02-11',
  paragraphs: [
    ['Brindle Hospital brought in bottled water for its wards on Tuesday.'],
    ['Its medical director, Dr Omar Selk, said no operation had been cancelled.'],
    ['Patients were told to expect delays at the outpatient clinic.'],
  ],
};

const held = (question: string) => {
  const { index } = engineOver(MAINS, WARD);
  return saidSpeakerHeld(index.abstentionInput(index.rank(question)));
};

describe("a role's owner", () => {
  it("refuses another body's role holder for X's role", () => {
    const { engine } = engineOver(MAINS, WARD);
    expect(held("what did brindle hospital's chief executive say")).toBe(false);
    expect(engine.ask("what did brindle hospital's chief executive say").answered).toBe(false);
    expect(held('what did the chief executive of brindle hospital say')).toBe(false);
  }, 120_000);

  it("answers X's role when the holder's reading names X", () => {
    const { engine } = engineOver(MAINS, WARD);
    expect(held("what did caswell water's chief executive say")).toBe(true);
    expect(engine.ask("what did caswell water's chief executive say").answered).toBe(true);
    expect(held('what did the chief executive of caswell water say')).toBe(true);
    // The hospital's own role holder, named beside "Its" in the sentence after the hospital's.
    expect(held("what did brindle hospital's medical director say")).toBe(true);
  }, 120_000);
});
