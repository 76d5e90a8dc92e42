/**
 * Abstention's gate on a question for a sum of money (src/search/abstain-asked-sum.ts) reads
 * the headline as naming the sum: a headline states its article's topic (van Dijk 1988), so
 * under "Hackers demand ransom from Kelby university" a sum the hackers demanded is the
 * ransom. Tiny invented corpora: the same attack under a headline naming the ransom and under
 * one that does not.
 */
import { describe, expect, it } from 'vitest';
import { askedSumHeld } from '../../src/search/abstain-asked-sum.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const body = [
  ['Hackers broke into the computer systems of Kelby University on Monday, locking staff out.'],
  ['The hackers demanded £2.4 million in bitcoin to unlock the files.'],
  ['The university said it had called in the police.'],
];

/** The attack, its headline naming the ransom. */
const RANSOM: SearchFixtureArticle = {
  id: 'ransom',
  title: 'Hackers demand ransom from Kelby University',
  outlet: 'Kelby Echo',
  published: '2026-02-03',
  paragraphs: body,
};

/** The same text under a headline that names no ransom. */
const ATTACK: SearchFixtureArticle = {
  id: 'attack',
  title: 'Kelby University hit by cyber attack',
  outlet: 'Kelby Echo',
  published: '2026-02-03',
  paragraphs: body,
};

function held(question: string, article: SearchFixtureArticle) {
  const { index } = engineOver(article);
  return askedSumHeld(index.abstentionInput(index.rank(question)));
}

describe('the sum gate and the headline', () => {
  it("takes a sum under a headline naming the asked sum's word as that sum", () => {
    expect(held('how much ransom did the hackers want', RANSOM)).toBe(true);
  }, 60_000);

  it('still refuses the sum when neither the sentence nor the headline names it', () => {
    expect(held('how much ransom did the hackers want', ATTACK)).toBe(false);
  }, 60_000);
});
