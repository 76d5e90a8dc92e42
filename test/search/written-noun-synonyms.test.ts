/**
 * The synonyms of a counted noun as written (src/search/written-noun-synonyms.ts): the plan keys
 * its synonyms by stem, and "officers" shares its stem with "office", whose synonyms ("agency",
 * "authority") name no officers. Tiny invented corpora: a reserve force whose passages count
 * agencies but no officers, and one that counts its officers.
 */
import { describe, expect, it } from 'vitest';
import { nounSenseTerms, ownSenseAlternatives } from '../../src/search/written-noun-synonyms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A reserve force and its two agencies: a count of agencies, none of officers. */
const AGENCIES: SearchFixtureArticle = {
  id: 'agencies',
  title: 'Dunmore reserve force set up',
  outlet: 'Dunmore Courier',
  published: '2025-03-02',
  paragraphs: [
    ['The governor said he had set up a reserve force of officers near the Dunmore border.'],
    ['The two agencies will cooperate on protecting public order at the border.'],
    ['The reserve force will not be used unless the situation gets out of control.'],
  ],
};

/** The same force with its size stated. */
const COUNTED: SearchFixtureArticle = {
  id: 'counted',
  title: 'Dunmore reserve force numbers',
  outlet: 'Dunmore Post',
  published: '2025-04-02',
  paragraphs: [
    ['The reserve force near the Dunmore border has 300 police officers, the governor said.'],
  ],
};

describe('the senses of a noun as written', () => {
  it("holds the words of the noun's own senses, not those of a word sharing its stem", () => {
    const officers = nounSenseTerms('officers');
    expect(officers?.has('polic offic')).toBe(true);
    expect(officers?.has('policeman')).toBe(true);
    // "agency" and "authority" are senses of "office", which "officers" only shares a stem with.
    expect(officers?.has('agenc')).toBe(false);
    expect(officers?.has('author')).toBe(false);
  });

  it("holds an informal noun's standard words, whose sense it names in another register", () => {
    // WordNet: cop, "uncomplimentary terms for a policeman", filed under policeman.
    const cops = nounSenseTerms('cops');
    expect(cops?.has('polic offic')).toBe(true);
    expect(cops?.has('policeman')).toBe(true);
  });

  it('is none for a word WordNet does not know as a noun', () => {
    expect(nounSenseTerms('rosgvardia')).toBeNull();
  });

  it('keeps every alternative but the synonyms of other words', () => {
    const kept = ownSenseAlternatives(
      [
        { terms: ['offic'], kind: 'exact' },
        { terms: ['agenc'], kind: 'synonym' },
        { terms: ['polic', 'offic'], kind: 'synonym' },
        { terms: ['offici'], kind: 'derived' },
      ],
      'officers',
    );
    expect(kept.map((a) => a.terms.join(' '))).toEqual(['offic', 'polic offic', 'offici']);
    // Nothing is dropped when WordNet cannot tell the senses apart.
    expect(ownSenseAlternatives([{ terms: ['agenc'], kind: 'synonym' }], 'omon')).toHaveLength(1);
  });
});

describe('the counted-thing gate on a noun sharing its stem with another', () => {
  // The first engine of a file loads WordNet: a longer limit than the others'.
  it('finds the count of an informal noun in its standard words', () => {
    const { engine } = engineOver(AGENCIES, COUNTED);
    const answer = engine.ask('how many cops were in the Dunmore reserve force');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('300 police officers');
  }, 180_000);

  it('refuses "how many officers" when the passages count only agencies', () => {
    const { engine } = engineOver(AGENCIES);
    const answer = engine.ask('how many officers were in the Dunmore reserve force');
    expect(answer.answered).toBe(false);
  }, 60_000);

  it('answers it from a count of the officers', () => {
    const { engine } = engineOver(AGENCIES, COUNTED);
    const answer = engine.ask('how many officers were in the Dunmore reserve force');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('300 police officers');
  }, 60_000);
});
