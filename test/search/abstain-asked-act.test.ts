/**
 * Abstention's gate on "who VERBed X" when no candidate tells the act
 * (src/search/abstain-asked-act.ts): "who designed the new cricket pavilion" is not answered by
 * a passage naming the person who opened it. Tiny invented corpora: the opening only, then the
 * designer named in the passive.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The pavilion's opening; nothing says who built it. */
const PAVILION_OPENED: SearchFixtureArticle = {
  id: 'pavilion',
  title: 'New cricket pavilion opens in Hollin Park',
  outlet: 'Fenby Post',
  published: '2026-04-11',
  paragraphs: [
    ['Councillor Nadia Ferris opened the new cricket pavilion in Hollin Park on Sunday.'],
    ['The pavilion cost £900,000 and links the car park to the pitches.'],
    ['"It will make the club far stronger," Councillor Ferris said.'],
  ],
};

/** The same, with its designer told in the passive. */
const PAVILION_DESIGNED: SearchFixtureArticle = {
  id: 'pavilion-built',
  title: 'New cricket pavilion opens in Hollin Park',
  outlet: 'Fenby Post',
  published: '2026-04-11',
  paragraphs: [
    ['Councillor Nadia Ferris opened the new cricket pavilion in Hollin Park on Sunday.'],
    ['The pavilion was designed by Arden Architects, a firm from the town.'],
  ],
};

describe('who did an act the coverage never tells', () => {
  beforeAll(() => {
    engineOver(PAVILION_OPENED);
    engineOver(PAVILION_DESIGNED);
  }, 120_000);

  it('is refused, the passage naming another act at most the closest', () => {
    const { engine } = engineOver(PAVILION_OPENED);
    const answer = engine.ask('who designed the new cricket pavilion');
    expect(answer.answered).toBe(false);
  });

  it('is answered when a candidate tells the act, in any form of its verb', () => {
    const { engine } = engineOver(PAVILION_DESIGNED);
    const answer = engine.ask('who designed the new cricket pavilion');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.quote).join(' ')).toContain('Arden Architects');
  });

  it('leaves alone a question whose act is told, whoever did it', () => {
    const { engine } = engineOver(PAVILION_OPENED);
    expect(engine.ask('who opened the new cricket pavilion').answered).toBe(true);
  });
});
