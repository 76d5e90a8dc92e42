/**
 * A run of an outlet's everyday words that the coverage itself writes in lower case as one
 * phrase ("the quay authority" beside the outlet "Orrin Quay Authority") is a description the
 * coverage reports in: a question using it asks about the body unless it frames it as a source
 * (src/search/plan/source-match.ts `namingArticles`). Invented outlets and events.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  'release.md': frontMatterArticle(
    'Authority signs cable contract',
    'Orrin Quay Authority',
    '2026-09-20',
    'The Orrin Quay Authority today signed a contract with Strand Rigging to replace the jetty cables.\n\nThe work will start in October.',
  ),
  'paper.md': frontMatterArticle(
    'Jetty cable work to start',
    'Evening Lamp',
    '2026-09-21',
    "Mara Quist, the quay authority's chief executive, said the jetty would reopen next year.\n\nBicycles will be carried on the ferry free of charge.",
  ),
});

describe('an outlet’s words the coverage writes as an everyday phrase', () => {
  it('are what the question asks about, not its source', () => {
    for (const question of [
      'who runs the quay authority?',
      'who is in charge of the quay authority?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.notFromNamed, question).toBeUndefined();
      const shown = [...answer.passages, ...answer.closest].map((p) => p.quote);
      expect(shown.join('\n'), question).toContain('Mara Quist');
    }
  });

  it('still name the source when the question frames them as one', () => {
    const answer = engine.ask('according to the quay authority, when will the work start?');
    expect(answer.passages[0]?.quote).toBe('The work will start in October.');
    expect(answer.passages.every((p) => p.source.outlet === 'Orrin Quay Authority')).toBe(true);
  });
});
