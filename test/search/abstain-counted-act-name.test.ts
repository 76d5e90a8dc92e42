/**
 * Abstention's gate on a count asked by its act (src/search/abstain-counted-act.ts): a
 * multi-word name the question restricts the act to ("heron harbor") restricts it whole, once
 * the coverage writes it as a name. A word of it alone ("the harbor below Morwick") is another
 * place. Tiny invented corpora: a lifeboat crew at Heron Harbor (no count), people hurt at
 * another harbor, and a count told at Heron Harbor.
 */
import { describe, expect, it } from 'vitest';
import { countedActHeld } from '../../src/search/abstain-counted-act.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Heron Harbor written as a name, with no count. */
const HERON_LIFEBOAT: SearchFixtureArticle = {
  id: 'heron-lifeboat',
  title: 'Lifeboat on standby',
  outlet: 'Corley Post',
  published: '2026-11-23',
  paragraphs: [['The Heron Harbor lifeboat crew stood by through the night.']],
};

/** People hurt at another harbor than Heron Harbor. */
const MORWICK_HARBOR: SearchFixtureArticle = {
  id: 'morwick-harbor',
  title: 'Boathouse roof falls in storm',
  outlet: 'Corley Post',
  published: '2026-11-24',
  paragraphs: [['Three people were hurt when a boathouse roof fell in the harbor below Morwick.']],
};

/** A count told at Heron Harbor. */
const HERON_HARBOR: SearchFixtureArticle = {
  id: 'heron-harbor',
  title: 'Storm damage at the coast',
  outlet: 'Corley Post',
  published: '2026-11-24',
  paragraphs: [['Two walkers were hurt at Heron Harbor when a cliff path gave way on Saturday.']],
};

describe('a name restricting a counted act', () => {
  it('is not told by one of its words alone', () => {
    const { engine, index } = engineOver(HERON_LIFEBOAT, MORWICK_HARBOR);
    const question = 'how many people were hurt at heron harbor?';
    expect(countedActHeld(index.abstentionInput(index.rank(question)))).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  }, 60_000);

  it('is told by the name written whole beside the count', () => {
    const { index } = engineOver(HERON_LIFEBOAT, MORWICK_HARBOR, HERON_HARBOR);
    const question = 'how many people were hurt at heron harbor?';
    expect(countedActHeld(index.abstentionInput(index.rank(question)))).toBe(true);
  }, 60_000);
});
