/**
 * Title words that are what a question asks about do not name the article titled with them,
 * and a note that a named source does not answer is never given when the question, read as
 * naming none, is answered by that source (src/search/plan/source-match.ts,
 * src/engine/named-source.ts). Invented outlets: "Fenby" is both a paper's and a university's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import {
  frontMatterArticle,
  plainCorpusEngine,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    'fenby-hackers.md': frontMatterArticle(
      'Hackers claim they stole council files',
      'Fenby Gazette',
      '2025-02-20',
      'A criminal gang has claimed it stole files from Orlow Council. A council spokesperson said: "We are aware of the claims." Security lecturer Dr Mara Quist, of Fenby University, said gangs of this kind often exaggerate what they have.',
    ),
    'fenby-review.md': frontMatterArticle(
      'Independent review ordered',
      'Fenby Gazette',
      '2025-06-12',
      'Orlow Council has ordered an independent review of the attack on its computer systems.',
    ),
    'wire-cost.md': frontMatterArticle(
      'Attack has cost council £1m',
      'Coast Wire',
      '2025-07-16',
      'The cyber attack on Orlow Council has cost £1m so far, a report says.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe('a question whose subject is in an article’s title', () => {
  it('is answered from that article, with no note that the source does not answer', () => {
    // "university", not "uni": a clipped word is not yet linked to its full form (a separate
    // gap), and this test is about naming.
    const answer = engine.ask('what did the fenby university expert say about the hackers claims');
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.source.title)).toContain(
      'Hackers claim they stole council files',
    );
  });

  it('still names the article when the question speaks of it as a piece', () => {
    const answer = engine.ask(
      "what did the Fenby Gazette piece on the hackers' claims say about the review",
    );
    const shown = answer.answered ? answer.passages : answer.closest;
    expect(answer.notFromNamed?.sources.map((s) => s.title)).toEqual([
      'Hackers claim they stole council files',
    ]);
    expect(shown.map((p) => p.source.title)).not.toContain(
      'Hackers claim they stole council files',
    );
  });
});
