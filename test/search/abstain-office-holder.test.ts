/**
 * Abstention's name gate (src/search/abstain-asked-name.ts) for "who is the OFFICE of X": a
 * passage naming people of other offices ("the ferry's master") does not name the holder of
 * the asked one, while a passage naming the office, its act ("leads the trust") or the full
 * form of a clipped noun ("representative" for "rep") still may. Invented articles: a ferry
 * grounding at Tarnholm and a harbour trust.
 */
import { describe, expect, it } from 'vitest';
import { askedNameHeld } from '../../src/search/abstain-asked-name.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const GROUNDING: SearchFixtureArticle = {
  id: 'grounding',
  title: 'Ferry master charged after Tarnholm grounding',
  outlet: 'Tarnholm Courier',
  published: '2026-03-12',
  paragraphs: [
    ['The ferry Orla Brae ran aground off Tarnholm on Tuesday.'],
    ["Captain Edvin Saltash, 47, the ferry's master, was charged on Friday."],
    ['Brae Ferries said it would not contest claims from the council.'],
    ["Pell Orrin, 39, the company's safety coordinator, said the crew were safe."],
  ],
};

const TRUST: SearchFixtureArticle = {
  id: 'trust',
  title: 'Tarnholm harbour trust opens store',
  outlet: 'Tarnholm Courier',
  published: '2026-04-02',
  paragraphs: [
    ['The Tarnholm Harbour Trust opened a new net store on Monday.'],
    ['Mara Quill, who leads the trust, said the store cost £40,000.'],
    ["Odile Brack, Tarnholm's representative on the trust, said fishers had asked for it."],
  ],
};

describe('who holds an office', () => {
  it('is not answered by people of other offices', () => {
    const { index, engine } = engineOver(GROUNDING);
    const question = 'who is the chief executive of Brae Ferries?';
    expect(askedNameHeld(index.abstentionInput(index.rank(question)))).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  }, 120_000);

  it("is left to the classifier where a candidate tells the office's act", () => {
    const { index } = engineOver(TRUST);
    const question = 'who is the leader of the Tarnholm Harbour Trust?';
    expect(askedNameHeld(index.abstentionInput(index.rank(question)))).not.toBe(false);
  }, 120_000);

  it('is left to the classifier where a candidate holds the full form of a clipped noun', () => {
    const { index } = engineOver(TRUST);
    const question = "who is Tarnholm's rep on the trust?";
    expect(askedNameHeld(index.abstentionInput(index.rank(question)))).not.toBe(false);
  }, 120_000);
});
