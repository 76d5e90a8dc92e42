/**
 * "Sources differ" found from a passage shown: the other side covers too little of the question
 * to be among its best candidates, yet counts the same thing on the same days with another figure.
 * Invented corpus of a bus company's collapse.
 */
import { describe, expect, it } from 'vitest';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'ledger-collapse.txt':
    'Harl Coaches collapses.\n\nHarl Coaches went into administration on Friday, putting 210 jobs at risk, the administrators said.',
  'courier-depot.txt':
    'Drivers wait for news.\n\nDrivers gathered outside the Tarnby depot on Saturday morning. The collapse left 212 jobs at risk.\n\nUnion officials met the administrators in the afternoon.',
  'gazette-march.txt':
    'Drivers march.\n\nPolice said about 200 people marched through Tarnby on Saturday. Around 150 jobs were at risk at the depot alone, organisers said.',
  'wire-police.txt':
    'Arrests in Tarnby.\n\nPolice said around 150 people were detained in Tarnby on Saturday.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('ledger-collapse.txt', '2026-03-06'),
      datedArticle('courier-depot.txt', '2026-03-07'),
      datedArticle('gazette-march.txt', '2026-03-08'),
      datedArticle('wire-police.txt', '2026-03-08'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe('a shown passage and a conflicting counterpart among the candidates', () => {
  it('are shown as sources differing, the shown passage one side', () => {
    const answer = engine.ask(
      'How many jobs were at risk when Harl Coaches went into administration?',
    );
    expect(answer.passages[0]?.source.id).toBe('ledger-collapse');
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.aspect).toBe('number');
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'courier-depot',
      'ledger-collapse',
    ]);
  });

  it('are never a count of another act: marchers are not detainees', () => {
    const answer = engine.ask('How many people marched through Tarnby on Saturday?');
    expect(answer.passages.map((p) => p.source.id)).toContain('gazette-march');
    expect(answer.sourcesDiffer).toEqual([]);
  });
});
