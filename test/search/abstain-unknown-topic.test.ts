/**
 * The unknown-topic gate of abstention (src/search/abstain-unknown-topic.ts): a question most
 * of whose topic nouns the coverage never uses is about something else, and is refused, even
 * when an everyday word of it ("weekend") is held. Tiny invented corpus: a town's petition
 * against a bridge toll, which never speaks of weather or forecasts.
 */
import { describe, expect, it } from 'vitest';
import { knownTopicHeld } from '../../src/search/abstain-unknown-topic.js';
import { engineOver, MARKET_NEWS, tollPetition } from './fixtures.js';

const PETITION = tollPetition(
  'Organisers estimate the count will pass 5,000 by the end of the month.',
  'Shops near the bridge are busiest at weekends.',
  'The council will debate the toll at its June meeting.',
  'Drivers who cross the bridge daily say the charge would cost them £30 a month.',
);

describe('a question most of whose topic nouns the coverage never uses', () => {
  const { engine, index } = engineOver(PETITION, ...MARKET_NEWS);
  const gate = (question: string) => knownTopicHeld(index.abstentionInput(index.rank(question)));

  it('is refused though an everyday word of it is held, its closest passages shown', () => {
    const question = "what's the weather forecast for the weekend";
    expect(gate(question)).toBe(false);
    const reply = engine.ask(question);
    expect(reply.answered).toBe(false);
    // Without the gate this is answered by the petition's "by the weekend" ("forecast" reaches
    // "estimate" only as a WordNet synonym): now "no passage clearly answers this; the closest:".
    expect(reply.closest.length).toBeGreaterThan(0);
  });

  it('is answered when the coverage holds its topic', () => {
    const question = 'how many signatures did the petition have by the weekend';
    expect(gate(question)).toBeUndefined();
    const reply = engine.ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('4,200 signatures');
  });

  it('is left alone with one unknown noun beside held words (a paraphrase)', () => {
    // "fee" for the toll: the coverage lacks the noun, but holds "cross" and "bridge".
    expect(gate('how much is the fee to cross the bridge')).toBe(true);
    expect(gate('when will the council discuss the fee')).toBe(true);
  });

  it('is left alone when the unknown word is a typo', () => {
    expect(gate('how many signatrues did the petition have')).not.toBe(false);
  });

  it('holds no topic by a real word read as a typo of a corpus word', () => {
    // "reset" is one edit from the corpus's "rest"; a real word typed is most likely meant, so
    // the guess does not make the coverage speak of resetting a router's password.
    expect(gate('how do I reset my router password')).toBe(false);
    expect(engine.ask('how do I reset my router password').answered).toBe(false);
    // A real-word typo beside a held word is still left alone ("signature" for "signatures"
    // needs no guess; "stalls" is the corpus's own).
    expect(gate('how many stalls did the market open')).not.toBe(false);
  });
});
