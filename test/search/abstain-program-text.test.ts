/**
 * The program-text gate of abstention (src/search/abstain-program-text.ts): an SQL injection or
 * a script tag is no question about the coverage, so passages sharing its words ("table", read
 * by WordNet as "postpone", meets "put back") answer nothing. Tiny invented corpus: a ferry
 * board's vote put back, and the articles of its bylaw.
 */
import { describe, expect, it } from 'vitest';
import { isProgramText, programTextHeld } from '../../src/search/abstain-program-text.js';
import { engineOver, MARKET_NEWS, type SearchFixtureArticle } from './fixtures.js';

const FERRY: SearchFixtureArticle = {
  id: 'ferry',
  title: 'Ferry fare vote put back',
  outlet: 'Tarn Estuary Herald',
  published: '2025-03-11',
  paragraphs: [
    ['The ferry board put back its vote on the new fares to April, the chair said.'],
    ['Two articles of the board bylaw would have to be rewritten before any fare could drop.'],
    ['The fare for a car and driver is 6.50 pounds each way.'],
  ],
};

describe('text in the syntax of a program', () => {
  const { engine, index } = engineOver(FERRY, ...MARKET_NEWS);
  const gate = (question: string) => programTextHeld(index.abstentionInput(index.rank(question)));

  it.each([
    "' OR 1=1; DROP TABLE articles; --",
    "1'; DROP TABLE fares; /* the vote */",
    '<script>alert("fare")</script>',
    '{{ fares.drop() }}; table the vote',
  ])('is refused: %s', (question) => {
    expect(gate(question)).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  });

  it.each([
    'when will the ferry board vote on the fares?',
    'who voted for the fares; who voted against?',
    'the fare -- how much is it for a car?',
    'is a return fare = two singles?',
    'what did the board put back (and to when)?',
  ])('is not read into a question in prose: %s', (question) => {
    expect(isProgramText(question)).toBe(false);
    expect(gate(question)).toBeUndefined();
  });

  it('answers the question in prose', () => {
    expect(engine.ask('how much is the fare for a car and driver?').answered).toBe(true);
  });
});
