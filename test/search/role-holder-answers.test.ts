/**
 * "Who is the ROLE?" asks for the holder of the role: a passage naming someone in apposition
 * to that role ("spokeswoman Gemma Lathbury", "Ann Bell, the firm's spokeswoman") answers,
 * one quoting an unnamed holder ("a spokeswoman said") does not. "How many workers" is
 * answered by a count of the same people under another noun ("260 of the staff") more than by
 * any number. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { engineOver } from './fixtures.js';

describe('the holder of a role "who is the …" asks for', () => {
  it('is the head of the noun phrase after a determiner or a possessive', () => {
    expect(answerTypeOf("who's the Tarrow spokeswoman?")).toEqual({
      name: 'person',
      focus: 'spokeswoman',
    });
    expect(answerTypeOf('who is the chief executive of the mill?')?.focus).toBe('execut');
    expect(answerTypeOf("who is Tarrow's treasurer")?.focus).toBe('treasur');
    // A name asks who that person is, not for a role's holder.
    expect(answerTypeOf('who is Ann Bell?')?.focus).toBeUndefined();
    // A verb after "who" is read as before.
    expect(answerTypeOf('who voted against the budget?')).toEqual({ name: 'person', verb: 'vote' });
    // An adverb between "who" and its verb is no verb ("exactli" was read as one).
    expect(answerTypeOf('who exactly voted against the budget?')).toEqual({
      name: 'person',
      verb: 'vote',
    });
    expect(answerTypeOf('who exactly did the council appoint?')?.verb).toBeUndefined();
  });

  it('is a name in apposition to the asked role, before or after it', () => {
    const who = answerTypeOf('who is the treasurer?')!;
    expect(answerTypeScore('The club said treasurer Owen Sayle would stand down.', who)).toBe(1);
    expect(answerTypeScore('Owen Sayle, the club’s treasurer, will stand down.', who)).toBe(1);
    expect(answerTypeScore('The treasurer, Owen Sayle, will stand down.', who)).toBe(1);
    // The role with no name beside it names no one; any other name is weaker evidence.
    expect(answerTypeScore('A treasurer for Tarrow Rowing Club said so.', who)).toBe(0.5);
  });

  it('ranks the passage naming the holder above a quote of an unnamed one', () => {
    const { engine } = engineOver({
      published: '2026-04-02',
      paragraphs: [
        [
          '"We are not in talks with Halden Snacks about the mill," a Tarrow Foods spokeswoman said.',
        ],
        [
          '"It was a hard decision, taken after months of review, and it is in no way a reflection on the dedication and skill of our colleagues at the mill in Quayside," said Tarrow Foods spokeswoman Gemma Lathbury.',
        ],
      ],
    });
    expect(engine.ask("who's the Tarrow Foods spokeswoman?").passages[0]?.quote).toContain(
      'Gemma Lathbury',
    );
  });
});

describe('a count of people under another noun', () => {
  it('answers "how many" of people more than any number, less than the asked noun', () => {
    const workers = answerTypeOf('how many workers can vote?')!;
    expect(answerTypeScore('About 260 of the mill’s staff can vote.', workers)).toBe(0.75);
    expect(answerTypeScore('About 260 workers can vote.', workers)).toBe(1);
    expect(answerTypeScore('The vote needs 12 signatures.', workers)).toBe(0.5);
    // A date counts nothing (count-not-measure-answers.test.ts).
    expect(answerTypeScore('The vote closes on 12 May.', workers)).toBe(0);
    // Only people count people: "260 tonnes" is any number.
    const tonnes = answerTypeOf('how many tonnes were made?')!;
    expect(answerTypeScore('About 260 of the mill’s staff were there.', tonnes)).toBe(0.5);
  });

  it('ranks the headcount above a passage with another number', () => {
    const { engine } = engineOver({
      published: '2026-04-02',
      paragraphs: [
        ['The vote closed on 12 May.'],
        ['About 260 of the mill’s staff were eligible to take part in the vote.'],
      ],
    });
    // "workers" is not in the corpus, so the answer may be shown as the closest passage.
    const answer = engine.ask('how many workers could vote?');
    expect([...answer.passages, ...answer.closest][0]?.quote).toContain('260');
  });
});
