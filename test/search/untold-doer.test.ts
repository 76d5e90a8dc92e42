/**
 * "Who VERB …?" asks for the doer of the act; a passage that tells the act without its doer
 * (an agentless passive, a subject naming a thing) names someone else if anyone, and holds no
 * answer to it. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { leavesDoerUntold } from '../../src/search/plan/untold-doer.js';
import { suiteEngine } from '../support/corpus-fixture.js';

describe('an act told without its doer', () => {
  it('reads an agentless passive and a subject naming a thing as leaving the doer untold', () => {
    expect(
      leavesDoerUntold('Mayor Ines Larrow said she had been asked to open the shelter.', 'ask'),
    ).toBe(true);
    expect(
      leavesDoerUntold('The hall was officially opened, with a ribbon cut on the steps.', 'cut'),
    ).toBe(true);
    expect(
      leavesDoerUntold('Complaints about damp walls led to an inspection in May.', 'led'),
    ).toBe(true);
    expect(leavesDoerUntold('The ferry is running two hours late.', 'run')).toBe(true);
  });

  it('leaves a doer told by a name, a pronoun or a by-phrase, and a passage without the act', () => {
    expect(leavesDoerUntold('Hendrik Vos has asked the mayor to open the shelter.', 'ask')).toBe(
      false,
    );
    expect(leavesDoerUntold('She asked the mayor to open the shelter.', 'ask')).toBe(false);
    expect(leavesDoerUntold('The ribbon was cut by two pupils.', 'cut')).toBe(false);
    expect(leavesDoerUntold('The council officers asked for a delay.', 'ask')).toBe(false);
    expect(leavesDoerUntold('The shelter opened at the old school.', 'ask')).toBe(false);
    // One form with its doer is enough: the passage may tell who did it.
    expect(leavesDoerUntold('She was asked twice, and then Hendrik Vos asked again.', 'ask')).toBe(
      false,
    );
  });

  it('counts no person beside the act told without its doer as the one asked for', () => {
    const type = answerTypeOf('who asked the mayor to open the flood shelter?')!;
    expect(type.verb).toBe('ask');
    expect(
      answerTypeScore('Mayor Ines Larrow said she had been asked to open the shelter.', type),
    ).toBe(0);
    expect(answerTypeScore('Mayor Ines Larrow said she had asked for the shelter.', type)).toBe(1);
  });

  const engine = suiteEngine({
    'hall.txt': [
      'Brantby hall reopens',
      'Deputy mayor Olu Baines praised the builders as the town hall was reopened on Saturday, with a ribbon cut on the front steps.',
      'At the hall, the ribbon was cut by two pupils from Brantby Primary School.',
      'The hall had been closed for two years for repairs to its roof.',
    ].join('\n\n'),
    'roof.txt': [
      'Roof inspection finds rot',
      'Former engineer Nell Ashby, whose complaints about the leaking roof led to an inspection in May, said she was relieved.',
      'Lead inspector Paulo Reyes said the roof was worse than feared.',
      'Repairs are due to start in the autumn.',
    ].join('\n\n'),
  });

  it('ranks the passage naming the doer above the one telling the act without it', () => {
    expect(engine.ask('who cut the ribbon when the hall reopened?').passages[0]?.quote).toContain(
      'two pupils',
    );
    expect(engine.ask('who led the roof inspection?').passages[0]?.quote).toContain('Paulo Reyes');
  });
});
