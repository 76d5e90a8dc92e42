/**
 * The name gate (src/search/abstain-asked-name.ts) reads the asked noun's synonyms only where
 * the passage writes them as nouns: "head" shares WordNet synonyms with its verb homograph
 * ("aim", "lead"), and "has led the board" names no head. Tiny invented corpora: a trust whose
 * head goes unnamed beside a named person who "has led" another body; then the head named.
 */
import { describe, expect, it } from 'vitest';
import { askedNameHeld } from '../../src/search/abstain-asked-name.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const UNNAMED_HEAD: SearchFixtureArticle = {
  id: 'trust',
  title: 'Harbour trust takes over the quay',
  outlet: 'Skarvik Post',
  published: '2025-03-02',
  paragraphs: [
    ['The Skarvik Harbour Trust was set up in 2019 with a former customs officer at its head.'],
    ['Councillor Maria Lund, 58, has led the Skarvik ferry board since 2015.'],
    ['The trust said the quay would reopen in May.'],
  ],
};

const NAMED_HEAD: SearchFixtureArticle = {
  id: 'trust-named',
  title: 'Trust head defends quay fees',
  outlet: 'Skarvik Echo',
  published: '2025-03-09',
  paragraphs: [['The head of the Skarvik Harbour Trust, Jonas Berg, defended the new quay fees.']],
};

const QUESTION = 'What is the name of the head of the Skarvik Harbour Trust?';

describe('a name asked by a noun whose synonyms include a verb’s', () => {
  it('is refused when only a verb synonym ("has led") stands beside a name', () => {
    const { engine, index } = engineOver(UNNAMED_HEAD);
    expect(askedNameHeld(index.abstentionInput(index.rank(QUESTION)))).toBe(false);
    expect(engine.ask(QUESTION).answered).toBe(false);
  });

  it('is answered when the noun itself stands beside the name', () => {
    const { engine, index } = engineOver(UNNAMED_HEAD, NAMED_HEAD);
    expect(askedNameHeld(index.abstentionInput(index.rank(QUESTION)))).toBe(true);
    const answer = engine.ask(QUESTION);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Jonas Berg');
  });
});
