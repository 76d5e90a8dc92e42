/**
 * Abstention's time gate (src/search/abstain-asked-time.ts) on a verb written with a bound
 * prefix and a hyphen ("re-imposed": text/bound-prefixes.ts): a derived verb that tells its
 * act, not a compound adjective ("a family-founded firm"). Invented articles: a hosepipe ban.
 */
import { describe, expect, it } from 'vitest';
import { askedTimeHeld } from '../../src/search/abstain-asked-time.js';
import { endsInBoundPrefix } from '../../src/text/bound-prefixes.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const BAN: SearchFixtureArticle = {
  id: 'ban',
  title: 'Hosepipe ban returns in Kelby',
  outlet: 'Kelby Herald',
  published: '2026-07-06',
  paragraphs: [
    ['Kelby Water re-imposed the hosepipe ban for all households in the county from 4 July.'],
    ['The company said reservoir levels had fallen after a dry spring.'],
  ],
};

describe('a verb with a bound prefix and a hyphen', () => {
  it('reads only a bound prefix as one', () => {
    expect(endsInBoundPrefix('Kelby Water re-')).toBe(true);
    expect(endsInBoundPrefix('a co-')).toBe(true);
    expect(endsInBoundPrefix('a family-')).toBe(false);
    expect(endsInBoundPrefix('a tre-')).toBe(false);
  });

  it('tells its act, so its date answers "when was X re-imposed"', () => {
    const { index, engine } = engineOver(BAN);
    const question = 'when was the hosepipe ban re-imposed?';
    expect(askedTimeHeld(index.abstentionInput(index.rank(question)))).toBe(true);
    const reply = engine.ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('4 July');
  }, 120_000);
});
