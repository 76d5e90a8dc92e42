/**
 * What "at what event …?" or "during which meeting …?" asks for is an occasion (Li & Roth 2002's
 * ENTITY:event class, src/search/plan/answer-type.ts): a passage naming one ("the Harlow Trade
 * Summit") or a name after "during" answers; one that only repeats the question's words, or
 * names a person or a body, does not. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { engineOver } from './fixtures.js';

const atWhatEvent = answerTypeOf('At what event was the ferry deal signed?')!;

describe('an occasion asked by its noun', () => {
  it('is the answer type of "at what event", "during which meeting", "what summit"', () => {
    for (const question of [
      'At what event was the ferry deal signed?',
      'the ferry deal was signed during which meeting?',
      'what summit did the two mayors attend',
    ])
      expect(answerTypeOf(question)?.name, question).toBe('event');
  });

  it('gives way to a person or a body asked by a noun at the same place', () => {
    expect(answerTypeOf("which candidate's rally was shown in the photo")?.name).toBe('person');
    expect(answerTypeOf('what was said at the meeting')).toBeNull();
  });

  it('is a named occasion or a name after "during", not any name', () => {
    for (const text of [
      'The deal was signed at the Harlow Trade Summit.',
      'The deal was signed during the Council of Coastal Towns in May.',
      'Mayors met at the Portlaw Ferry Conference.',
    ])
      expect(answerTypeScore(text, atWhatEvent), text).toBe(1);
    for (const text of [
      'The deal was signed by Mayor Dana Whitcombe and the Harbour Board.',
      'During the mayors’ 14 May meeting, the deal was discussed.',
      'The deal was signed in Harlow in May.',
    ])
      expect(answerTypeScore(text, atWhatEvent), text).toBe(0);
  });

  it('ranks the passage naming the occasion above one that only restates the signing', () => {
    const { engine } = engineOver({
      published: '2026-06-02',
      paragraphs: [
        ['Finally, the ferry deal was signed in May in Harlow.'],
        ['Talks on the timetable lasted several months, officials said.'],
        [
          'The ferry deal was signed in May in Harlow during the Council of Coastal Towns, alongside a port agreement.',
        ],
        ['The first sailing under the deal is planned for August.'],
      ],
    });
    expect(engine.ask('at what event was the ferry deal signed').passages[0]?.quote).toContain(
      'Council of Coastal Towns',
    );
  });
});
