/**
 * "Sources differ" only on what the answer is about (Grice 1975, the maxim of relation): a
 * question asking for a number that labels a thing (a phone number: Stevens 1946, a nominal
 * scale) gets no note on two outlets' different counts of something else, while a question of
 * that count still does (differ-label-number.ts). Invented corpus.
 */
import { describe, expect, it } from 'vitest';
import { asksLabelNumber } from '../../src/search/select/differ-label-number.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const ARTICLES: Record<string, string> = {
  'courier.txt':
    'Sheep culled at Hollin Farm\n\nAbout 4,200 sheep were culled at Hollin Farm after scrapie was confirmed, the animal health agency said.\n\nThe agency has opened a helpline for Hollin Farm neighbours, with advisers answering calls every day.\n',
  'gazette.txt':
    'Hollin Farm cull\n\nSome 5,100 sheep were culled at Hollin Farm after scrapie was confirmed, the animal health agency said.\n\nNeighbours of Hollin Farm can call the agency helpline for advice.\n',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('courier.txt', '2026-02-10'),
      datedArticle('gazette.txt', '2026-02-10'),
    ],
  }),
};

describe('"sources differ" under a question asking a labelling number', () => {
  const engine = suiteEngine(ARTICLES);

  it('notes no difference in the sheep counts under a question of a phone number', () => {
    const answer = engine.ask(
      'What is the phone number of the agency helpline for Hollin Farm sheep?',
      { limit: 5 },
    );
    expect(answer.sourcesDiffer).toEqual([]);
  });

  it('still notes it under a question of the count', () => {
    const answer = engine.ask('How many sheep were culled at Hollin Farm?', { limit: 5 });
    expect(answer.sourcesDiffer.map((d) => d.aspect)).toEqual(['number']);
  });
});

describe('which questions ask a labelling number', () => {
  it('a noun before a singular "number"', () => {
    expect(asksLabelNumber("What is the phone number of the agency's helpline?")).toBe(true);
    expect(asksLabelNumber('what is the flight number')).toBe(true);
  });

  it('not a count', () => {
    expect(asksLabelNumber('What was the total number of sheep culled?')).toBe(false);
    expect(asksLabelNumber('what is the number of sheep')).toBe(false);
    expect(asksLabelNumber('did a record number of visitors come')).toBe(false);
    expect(asksLabelNumber('have visitor numbers fallen')).toBe(false);
  });
});
