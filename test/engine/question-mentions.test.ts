/**
 * An ask reads the question's date mentions once (src/engine/question-mentions.ts), though the
 * date question (date-question.ts) and the fallback (about-fallback.ts) each read them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

const read = vi.hoisted(() => new Map<string, number>());

vi.mock('../../src/timeline/detect.js', async (importOriginal) => {
  const real = await importOriginal<typeof Detect>();
  return {
    ...real,
    detectMentions: (...args: Parameters<typeof real.detectMentions>) => {
      read.set(args[0], (read.get(args[0]) ?? 0) + 1);
      return real.detectMentions(...args);
    },
  };
});
import type * as Detect from '../../src/timeline/detect.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'quay.md': frontMatterArticle(
      'Quay wall collapses',
      'Bay Post',
      '2024-06-05',
      'Part of the old quay wall collapsed on 4 June, closing the harbour road.\n\nThe council had inspected the wall on 3 June and found no fault.',
    ),
    'ferry.md': frontMatterArticle(
      'Ferry timetable changes',
      'Gull Radio',
      '2024-06-12',
      'Ferries will leave from the north pier until the quay is rebuilt.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe("a question's date mentions", () => {
  it.each([
    // No day or month named: the date question then looks for a date counted from now.
    'What happened yesterday?',
    'What happened on 4 June 2024?',
    'Why did the quay wall collapse?',
    'What did the mayor say about tolls in March?',
  ])('are read once per ask: %s', (question) => {
    read.delete(question);
    engine.ask(question);
    expect(read.get(question)).toBe(1);
    // And again for the next ask of it.
    engine.ask('Where will ferries leave from?');
    engine.ask(question);
    expect(read.get(question)).toBe(2);
  });
});
