/**
 * A misspelt counted noun is read as the word meant before the counted-thing gate
 * (src/search/abstain-counted-thing.ts) asks for its count: "how many objectons did residents
 * lodge" counts objections, the corpus word one edit from the typed one, which the plan's typo
 * correction finds (plan/query-plan.ts `typoCorrections`); the gates now keep that correction
 * (abstain-asked-thing.ts `conceptAlternatives`, `typoCorrection`), though the corrected stem
 * ("object") starts the typed one ("objecton"), as a shorter word the plan tries for an unknown
 * one does. A tiny invented corpus; the gate refused the question before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptAlternatives } from '../../src/search/abstain-asked-thing.js';
import type { QueryPlan } from '../../src/search/plan/query-plan.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const OBJECTIONS: SearchFixtureArticle = {
  id: 'objections',
  title: 'Stand plan draws objections',
  outlet: 'Eastgate Gazette',
  published: '2025-03-01',
  paragraphs: [
    ['Residents had lodged 412 written objections to the North Stand scheme, citing traffic.'],
    ['Residents also complained about noise from the building site.'],
  ],
};

/** The objections told with no count of them. */
const UNCOUNTED: SearchFixtureArticle = {
  id: 'uncounted',
  title: 'Residents object to stand',
  outlet: 'Eastgate Post',
  published: '2025-03-02',
  paragraphs: [
    ['Residents have lodged written objections to the North Stand scheme, citing traffic.'],
    ['The stand would add 6,000 seats.'],
  ],
};

describe('a misspelt counted noun', () => {
  beforeAll(() => void [engineOver(OBJECTIONS), engineOver(UNCOUNTED)], 120_000);

  it("is corrected for the gates as for the ranking, by the plan's correction", () => {
    const { index } = engineOver(OBJECTIONS);
    const plan = index.rank('how many objectons did residents lodge').plan;
    const forms = conceptAlternatives(plan, 'objecton').map((a) => a.terms.join(' '));
    expect(forms).toContain('object');
  });

  it("keeps a correction of the plan's that the typed stem starts with", () => {
    // When no one dictionary word is meant, the plan's own corrections stand for the word:
    // "object" corrects "objecton", while "lead" merely shortens "leader".
    const plan = {
      concepts: [
        {
          label: 'objectons',
          alternatives: [
            { terms: ['objecton'], kind: 'exact' as const },
            { terms: ['object'], kind: 'fuzzy' as const, typoCorrection: true as const },
            { terms: ['objec'], kind: 'fuzzy' as const },
          ],
          name: false,
          common: false,
        },
      ],
    } as unknown as QueryPlan;
    const forms = conceptAlternatives(plan, 'objecton').map((a) => a.terms.join(' '));
    expect(forms).toEqual(['objecton', 'object']);
  });

  it('is counted by a count of the word meant', () => {
    const reply = engineOver(OBJECTIONS).engine.ask('how many objectons did residents lodge');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('412 written objections');
  });

  it('still needs a count of it', () => {
    const reply = engineOver(UNCOUNTED).engine.ask('how many objectons did residents lodge');
    expect(reply.answered).toBe(false);
  });
});
