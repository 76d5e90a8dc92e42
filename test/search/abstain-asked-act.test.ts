/**
 * Abstention's gate on "who VERBs X" (src/search/abstain-asked-act.ts): "who runs the port
 * authority" is not answered by the authority saying something, nor by a minister urging
 * talks. Tiny invented corpora: the authority only speaking, then its head named as running it.
 */
import { describe, expect, it } from 'vitest';
import { actVerbs, askedActHeld } from '../../src/search/abstain-asked-act.js';
import { stem, tokenize } from '../../src/text/terms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The port authority speaks; no one is said to run it. */
const BAN: SearchFixtureArticle = {
  id: 'ban',
  title: 'Dockers begin overtime ban at Portmere',
  outlet: 'Portmere Echo',
  published: '2026-05-06',
  paragraphs: [
    ['Dockers at Portmere began an overtime ban on Friday in a dispute over shift patterns.'],
    ['The port authority said container handling had slowed by about a third.'],
    ['Ports Minister Dana Holt urged both sides to return to talks.'],
  ],
};

/** The authority's head, said to run it. */
const HEAD: SearchFixtureArticle = {
  id: 'head',
  title: 'Profile: the woman at the helm of Portmere',
  outlet: 'Portmere Post',
  published: '2026-05-09',
  paragraphs: [['The port authority is run by Ruth Okafor, a former harbour pilot.']],
};

function held(question: string, ...articles: SearchFixtureArticle[]) {
  const { index } = engineOver(...articles);
  return askedActHeld(index.abstentionInput(index.rank(question)));
}

describe('the verbs that tell the asked act', () => {
  it('are the verb, and an infinitive it takes', () => {
    expect(actVerbs('who runs the port authority', stem('runs'))).toEqual([stem('runs')]);
    // Read as the index reads it (tokenize folds British spellings).
    const recognise = stem(tokenize('recognise')[0]!.word);
    expect(actVerbs('who refused to recognise the results', stem('refused'))).toEqual([
      stem('refused'),
      recognise,
    ]);
  });

  it('are none for a light verb, a reported clause or an adverb', () => {
    expect(actVerbs('who went up the river to its source', stem('went'))).toBeNull();
    expect(actVerbs('who complained that the town was forgotten', stem('complained'))).toBeNull();
    expect(actVerbs('who exactly did the guard sign with', stem('exactly'))).toBeNull();
  });
});

describe('the act gate', () => {
  it('refuses when no passage tells the act with what it is done to', () => {
    const question = 'who runs the port authority?';
    expect(held(question, BAN)).toBe(false);
    expect(engineOver(BAN).engine.ask(question).answered).toBe(false);
    // The first engine built reads WordNet: slow on a busy machine.
  }, 120_000);

  it('lets the classifier judge once a passage tells it', () => {
    const question = 'who runs the port authority?';
    expect(held(question, BAN, HEAD)).toBe(true);
    expect(engineOver(BAN, HEAD).engine.ask(question).answered).toBe(true);
    // Two engines built, each reading WordNet: slow on a busy machine.
  }, 120_000);

  it('asks nothing of questions with no doer asked, or no word besides the verb', () => {
    expect(held('who is the minister?', BAN)).toBeUndefined();
    expect(held('who resigned?', BAN)).toBeUndefined();
  });
});
