/**
 * Abstention's gate on the asked doer of an act (src/search/abstain-asked-doer.ts): "which
 * company built Tarrow Court" is not answered by "Tarrow Court was built in 1968 … It is owned
 * by Brinmoor Homes": the act is told without its agent, and the body named is the agent of
 * another predicate. Tiny invented corpora: the agentless telling alone (with a phrasal verb,
 * "had built up", and a noun, "the building", of the verb's stem beside it), a reduced relative
 * ("a rocket designed to carry"), then a builder named (as the passive's agent after an
 * adverbial, and as the active's subject).
 */
import { describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The block's building told without its builder; its owner named beside it. */
const BUILT_AGENTLESS: SearchFixtureArticle = {
  id: 'block',
  title: 'Fire damages Tarrow Court flats',
  outlet: 'Selby Vale Post',
  published: '2025-06-03',
  paragraphs: [
    ['A fire damaged six flats at Tarrow Court on Quay Street early on Tuesday.'],
    [
      'Tarrow Court was built in 1968 and has 40 flats. It is owned by Brinmoor Homes, which said it was helping tenants.',
    ],
    ['Firefighters carried two residents from the building by ladder.'],
    ['Fire officers said smoke had built up in the stairwell.'],
  ],
};

/** A rocket's design told by a reduced relative, without its designer. */
const DESIGNED_AGENTLESS: SearchFixtureArticle = {
  id: 'rocket',
  title: 'Corvan-2 launch delayed',
  outlet: 'Launch Weekly',
  published: '2025-07-01',
  paragraphs: [
    ['The Corvan-2 is a 20-metre rocket designed to carry small satellites into orbit.'],
    ['Its first launch has been put back to September.'],
  ],
};

/** The builder named as the passive's agent, after an adverbial. */
const BUILT_BY: SearchFixtureArticle = {
  id: 'block-history',
  title: 'Tarrow Court: a history',
  outlet: 'Selby Vale Courier',
  published: '2025-06-05',
  paragraphs: [['Tarrow Court was built in 1968 by Halden Construction for the borough council.']],
};

/** The builder named as the active verb's subject. */
const BUILT_ACTIVE: SearchFixtureArticle = {
  id: 'block-builder',
  title: 'Builder of Tarrow Court speaks',
  outlet: 'Selby Vale Courier',
  published: '2025-06-06',
  paragraphs: [['Halden Construction built Tarrow Court in 1968, the firm said on Thursday.']],
};

describe('the asked doer of an act', () => {
  it('refuses when the act is told only without its doer', () => {
    const { engine } = engineOver(BUILT_AGENTLESS);
    expect(engine.ask('which company built tarrow court').answered).toBe(false);
    expect(engine.ask('who built Tarrow Court?').answered).toBe(false);
  });

  it("reads a reduced relative's participle as an agentless passive", () => {
    const { engine } = engineOver(DESIGNED_AGENTLESS);
    expect(engine.ask('who designed the Corvan-2 rocket?').answered).toBe(false);
  });

  it("answers when a passive's agent stands after an adverbial", () => {
    const answer = engineOver(BUILT_AGENTLESS, BUILT_BY).engine.ask(
      'which company built tarrow court',
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('Halden Construction'))).toBe(true);
  });

  it("answers when the act's subject names the doer", () => {
    const answer = engineOver(BUILT_AGENTLESS, BUILT_ACTIVE).engine.ask('who built tarrow court');
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('Halden Construction'))).toBe(true);
  });

  it('leaves alone questions that ask no doer', () => {
    const { engine } = engineOver(BUILT_AGENTLESS);
    expect(engine.ask('when was tarrow court built').answered).toBe(true);
    expect(engine.ask('who owns tarrow court').answered).toBe(true);
    // A passive question asks the patient, not the doer.
    expect(engine.ask('who was carried from tarrow court by firefighters').answered).toBe(true);
  });
});
