/** Limiting /ask and /timeline to an outlet's articles (AskOptions.sources, TimelineFilters.sources). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'post-1.md': frontMatterArticle(
      'Ferry crews vote to strike',
      'Bay Post',
      '2023-02-10',
      'Ferry crews voted on 9 February 2023 to strike over pay.',
    ),
    'post-2.md': frontMatterArticle(
      'Ferry strike ends',
      'Bay Post',
      '2023-03-20',
      'The ferry strike ended on 19 March 2023 after a pay deal.',
    ),
    'wire-1.md': frontMatterArticle(
      'Ferry strike called off',
      'Coast Wire',
      '2023-03-20',
      'Union leaders called off the ferry strike on 19 March 2023.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

const idOf = (file: string) => engine.sources().find((s) => s.file === file)!.id;

describe("an outlet's articles as the source", () => {
  it('asks only those articles', () => {
    const post = [idOf('post-1.md'), idOf('post-2.md')];
    const answer = engine.ask('when did the ferry strike end?', { sources: post });
    const shown = [...answer.passages, ...answer.closest].map((p) => p.source.id);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((id) => post.includes(id))).toBe(true);
    const wire = engine.ask('when did the ferry strike end?', { sources: [idOf('wire-1.md')] });
    expect([...wire.passages, ...wire.closest].map((p) => p.source.id)).not.toContain(post[1]);
    // An unknown id answers nothing rather than widening to the whole coverage.
    expect(engine.ask('when did the ferry strike end?', { sources: ['nope'] }).passages).toEqual(
      [],
    );
  });

  it('lists the timeline entries with a quote from them, their quotes first', () => {
    const post = [idOf('post-1.md'), idOf('post-2.md')];
    const page = engine.timeline({ sources: post });
    expect(page.events.map((e) => e.date)).toEqual(['2023-02-09', '2023-03-19']);
    for (const event of page.events) expect(post).toContain(event.quotes[0]!.source.id);
    const wire = engine.timeline({ sources: [idOf('wire-1.md')] });
    expect(wire.events.map((e) => e.date)).toEqual(['2023-03-19']);
  });
});
