/**
 * The asked-doer gate of abstention (src/search/abstain-asked-doer.ts): "who won the regatta"
 * asks the doer of the act "won", and a passage naming people who did other things ("the
 * harbour master opened the regatta") does not answer it. Tiny invented corpus: a town regatta.
 */
import { describe, expect, it } from 'vitest';
import { askedDoerAct, askedDoerHeld } from '../../src/search/abstain-asked-doer.js';
import { engineOver, MARKET_NEWS, type SearchFixtureArticle } from './fixtures.js';

const REGATTA: SearchFixtureArticle = {
  id: 'regatta',
  title: 'Tarnmouth regatta opens',
  outlet: 'Tarn Estuary Herald',
  published: '2025-07-14',
  paragraphs: [
    ['Harbour master Ines Calloway opened the 2025 Tarnmouth regatta on Saturday.'],
    ['Forty crews entered the race for the Estuary Cup, organisers said.'],
    ['The cup was designed by the silversmith Aled Price in 1931.'],
  ],
};

describe('a question for the doer of an act', () => {
  const { engine, index } = engineOver(REGATTA, ...MARKET_NEWS);
  const gate = (question: string) => askedDoerHeld(index.abstentionInput(index.rank(question)));

  it('reads the act of "who VERBed"', () => {
    expect(askedDoerAct('who won the Estuary Cup in 2025?')).toBe('won');
    expect(askedDoerAct('who designed the cup?')).toBe('designed');
    expect(askedDoerAct('who was the harbour master?')).toBeNull();
    expect(askedDoerAct('who made the cup?')).toBeNull();
  });

  it('is refused when no passage tells the act', () => {
    const question = 'who won the Estuary Cup at the 2025 Tarnmouth regatta?';
    expect(gate(question)).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  });

  it('is answered when a passage tells the act', () => {
    expect(gate('who designed the Estuary Cup?')).toBe(true);
    expect(gate('who opened the Tarnmouth regatta?')).toBe(true);
    expect(engine.ask('who designed the Estuary Cup?').answered).toBe(true);
  });
});
