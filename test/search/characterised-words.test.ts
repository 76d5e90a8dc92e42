/**
 * "How did X describe Y" and "how did X react to Y" ask for X's words, as "what did X say" does
 * (plan/speaker.ts `wordsAskedOf`): news gives them as a quotation after a characterising verb
 * ("X called the vote "…"") or a verb of saying (plan/speaker-words.ts). A passage that names X
 * and the topic but gives none of X's words ranks below. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { speakerWordsScore } from '../../src/search/plan/speaker-words.js';
import { wordsAskedOf } from '../../src/search/plan/speaker.js';
import { suiteEngine } from '../support/corpus-fixture.js';

const brandt = new Set(['brandt']);

describe('a characterising verb beside a quotation', () => {
  it("reads the quotation as the speaker's words", () => {
    expect(speakerWordsScore('Mayor Ilse Brandt called the vote "a new chapter."', brandt)).toBe(1);
    expect(speakerWordsScore('Brandt described the plan as "reckless".', brandt)).toBe(1);
  });

  it('reads none without a quotation, or when another is the speaker', () => {
    expect(speakerWordsScore('Brandt called a meeting on the library.', brandt)).toBe(0);
    expect(speakerWordsScore('Brandt described the route to the hall.', brandt)).toBe(0);
    expect(speakerWordsScore('Holm called the vote "a disgrace."', brandt)).toBe(0);
  });
});

describe('questions asking how someone described or reacted', () => {
  it("ask for the speaker's words", () => {
    expect([...wordsAskedOf('how did Brandt describe the library vote?')]).toEqual(['brandt']);
    expect([...wordsAskedOf('how did the mayor characterise the move')]).toEqual(['mayor']);
    expect([...wordsAskedOf('how did the friends group react to the vote')]).toEqual([
      'friend',
      'group',
    ]);
    expect([...wordsAskedOf('how did Holm respond to the ruling?')]).toEqual(['holm']);
  });

  it('leave a question for a decision or a description of a thing to its own answer', () => {
    expect(wordsAskedOf('how did the council decide').size).toBe(0);
    expect(wordsAskedOf('how would you describe the library').size).toBe(0);
  });

  it('leave the reaction of a thing that gives no words to its own answer', () => {
    expect(wordsAskedOf('how did the market react to the vote?').size).toBe(0);
    expect(wordsAskedOf('how did share prices respond').size).toBe(0);
    expect([...wordsAskedOf('how did Harwick react to the vote?')]).toEqual(['harwick']);
    expect([...wordsAskedOf('how did the residents react to the vote?')]).toEqual(['resid']);
  });
});

/** The vote, and the mayor's words on it. */
const POST = `Harwick council backs library move

By Nell Ash
Harwick Post | 3 March 2026

Harwick councillors voted 8-3 on Tuesday to move the town library into the old corn exchange.

Mayor Ilse Brandt called the vote "a new chapter for this town's readers."

The move will cost about $2 million and take a year.
`;

/** The mayor named beside the vote and the library, giving no words of hers. */
const RADIO = `Library vote: friends group objects

By Tom Ives
Vale Radio | 4 March 2026

Brandt chaired the meeting at which the library vote was taken, after a two-hour debate.

The Friends of Harwick Library said the corn exchange was too small for the collection.

The Friends of Harwick Library held a meeting on the night of the library vote.
`;

describe('how did X describe / react', () => {
  const engine = suiteEngine({ 'post.txt': POST, 'radio.txt': RADIO });

  it("ranks X's characterisation in a quotation above a passage that only names X", () => {
    expect(engine.ask('how did Brandt describe the library vote?').passages[0]?.quote).toBe(
      'Mayor Ilse Brandt called the vote "a new chapter for this town\'s readers."',
    );
  });

  it("ranks X's reported words above a passage telling what X did", () => {
    expect(
      engine.ask('how did the Friends of Harwick Library react to the vote?').passages[0]?.quote,
    ).toBe(
      'The Friends of Harwick Library said the corn exchange was too small for the collection.',
    );
  });
});
