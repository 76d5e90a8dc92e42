/**
 * A passage shown for a year a question names that gives that year only approximately ("made
 * around 1340" for "What happened in 1340?") is marked with the timeline's date and its note
 * that the date is approximate, in the answer and in every front end: shown bare under the
 * year asked, the quote would read as dating the making to 1340 for sure. A year the passage
 * states exactly, and a question naming no year, are left unmarked. Invented chapel articles.
 */
import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../../src/cli/format-answer.js';
import { renderAnswer } from '../../src/framework/render/answer.js';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'casket.md': frontMatterArticle(
    'Casket stolen from Hollin chapel',
    'Hollin Herald',
    '2026-03-09',
    'The silver casket, made around 1340 by goldsmiths in Bruges, was given to the town in 1931.',
  ),
  'bell.md': frontMatterArticle(
    'Hollin chapel bell recast',
    'Hollin Herald',
    '2026-02-02',
    'The chapel bell, cast in 1352 by a Bruges foundry, cracked in a frost last winter.',
  ),
});

const APPROXIMATE = {
  date: '1340',
  precision: 'year',
  yearStated: true,
  approximate: true,
};

describe('a year the passage gives only approximately', () => {
  it('marks the passage with its date, said to be approximate', () => {
    const answer = engine.ask('What happened in 1340?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toMatch(/made around 1340/);
    expect(answer.passages[0]?.dated).toEqual(APPROXIMATE);
    expect(formatAnswer(answer)).toContain('(dated 1340 (year), an approximate date)');
    // An answer's first embed is its first passage.
    const embed = renderAnswer(answer, { page: 0, perPage: 3 }).embeds?.[0];
    expect(embed?.author?.name).toBe('Dated 1340 (year), an approximate date');
  });

  it('leaves a year the same passage states exactly, and one no article hedges, unmarked', () => {
    for (const question of ['What happened in 1931?', 'What happened in 1352?']) {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.passages.every((p) => p.dated === undefined)).toBe(true);
    }
  });

  it('leaves a question naming no year unmarked', () => {
    const answer = engine.ask('Where was the silver casket made?');
    expect(answer.passages[0]?.quote).toMatch(/made around 1340/);
    expect(answer.passages[0]?.dated).toBeUndefined();
  });
});
