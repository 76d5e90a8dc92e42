/**
 * "Under what circumstances …", "in what situation …", "what is the condition for …" ask for a
 * condition, which English marks by a conditional subordinator, "should" inverted, or "not …
 * until" (Quirk et al. 1985 §15.33–15.40). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, askedAnswerType } from '../../src/search/plan/answer-type.js';
import { statesCondition } from '../../src/search/plan/condition-in-text.js';
import { suiteEngine } from '../support/corpus-fixture.js';

describe('a condition asked and stated', () => {
  it('reads the wh-phrases of a condition, and not a state or a description', () => {
    for (const question of [
      'under what circumstances would the pumps be switched on?',
      'in what kind of situation can the ferry be cancelled',
      'on what terms was the loan agreed?',
      "what's the condition for a refund?",
    ])
      expect(answerTypeOf(question)?.name, question).toBe('condition');
    for (const question of [
      'what is the condition of the bridge?',
      'what is the situation in Harwick?',
      'when were the pumps switched on?',
    ])
      expect(answerTypeOf(question)?.name, question).not.toBe('condition');
  });

  it('is ranking evidence only, never a type abstention checks', () => {
    expect(
      askedAnswerType(
        'under what circumstances can the ferry be cancelled?',
        answerTypeOf('under what circumstances can the ferry be cancelled?'),
      ),
    ).toBeNull();
  });

  it('finds the markers of a condition, and no condition in a plain statement', () => {
    for (const text of [
      'The pumps are switched on if the river rises above two metres.',
      'The ferry will not sail until the wind drops.',
      'Refunds are given provided that the ticket is unused.',
      'The barrier is closed in the event of a storm surge.',
      'Crews stand ready, should the water rise again.',
      'The ferry runs as long as the harbour is open.',
    ])
      expect(statesCondition(text), text).toBe(true);
    for (const text of [
      'The pumps were switched on in May.',
      'The ferry sailed until midnight.',
      'The council should pay for the pumps.',
    ])
      expect(statesCondition(text), text).toBe(false);
  });

  const engine = suiteEngine({
    'pumps.txt': [
      'New pumps for Harwick',
      'The river pumps at Harwick were switched on for the first time in March by the water board.',
      'The pumps are switched on only if the river rises above the flood mark at the weir.',
      'The water board said the weir would be repaired in the summer.',
    ].join('\n\n'),
  });

  it('ranks the passage stating the condition above one telling the act alone', () => {
    expect(
      engine.ask('under what circumstances are the Harwick pumps switched on?').passages[0]?.quote,
    ).toContain('only if');
  });
});
