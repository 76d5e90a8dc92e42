/**
 * "Who VERB …?" asks for the doer of the verb: a passage naming or describing people as the
 * verb's subject ("the Green councillors voted") or its passive agent ("cut by two pupils")
 * answers, as does a name in apposition to a bare role ("April Dunmore, chair of …"). Invented
 * articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { engineOver } from './fixtures.js';

describe('the doer "who" asks for', () => {
  it('is read from the verb right after "who", not from an object question', () => {
    expect(answerTypeOf('who voted against the budget?')).toEqual({ name: 'person', verb: 'vote' });
    expect(answerTypeOf('who has cut the ribbon?')?.verb).toBe('cut');
    expect(answerTypeOf('who did the council appoint?')?.verb).toBeUndefined();
    expect(answerTypeOf('who is the mayor?')?.verb).toBeUndefined();
  });

  it('is a name or a role noun beside the verb, or after "by" in the passive', () => {
    const voted = answerTypeOf('who voted against the budget?')!;
    expect(answerTypeScore('The Green councillors voted against it.', voted)).toBe(1);
    expect(answerTypeScore('Labour and the Liberal Democrats voted against.', voted)).toBe(1);
    // A pronoun names no one.
    expect(answerTypeScore('they voted against it on Tuesday.', voted)).toBe(0);
    const owns = answerTypeOf('who owns the shipyard?')!;
    expect(answerTypeScore('The yard is owned by the Lindqvist family.', owns)).toBe(1);
    expect(answerTypeScore('The yard is owned by a fund.', owns)).toBe(0);
  });

  it('counts a name beside a bare role or after a role as a person', () => {
    const who = answerTypeOf('who spoke for the fishers?')!;
    expect(answerTypeScore('April Dunmore, chair of the association, spoke.', who)).toBe(1);
    expect(answerTypeScore('Lead inspector Rafael Osei said so.', who)).toBe(1);
  });

  it('ranks the passage naming who voted above one naming someone else', () => {
    const { engine } = engineOver({
      published: '2026-04-02',
      paragraphs: [
        ['The budget vote was held on Tuesday, council leader Mary Dunn said.'],
        ['The Green councillors voted against the budget.'],
      ],
    });
    expect(engine.ask('who voted against the budget?').passages[0]?.quote).toContain(
      'Green councillors',
    );
  });
});
