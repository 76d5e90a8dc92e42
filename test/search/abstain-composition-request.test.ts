/**
 * The composition-request gate of abstention (src/search/abstain-composition-request.ts): "write
 * me a poem about …" asks the bot to make something, not about the coverage, so passages sharing
 * its words are shown only as the closest. Tiny invented corpus: a town's petition against a
 * bridge toll, one sentence of which speaks of autumn.
 */
import { describe, expect, it } from 'vitest';
import {
  compositionRequestHeld,
  isCompositionRequest,
} from '../../src/search/abstain-composition-request.js';
import { engineOver, MARKET_NEWS, tollPetition } from './fixtures.js';

const PETITION = tollPetition(
  'A review of the toll is due next autumn, once a year of traffic counts has been collected.',
  'Ana Ruiz wrote to every councillor asking them to scrap the charge.',
);

describe('a request that the bot make something', () => {
  const { engine, index } = engineOver(PETITION, ...MARKET_NEWS);
  const gate = (question: string) =>
    compositionRequestHeld(index.abstentionInput(index.rank(question)));

  it.each([
    'Write me a poem about autumn',
    'please compose a song about the bridge toll',
    'can you draw a picture of the bridge?',
    'Could you please make up a story about the petition',
    'tell me a joke about the toll',
  ])('is refused: %s', (question) => {
    expect(gate(question)).toBe(false);
    const reply = engine.ask(question);
    expect(reply.answered).toBe(false);
    expect(reply.passages).toEqual([]);
  });

  it.each([
    'who wrote to every councillor?',
    'tell me about the petition',
    'what did Ana Ruiz write to councillors?',
    'how many signatures did the petition have?',
    'when is the review of the toll due?',
  ])('is not read into a question for information: %s', (question) => {
    expect(isCompositionRequest(question)).toBe(false);
    expect(gate(question)).toBeUndefined();
  });

  it('answers the question the request is not', () => {
    expect(engine.ask('when is the review of the toll due?').answered).toBe(true);
  });
});
