/**
 * "Sources differ" under a "how often" question only on a frequency (Grice 1975, the maxim of
 * relation: a reply's note must bear on its answer). "How often" asks how many times in a period
 * (Quirk et al. 1985, ch. 8, adjuncts of frequency: "twice a week", "daily", "every morning"):
 * two outlets' different costs of the same ferry service say nothing of how often it sails, while
 * two different frequencies for it do. Invented corpus.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const COST_ONLY: Record<string, string> = {
  'courier.txt':
    'Island ferry keeps running\n\nThe relief ferry sails to Skerrow three times a week, the harbour board said.\n\nThe harbour board said the relief ferry service, which ended on 4 March, had cost £95,000 in total.\n',
  'gazette.txt':
    'Skerrow ferry ends\n\nA relief ferry is sailing to Skerrow three times a week while the causeway is repaired.\n\nThe relief ferry service to Skerrow, which ended on 4 March, cost £120,000 in total, the harbour board said.\n',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('courier.txt', '2026-03-10'),
      datedArticle('gazette.txt', '2026-03-11'),
    ],
  }),
};

const FREQUENCY_TOO: Record<string, string> = {
  ...COST_ONLY,
  'gazette.txt':
    'Skerrow ferry ends\n\nA relief ferry is sailing to Skerrow five times a week while the causeway is repaired, the harbour board said.\n\nThe relief ferry service to Skerrow, which ended on 4 March, cost £120,000 in total, the harbour board said.\n',
};

/** The figures of the disagreements shown, as the quotes state them. */
const quoted = (answer: Answer): string[] =>
  answer.sourcesDiffer.flatMap((d) => d.quotes.map((q) => q.quote));

describe('"sources differ" under a "how often" question, where the outlets differ on cost', () => {
  const engine = suiteEngine(COST_ONLY);

  it('shows no disagreement in cost under a question of frequency', () => {
    const answer = engine.ask('how often does the relief ferry sail to skerrow', { limit: 5 });
    expect(answer.passages.length).toBeGreaterThan(0);
    expect(answer.sourcesDiffer).toEqual([]);
  });

  it('still shows the disagreement in cost under a question of cost', () => {
    const answer = engine.ask('how much did the relief ferry service cost', { limit: 5 });
    expect(quoted(answer).some((quote) => quote.includes('£95,000'))).toBe(true);
    expect(quoted(answer).some((quote) => quote.includes('£120,000'))).toBe(true);
  });
});

describe('"sources differ" under a "how often" question, where the outlets differ on it', () => {
  const engine = suiteEngine(FREQUENCY_TOO);

  it('shows the disagreement in the frequency itself', () => {
    const answer = engine.ask('how often does the relief ferry sail to skerrow', { limit: 5 });
    expect(quoted(answer).some((quote) => quote.includes('three times a week'))).toBe(true);
    expect(quoted(answer).some((quote) => quote.includes('five times a week'))).toBe(true);
  });
});
