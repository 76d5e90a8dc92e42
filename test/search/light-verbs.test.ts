/**
 * A question's light verb ("make", "take", "get": src/text/light-verbs.ts) names nothing it
 * asks about: a coverage sharing only that verb with it is about nothing it asks, and the reply
 * says no passage uses its words. Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { lightVerbConcepts, widestCoverage } from '../../src/search/abstain-features.js';
import { EVENTLESS_VERBS } from '../../src/search/select/fact-predicates.js';
import { LIGHT_VERB_FORMS, LIGHT_VERB_TERMS } from '../../src/text/light-verbs.js';
import { stem } from '../../src/text/terms.js';
import { SEARCH_OPTIONS } from '../../src/search/options.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const BAKERY: SearchFixtureArticle = {
  id: 'bakery',
  title: 'Bakery wins prize',
  published: '2026-11-03',
  paragraphs: [
    ['A bakery in the town centre won a regional prize for its pies.'],
    ['The owners make about two hundred pies a day and take Sundays off.'],
  ],
};

describe('light verbs', () => {
  it('are one list, read by the fact layer and by abstention alike', () => {
    for (const form of LIGHT_VERB_FORMS)
      expect(EVENTLESS_VERBS.has(stem(form).slice(0, SEARCH_OPTIONS.facts.namePrefix))).toBe(true);
    expect(LIGHT_VERB_TERMS.has(stem('making'))).toBe(true);
    expect(LIGHT_VERB_TERMS.has(stem('bake'))).toBe(false);
  });

  it('leave a question sharing only one with the coverage off its topic', () => {
    const { engine, index } = engineOver(BAKERY);
    const question = 'how do I make sourdough bread?';
    const ranking = index.rank(question);
    expect([...lightVerbConcepts(ranking.plan)]).toEqual([0]);
    expect(widestCoverage(ranking)).toBe(0);
    const answer = engine.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.closest).toEqual([]);
  }, 120_000);

  it('still count beside the words of the coverage, and alone', () => {
    const { engine, index } = engineOver(BAKERY);
    // The coverage is about pies: the passage is shown, as an answer or the closest.
    const pies = engine.ask('how many pies do the owners make a day?');
    expect((pies.passages[0] ?? pies.closest[0])?.quote).toContain('two hundred pies');
    // A question of nothing but the verb keeps it: it is all it names.
    expect([...lightVerbConcepts(index.rank('what did they make?').plan)]).toEqual([]);
    const made = engine.ask('what did they make?');
    expect([...made.passages, ...made.closest].length).toBeGreaterThan(0);
  }, 120_000);
});
