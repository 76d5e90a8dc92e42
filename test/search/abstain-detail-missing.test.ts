/**
 * Abstention's evidence of what a question asks beyond its names and its story's topic
 * (src/search/abstain-detail-missing.ts), on a tiny invented corpus: one story told in many
 * sentences, so the words of the story are in most candidates and the asked detail is not.
 */
import { describe, expect, it } from 'vitest';
import { abstentionFeatures } from '../../src/search/abstain-features.js';
import { detailConcepts } from '../../src/search/abstain-detail-missing.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A pumping station's failure: no arrest, no court case; a named engineer; a repair's cost. */
const FAILURE: SearchFixtureArticle = {
  id: 'failure',
  title: 'Brenmoor pumping station fails',
  outlet: 'Brenmoor Courier',
  published: '2025-03-10',
  paragraphs: [
    ['The Brenmoor pumping station failed on Monday and flooded 22 homes.'],
    ['Engineer Tomas Velde said the pumping station had been inspected in January.'],
    ['Residents near the pumping station were moved to a school hall.'],
    ['The pumping station has served the valley since 1974.'],
    ['Repairs to the pumping station will cost about £400,000.'],
    ['A spare pump was brought to the pumping station from Kelby on Tuesday.'],
  ],
};

function inputOf(question: string) {
  const { index } = engineOver(FAILURE);
  return index.abstentionInput(index.rank(question));
}

function detailsOf(question: string): string[] {
  const input = inputOf(question);
  return detailConcepts(input).map((c) => input.plan.concepts[c]!.label);
}

function detailMissingOf(question: string): number {
  return abstentionFeatures(inputOf(question)).detailMissing;
}

describe('the detail a question asks beyond its names and topic', () => {
  it('leaves out the story’s words, held by most candidates, and the title’s', () => {
    const details = detailsOf('has anyone been arrested over the pumping station');
    expect(details).toContain('arrested');
    expect(details).not.toContain('pumping');
    expect(details).not.toContain('station');
  });

  it('leaves out names, also when the question writes them in lower case', () => {
    // The coverage writes "Velde" only capitalised: a name, whatever the question's casing.
    const details = detailsOf('what sentence did tomas velde get');
    expect(details).toContain('sentence');
    expect(details).not.toContain('velde');
    expect(details).not.toContain('tomas');
  });

  it('is wholly missing when no passage holds the asked word, though the topic is there', () => {
    expect(detailMissingOf('has anyone been arrested over the pumping station')).toBe(1);
    expect(detailMissingOf('what sentence did tomas velde get')).toBeGreaterThan(0.5);
  });

  it('is found when the best passage holds the asked word or a form of it', () => {
    // "inspected" answers "inspection" (a derived form the engine links).
    expect(detailMissingOf('when was the inspection of the pumping station')).toBe(0);
    expect(detailMissingOf('how many homes were flooded by the pumping station')).toBe(0);
  });
});
