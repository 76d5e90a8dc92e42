/**
 * The advice-request gate of abstention (src/search/abstain-advice-request.ts): "recommend a good
 * café" asks for the bot's own judgement, so a passage holding "recommendations" answers
 * nothing. Tiny invented corpus: a town's petition against a bridge toll, whose review made
 * recommendations.
 */
import { describe, expect, it } from 'vitest';
import { adviceRequestHeld, isAdviceRequest } from '../../src/search/abstain-advice-request.js';
import { engineOver, MARKET_NEWS, tollPetition } from './fixtures.js';

const PETITION = tollPetition(
  'The council accepted all nine recommendations of the review of the toll.',
  'The review recommended a lower charge for residents of the town.',
);

describe('a request that the bot recommend something', () => {
  const { engine, index } = engineOver(PETITION, ...MARKET_NEWS);
  const gate = (question: string) => adviceRequestHeld(index.abstentionInput(index.rank(question)));

  it.each([
    'recommend a good café near the bridge',
    'can you recommend a good place to eat',
    'please suggest some walks near the toll bridge',
    'which café would you recommend?',
  ])('is refused: %s', (question) => {
    expect(gate(question)).toBe(false);
    const reply = engine.ask(question);
    expect(reply.answered).toBe(false);
  });

  it.each([
    'what did the review recommend?',
    'how many recommendations did the council accept?',
    'who recommended a lower charge?',
    'recommendations of the review',
    // A request for pieces of the coverage, which the bot finds, and advice reported, not asked.
    'can you suggest any articles about the toll?',
    'recommend some coverage of the petition',
    'did the minister say would you recommend the toll',
  ])('is not read into a question about what someone else advised: %s', (question) => {
    expect(isAdviceRequest(question)).toBe(false);
    expect(gate(question)).toBeUndefined();
  });

  it('answers the question about the review', () => {
    expect(engine.ask('what did the review recommend?').answered).toBe(true);
  });
});
