/**
 * "Sources differ" on counts of one thing in other words, end to end: an invented corpus of
 * three outlets on a depot fire (one says "none" went to hospital) and two on a festival's ticket
 * sales, one of them weeks earlier.
 */
import { describe, expect, it } from 'vitest';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'wire-fire.txt':
    'Fire at Tarnby bus depot.\n\nFour people were taken to hospital after a fire tore through the Tarnby bus depot on Sunday night, the fire service said.',
  'courier-fire.txt':
    'Depot fire.\n\nThree people were treated for smoke inhalation at the Tarnby bus depot, the ambulance service said. None was taken to hospital.',
  'radio-tickets.txt':
    'Orwick festival called off.\n\nThe Orwick festival has been called off. Wave Radio understands that around 9,400 tickets had been sold.',
  'echo-tickets.txt':
    'Refunds promised.\n\nOrwick festival ticket holders will get refunds. The promoter said 9,800 tickets had been sold.',
  'herald-tickets.txt':
    'Festival boss upbeat.\n\nThe Orwick festival promoter said 7,200 tickets had been sold so far.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('wire-fire.txt', '2026-03-09'),
      datedArticle('courier-fire.txt', '2026-03-09'),
      datedArticle('radio-tickets.txt', '2025-07-03'),
      datedArticle('echo-tickets.txt', '2025-07-05'),
      datedArticle('herald-tickets.txt', '2025-05-23'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe('counts of one thing in other words', () => {
  it('sets "none" against a count of the same thing', () => {
    const answer = engine.ask('How many people were taken to hospital?');
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.aspect).toBe('number');
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'courier-fire',
      'wire-fire',
    ]);
  });

  it('sets counts of the same days against each other, not one from weeks before', () => {
    const answer = engine.ask('How many tickets had been sold for the Orwick festival?');
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'echo-tickets',
      'radio-tickets',
    ]);
  });
});
