/**
 * "Under what circumstances …", "in what situation …", "what is the condition for …" ask for a
 * condition, which English marks by a conditional subordinator, "should" inverted, or "not …
 * until" (Quirk et al. 1985 §15.33–15.40); so does a necessity before an act or a hypothetical
 * causative ("what would make him send …", §14.23, §15.36). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, askedAnswerType } from '../../src/search/plan/answer-type.js';
import { statesCondition } from '../../src/search/plan/condition-in-text.js';
import { suiteEngine } from '../support/corpus-fixture.js';

describe('a condition asked and stated', () => {
  it('reads the wh-phrases of a condition, and not a state, a description or a past act', () => {
    for (const question of [
      'under what circumstances would the pumps be switched on?',
      'in what kind of situation can the ferry be cancelled',
      'on what terms was the loan agreed?',
      "what's the condition for a refund?",
      // A necessity before an act, and a hypothetical causative: the act's condition.
      'what would the river have to do before the pumps are switched on?',
      'what must happen for the ferry to be cancelled',
      'what will the club need to do for the grant',
      'what would make the board close the sluices?',
      'what sort of things did the mayor say would force the council to close the bridge',
    ])
      expect(answerTypeOf(question)?.name, question).toBe('condition');
    for (const question of [
      'what is the condition of the bridge?',
      'what is the situation in Harwick?',
      'when were the pumps switched on?',
      // A past obligation is an act done; "make" before an indefinite phrase makes a thing.
      'what did the council have to do before the vote?',
      'what would make a good name for the ferry?',
      'what would make sense here?',
      // "Which N" asks a member of N; a causative's object is followed by its infinitive, not a goal.
      'which two players would make the squad for Saturday?',
      'which councillors would make the committee?',
      'which route would lead walkers to the harbour?',
      'what would lead walkers to the harbour?',
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

  const sluices = suiteEngine({
    'sluices.txt': [
      'Sluice keepers at Brenmouth',
      'The Brenmouth board closed the sluices for the first time last winter.',
      'The Brenmouth board closes the sluices only if the tide is forecast above the harbour wall.',
      'The board said the sluices would be painted in the spring.',
    ].join('\n\n'),
  });

  it('ranks the condition first for a hypothetical cause or a necessity asked', () => {
    for (const question of [
      'what would make the Brenmouth board close the sluices?',
      'what would the tide have to do before the Brenmouth board closes the sluices?',
    ])
      expect(sluices.ask(question).passages[0]?.quote, question).toContain('only if');
  });

  it('ranks the passage stating the condition above one telling the act alone', () => {
    expect(
      engine.ask('under what circumstances are the Harwick pumps switched on?').passages[0]?.quote,
    ).toContain('only if');
  });
});
