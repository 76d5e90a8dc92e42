/**
 * A question asking only for a source's news ("what's the latest from the Dunmore Gazette?",
 * "anything new from Radio Fenwick?") is answered by that source's leads, newest article first,
 * whatever words of its name its own text also uses, and whatever words of the question frame
 * its name holds:
 * - a word of the outlet's name its own articles use ("Dunmore" of the "Dunmore Gazette", which
 *   reports on Dunmore) is read as part of the name beside words asking for coverage
 *   (search/plan/query-plan.ts), not searched as content;
 * - a correction or editor's note above the story is no lead (engine/about-fallback.ts
 *   `leadSentences`).
 * Invented outlets, places and events.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'gazette-1.md': frontMatterArticle(
    'Ferry timetable changes',
    'Dunmore Gazette',
    '2026-05-02',
    'The Dunmore ferry will sail hourly from June, the operator said.\n\nThe last crossing moves to 10pm.',
  ),
  // Older, and its lead holds "new" and "Fenwick".
  'fenwick-1.md': frontMatterArticle(
    'Market hall roof repaired',
    'Radio Fenwick',
    '2026-05-01',
    'A new roof was fitted to Fenwick market hall, which reopened on Tuesday.\n\nTraders had used the car park for six weeks. Local news covers the reopening widely.',
  ),
  'fenwick-2.md': frontMatterArticle(
    'Bus route cut',
    'Radio Fenwick',
    '2026-05-09',
    'The number 12 bus will no longer stop in Fenwick from July.\n\nThe county said too few passengers used it.',
  ),
  // A correction note set above the story.
  'post-1.md': frontMatterArticle(
    'Library hours extended',
    'Carrow Evening Post',
    '2026-05-05',
    'Correction: An earlier version of this report said the library would open on Sundays.\n\nCarrow library will open until 8pm on weekdays from next month.\n\nThe council found the money in its culture budget.',
  ),
  // A note without a label set above the story.
  'weekly-1.md': frontMatterArticle(
    'Quay market moves',
    'Kestrel Weekly',
    '2026-05-06',
    'This article was amended on 7 May 2026 to correct the number of stalls.\n\nThe quay market will move to the old fish hall in August.\n\nIts 40 stalls will keep their places.',
  ),
  'times-1.md': frontMatterArticle(
    'Harbour wall gets grant',
    'Harbour & County Times',
    '2026-05-03',
    'The harbour wall will be rebuilt with a £1m grant, the county said.\n\nWork starts in the autumn. Carrow news and Fenwick news both covered it.',
  ),
});

const shown = (question: string) => {
  const answer = engine.ask(question, { limit: 3 });
  expect(answer.answered, question).toBe(true);
  expect(answer.notFromNamed, question).toBeUndefined();
  return answer.passages.map((p) => ({ outlet: p.source.outlet, quote: p.quote }));
};

describe('a question asking only for a source’s news', () => {
  it('reads a name word its own articles use as part of the name', () => {
    for (const [question, outlet] of [
      ["what's the latest from the Dunmore Gazette?", 'Dunmore Gazette'],
      ['anything new from Radio Fenwick?', 'Radio Fenwick'],
      ['what has radio fenwick news covered', 'Radio Fenwick'],
      ["what's the latest from the Carrow Evening Post?", 'Carrow Evening Post'],
      ["what's the latest from the Evening Post?", 'Carrow Evening Post'],
      ['anything new from the Harbour & County Times?', 'Harbour & County Times'],
    ] as const) {
      const passages = shown(question);
      expect(passages.length, question).toBeGreaterThan(0);
      expect(new Set(passages.map((p) => p.outlet)), question).toEqual(new Set([outlet]));
    }
  });

  it('shows the newest article’s lead first, and as many passages as asked', () => {
    const passages = shown('anything new from Radio Fenwick?');
    expect(passages.map((p) => p.quote)).toEqual([
      'The number 12 bus will no longer stop in Fenwick from July.',
      'The county said too few passengers used it.',
      'A new roof was fitted to Fenwick market hall, which reopened on Tuesday.',
    ]);
  });

  it('does not show a correction note as the lead', () => {
    for (const question of [
      'What is the Post saying?',
      "what's the latest from the Carrow Evening Post?",
    ]) {
      const passages = shown(question);
      expect(passages[0]?.quote, question).toBe(
        'Carrow library will open until 8pm on weekdays from next month.',
      );
      expect(
        passages.some((p) => /^Correction/.test(p.quote)),
        question,
      ).toBe(false);
    }
  });

  it('does not show a note on the article without a label as the lead', () => {
    const passages = shown("what's the latest from the Kestrel Weekly?");
    expect(passages[0]?.quote).toBe('The quay market will move to the old fish hall in August.');
  });

  it('still searches a name word its articles use beside other words asked', () => {
    const passages = shown('what did the Dunmore Gazette say about the last crossing');
    expect(passages[0]?.quote).toMatch(/last crossing/);
  });
});
