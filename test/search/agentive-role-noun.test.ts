/**
 * "Who owns Marsh End Farm?": the doer of "own" is named by its "-er" agent noun ("Farm owner
 * Peter Hale"), which WordNet does not link to the verb (plan/agentive-nouns.ts; Quirk et al.
 * 1985, Appendix I). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { agentiveNouns } from '../../src/search/plan/agentive-nouns.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const UNIT: SearchFixtureArticle = {
  id: 'unit',
  title: 'Egg prices to rise',
  outlet: 'Farm Post',
  published: '2026-02-01',
  paragraphs: [
    ['Egg prices are expected to rise this spring.'],
    [
      'The Brackley Poultry Unit, owned by Fenwick Farms Ltd, is the largest egg-laying site in the county.',
    ],
  ],
};

const MARSH: SearchFixtureArticle = {
  id: 'marsh',
  title: 'Bird flu found at turkey farm',
  outlet: 'Dale Radio',
  published: '2026-02-03',
  paragraphs: [
    ['A case of bird flu has been confirmed at Marsh End Farm near Dunford.'],
    ['9,000 turkeys are being culled at Marsh End Farm, the agency said.'],
    ['Farm owner Peter Hale, 58, said the loss of his birds was "devastating".'],
  ],
};

describe('the agent noun of a "who" verb formed by -er', () => {
  it('is a noun of a person the corpus writes', () => {
    const all = (term: string) => ['owner', 'farmer', 'runner', 'cooker'].includes(term);
    expect(agentiveNouns('own', all)).toEqual(['owner']);
    expect(agentiveNouns('run', all)).toEqual(['runner']);
    expect(agentiveNouns('cook', all)).toEqual([]);
    expect(agentiveNouns('own', () => false)).toEqual([]);
    expect(answerTypeOf('Who owns Marsh End Farm?')).toMatchObject({ name: 'person', verb: 'own' });
  });

  it('ranks the passage naming the owner first', () => {
    const { engine } = engineOver(UNIT, MARSH);
    expect(engine.ask('Who owns Marsh End Farm?').passages[0]?.quote).toContain('Peter Hale');
  }, 60_000);
});
