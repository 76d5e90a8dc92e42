/**
 * A measure adjective's dimension fixed by the question's words (src/search/plan/fixed-dimension.ts)
 * and the asked-thing gate that reads it (src/search/abstain-asked-thing.ts): "how fast was the
 * ferry going" asks a speed, "how long is the ferry in metres" a length, and a span of time or a
 * weight answers neither. Invented articles: a ferry grounding at Tarnholm.
 */
import { describe, expect, it } from 'vitest';
import { askedThingHeld } from '../../src/search/abstain-asked-thing.js';
import { fixedDimension } from '../../src/search/plan/fixed-dimension.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const GROUNDING: SearchFixtureArticle = {
  id: 'grounding',
  title: 'Ferry runs aground off Tarnholm',
  outlet: 'Tarnholm Courier',
  published: '2026-03-12',
  paragraphs: [
    ['The ferry Orla Brae ran aground off Tarnholm at about 2.15am on Tuesday.'],
    ['Divers estimate that 40 tonnes of fuel escaped from the ferry over three hours.'],
    ['The ferry has sailed the island route for 19 years.'],
  ],
};

const MEASURED: SearchFixtureArticle = {
  id: 'measured',
  title: 'Ferry was speeding, inquiry finds',
  outlet: 'Tarnholm Courier',
  published: '2026-05-02',
  paragraphs: [
    ['The 92-metre ferry Orla Brae ran aground off Tarnholm on Tuesday.'],
    ['The ferry was travelling at 14 knots when it ran aground, the inquiry found.'],
  ],
};

describe('the dimension a question fixes', () => {
  it('is the unit named or a speed for a verb of motion', () => {
    expect(fixedDimension('how long is the Orla Brae in metres?')).toBe('length');
    expect(fixedDimension('how fast was the ferry going in knots')).toBe('speed');
    expect(fixedDimension('how fast was the ferry travelling when it ran aground?')).toBe('speed');
    expect(fixedDimension('how fast had the budget been growing?')).toBeNull();
    expect(fixedDimension('how long did the inquiry last?')).toBeNull();
    expect(fixedDimension('how fast would the reserve be raised?')).toBeNull();
  });
});

describe('a measure of another dimension', () => {
  it('does not answer how fast the ferry was going', () => {
    const { index } = engineOver(GROUNDING);
    const question = 'how fast was the ferry going when it ran aground?';
    expect(askedThingHeld(index.abstentionInput(index.rank(question)))).toBe(false);
  }, 120_000);

  it('does not answer how long the ferry is in metres', () => {
    const { index } = engineOver(GROUNDING);
    const question = 'how long is the Orla Brae in metres?';
    expect(askedThingHeld(index.abstentionInput(index.rank(question)))).toBe(false);
  }, 120_000);

  it('leaves a speed and a length of the fixed dimension to answer', () => {
    const { index } = engineOver(MEASURED);
    for (const question of [
      'how fast was the ferry going when it ran aground?',
      'how long is the Orla Brae in metres?',
    ])
      expect(askedThingHeld(index.abstentionInput(index.rank(question)))).toBe(true);
  }, 120_000);
});
