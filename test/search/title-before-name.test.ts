/**
 * "Who is the leader of the council?" and "which judge refused …?" ask for a person: a passage
 * naming the holder of the role ("Council leader Edwin Maule", "Mrs Justice Corran") answers
 * them before a passage naming the body or the role and no one (holders-first.ts; a title
 * before a name, answer-type.ts `namesHolderOf`). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { holdersFirst } from '../../src/search/holders-first.js';
import { namesHolderOf, namesHolderOfAny } from '../../src/search/plan/answer-type.js';
import { engineOver } from './fixtures.js';

const APPEAL = {
  id: 'appeal',
  published: '2026-02-04',
  paragraphs: [
    [
      'A High Court judge has refused a challenge by Fenwold Homes to the refusal of 300 homes at Brackley Lea.',
    ],
    [
      'Mrs Justice Corran refused the application, saying the inspector had weighed the evidence fairly.',
    ],
    ['Tarnley Borough Council will defend its refusal of the scheme at the inquiry, it said.'],
    ['Council leader Edwin Maule said the decision had been the right one for residents.'],
  ],
};

describe('a title before a name', () => {
  it('gives the person named after it the role', () => {
    expect(namesHolderOf('Mrs Justice Corran refused the application.', 'justic')).toBe(true);
    expect(namesHolderOf('Council leader Edwin Maule said so.', 'leader')).toBe(true);
    // A role with no name beside it, or before a body's name, names no one.
    expect(namesHolderOf('A High Court judge has refused it.', 'judg')).toBe(false);
    expect(namesHolderOf('The Justice Department said so.', 'justic')).toBe(false);
    expect(namesHolderOf('The justice Corran asked for was denied.', 'justic')).toBe(false);
  });

  it('holds for several roles exactly when it holds for one of them', () => {
    const texts = [
      'Mrs Justice Corran refused the application.',
      'Council leader Edwin Maule said so.',
      'A High Court judge has refused it.',
      'Gemma Lathbury, the firm’s spokeswoman, said so.',
      'The Justice Department said so.',
    ];
    const roleSets = [[], ['judg'], ['judg', 'justic'], ['leader', 'chair', 'spokeswoman']];
    for (const text of texts)
      for (const roles of roleSets)
        expect(namesHolderOfAny(text, roles)).toBe(roles.some((role) => namesHolderOf(text, role)));
    expect(namesHolderOfAny(texts[0]!, ['judg', 'justic'])).toBe(true);
  });

  it('moves a holder ahead of the passages right above it that name no person', () => {
    const read = ([holder, typeMatch]: [boolean, number]) => ({ holder, typeMatch });
    const none: [boolean, number] = [false, 0.5];
    const other: [boolean, number] = [false, 1];
    const holder: [boolean, number] = [true, 1];
    expect(holdersFirst([none, none, holder, other], read)).toEqual([holder, none, none, other]);
    // A person named above the holder stops the move.
    expect(holdersFirst([none, other, holder], read)).toEqual([none, other, holder]);
    expect(holdersFirst([none, none, holder], read, 2)).toEqual([none, none, holder]);
  });

  it('answers "which judge" by the judge named, not the sentence naming the role', () => {
    const { engine } = engineOver(APPEAL);
    expect(engine.ask('Which judge refused the challenge?').passages[0]?.quote).toContain(
      'Mrs Justice Corran',
    );
  });

  it('answers "who is the leader of" a council by its leader named', () => {
    const { engine } = engineOver(APPEAL);
    expect(
      engine.ask('Who is the leader of Tarnley Borough Council?').passages[0]?.quote,
    ).toContain('Edwin Maule');
  });
});
