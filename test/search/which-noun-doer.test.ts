/**
 * "Which/what N VERB …" asks for the doer of VERB, restricted to an N: the wh-phrase is the
 * verb's subject (Quirk et al. 1985, §6.38), so a passage naming the body doing it answers above
 * one naming another body, and a framing verb there ("reported") is the act asked about. Tiny
 * invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { engineOver } from './fixtures.js';

describe('the doer a "which/what N" subject asks for', () => {
  it('is read from the verb right after the wh-phrase, not from an object question', () => {
    expect(answerTypeOf('which news agency reported the deal first')).toMatchObject({
      name: 'organisation',
      focus: 'agenc',
      verb: 'report',
    });
    expect(answerTypeOf('which minister has resigned?')?.verb).toBe('resign');
    expect(answerTypeOf('which agency did the paper cite?')?.verb).toBeUndefined();
    expect(answerTypeOf('which riot unit could Russia back under the deal')?.verb).toBeUndefined();
    expect(answerTypeOf('who voted against the budget?')?.verbAt).toBeUndefined();
  });

  it('scores the body doing the act above another body named', () => {
    const type = answerTypeOf('which news agency reported the deal')!;
    expect(answerTypeScore('The deal was signed, Interfax reported on Friday.', type)).toBe(1);
    expect(answerTypeScore('The Harbour Authority signed the deal.', type)).toBeLessThan(1);
  });

  it('ranks the passage naming the reporter first', () => {
    const { engine } = engineOver({
      published: '2026-04-02',
      paragraphs: [
        ['The Harbour Authority signed the dredging contract with the Port Trust on Monday.'],
        ['The dredging contract was agreed last week, Coastline Radio reported on Friday.'],
      ],
    });
    const answer = engine.ask('which news outlet reported the dredging contract');
    expect(answer.passages[0]?.quote).toContain('Coastline Radio reported');
  });
});
