/**
 * "Who leads the trust?" asks for the holder of the role the verb names: a verb and its agent
 * noun are one relation (WordNet's derivational links: "lead" / "leader", "direct" /
 * "director"), so "the trust's leader, Mara Quist" answers it, and a person named by another
 * title only hints. A name is the doer of the verb it is the subject of, also past a relative
 * "who" or an apposition ("Mara Quist, who leads the trust"). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import {
  answerTypeOf,
  answerTypeScore,
  type AnswerType,
} from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const TRUST: SearchFixtureArticle = {
  id: 'trust',
  title: 'Harbour Trust to clear the slipway',
  published: '2026-03-09',
  paragraphs: [
    [
      'Trust spokesman Ian Pell said volunteers from the Harbour Trust would lead the clean-up of the old slipway next month.',
    ],
    [
      'The Harbour Trust’s leader, Mara Quist, will step down next year after a decade in the post.',
    ],
    ['The trust’s director, Owen Hale, said the slipway had been closed since the storm.'],
  ],
};

describe('the holder of the role a "who" verb names', () => {
  it('is read from the index: the verb’s agent noun, and its other forms', () => {
    const { index } = engineOver(TRUST);
    expect(index.rank('who leads the Harbour Trust?').plan.answerType).toMatchObject({
      name: 'person',
      verb: 'lead',
      roles: ['leader'],
    });
    // No noun of the corpus is derived from "run": no role to tell apart.
    expect(index.rank('who runs the Harbour Trust?').plan.answerType?.roles).toBeUndefined();
  });

  it('is a name in apposition to the agent noun or the verb’s noun, before or after it', () => {
    const leads: AnswerType = { name: 'person', verb: 'lead', roles: ['leader'] };
    expect(answerTypeScore('The trust’s leader, Mara Quist, will step down.', leads)).toBe(1);
    expect(answerTypeScore('Mara Quist, leader of the trust, will step down.', leads)).toBe(1);
    expect(answerTypeScore('Lead inspector Rafael Osei said so.', leads)).toBe(1);
    // Someone named by another title is a person, not yet the one asked for; a name alone less.
    expect(answerTypeScore('Trust spokesman Ian Pell said so.', leads)).toBe(0.75);
    expect(answerTypeScore('Ian Pell said so.', leads)).toBe(0.5);
  });

  it('is the subject of the verb past a relative "who" or an apposition', () => {
    const chairs = answerTypeOf('who chairs the association?')!;
    expect(answerTypeScore('April Dunmore, who chairs the association, spoke.', chairs)).toBe(1);
    expect(answerTypeScore('Lukashenka, who has chaired it since 1994, spoke.', chairs)).toBe(1);
    const spoke = answerTypeOf('who spoke for the fishers?')!;
    expect(answerTypeScore('April Dunmore, chair of the association, spoke.', spoke)).toBe(1);
    // A pronoun before "who" names no one.
    expect(
      answerTypeScore('It was she, who chairs it, that spoke.', { ...chairs, roles: [] }),
    ).toBe(0);
  });

  it('ranks the holder of the role above a titled person who shares more words', () => {
    const { engine } = engineOver(TRUST);
    expect(engine.ask('who leads the Harbour Trust?').passages[0]?.quote).toContain('Mara Quist');
  });
});
