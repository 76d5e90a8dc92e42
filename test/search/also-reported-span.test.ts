/**
 * An "also reported by" quote covers what the passage covers (src/search/select/also-span.ts):
 * a two-sentence passage whose facts another article tells in two sentences side by side is
 * quoted there whole, and a neighbour that tells something else is left out. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

const FIRST = 'The Tolvey ferry will stop running on 1 May after 60 years of service.';
const SECOND = 'Its operator, Skerry Lines, said rising fuel costs had made the route unviable.';

describe('"also reported by" for a passage of two sentences', () => {
  const engine = suiteEngine({
    'post.md': frontMatterArticle(
      'Tolvey ferry to stop',
      'Vale Post',
      '2026-04-02',
      `Islanders reacted with dismay on Wednesday.\n\n${FIRST} ${SECOND}\n\nA petition has been started.`,
    ),
    'radio.md': frontMatterArticle(
      'Ferry route ends in May',
      'Fen Radio',
      '2026-04-02',
      `${FIRST} ${SECOND}\n\nA bus link to the mainland bridge is planned.`,
    ),
    'wire.md': frontMatterArticle(
      'Island ferry closure',
      'Coast Wire',
      '2026-04-02',
      `${FIRST} Its timetable will be cut from next week.\n\nThe island council meets on Friday.`,
    ),
  });

  it('quotes both sentences where the other article tells both, one where it tells one', () => {
    const answer = engine.ask('Why will the Tolvey ferry stop running?', { limit: 5 });
    const first = answer.passages[0];
    expect(first?.quote).toBe(`${FIRST} ${SECOND}`);
    const also = new Map(first?.alsoReportedBy.map((q) => [q.source.id, q.quote]));
    expect(also.get('radio')).toBe(`${FIRST} ${SECOND}`);
    expect(also.get('wire')).toBe(FIRST);
  }, 120_000);
});
