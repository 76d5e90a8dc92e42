/** What tests of "also reported by" over invented Markdown corpora share. */
import type { Answer } from '../../src/engine/types.js';
import { frontMatterArticle } from './corpus-fixture.js';

/**
 * An invented article on another topic (a museum's new gallery), to set beside a test's own
 * articles so that the words they share are rare enough in the corpus to be read as a topic's.
 */
export const MUSEUM_ARTICLE = frontMatterArticle(
  'New gallery',
  'Valley Echo',
  '2026-02-10',
  'The county museum opened a new gallery on Saturday. Visitors queued for an hour.',
);

/**
 * Every "also reported by" of an answer's passages and closest passages, as
 * `passage source id<-joined source id`.
 */
export function alsoReportedLinks(answer: Answer): string[] {
  return [...answer.passages, ...answer.closest].flatMap((p) =>
    p.alsoReportedBy.map((q) => `${p.source.id}<-${q.source.id}`),
  );
}

/**
 * Every "also reported by" of an answer's passages and closest passages, as the two source ids
 * sorted and joined by "+", so a pair reads the same whichever side was shown first.
 */
export function joinedSourcePairs(answer: Answer): string[] {
  return [...answer.passages, ...answer.closest].flatMap((p) =>
    p.alsoReportedBy.map((q) => [p.source.id, q.source.id].sort().join('+')),
  );
}
