/**
 * The unknown-topic gate (src/search/abstain-unknown-topic.ts) on a compound that extends a
 * question's word by a word of its own: "weatherproof" is a kind of proofing, its head the last
 * element (Quirk et al. 1985, appendix I.57; text/compound-head.ts), so a coverage holding it
 * does not speak of the weather. Tiny invented corpus: a town's repairs after a blast, which
 * say "weatherproof" and never "weather".
 */
import { describe, expect, it } from 'vitest';
import { knownTopicHeld } from '../../src/search/abstain-unknown-topic.js';
import { compoundOf } from '../../src/text/compound-head.js';
import { engineOver, MARKET_NEWS, tollPetition } from './fixtures.js';

const REPAIRS = tollPetition(
  'Glaziers worked through the weekend and every damaged home would be made weatherproof by Tuesday.',
  'A partnership of local builders will rebuild the bakery.',
);

describe('a question word held only inside a compound', () => {
  const { engine, index } = engineOver(REPAIRS, ...MARKET_NEWS);
  const gate = (question: string) => knownTopicHeld(index.abstentionInput(index.rank(question)));

  it('is not held: the compound names its head', () => {
    const question = "what's the weather like in london tomorrow";
    expect(gate(question)).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  }, 240_000);

  it('is held in a form with a suffix spelt as a word ("partnership" of "partner")', () => {
    expect(gate('which partner will rebuild the bakery')).not.toBe(false);
  }, 240_000);
});

describe('compoundOf', () => {
  const words = new Set(['proof', 'ship', 'ion']);
  const isWord = (word: string) => words.has(word);
  it('reads a word extended by a word of its own as a compound', () => {
    expect(compoundOf('weather', 'weatherproof', isWord)).toBe(true);
  });
  it('reads a suffix, short or spelt as a word, as a derivation', () => {
    expect(compoundOf('partner', 'partnership', isWord)).toBe(false);
    expect(compoundOf('elect', 'election', isWord)).toBe(false);
    expect(compoundOf('weather', 'wealth', isWord)).toBe(false);
  });
});
