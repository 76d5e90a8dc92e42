import { describe, expect, it, vi } from 'vitest';
import { EventTagger, tagSentenceEvents } from '../../src/engine/event-tagging.js';
import { claimEventWords } from '../../src/search/select/fact-predicates.js';
import type * as FactPredicates from '../../src/search/select/fact-predicates.js';

vi.setConfig({ testTimeout: 60_000 });

/** Whether this thread may tag: off, a result can only have come from the worker thread. */
const thisThread = vi.hoisted(() => ({ tags: true }));
vi.mock('../../src/search/select/fact-predicates.js', async (importOriginal) => {
  const real = await importOriginal<typeof FactPredicates>();
  return {
    ...real,
    claimEventWords: (text: string) => {
      if (!thisThread.tags) throw new Error('tagged on the test thread');
      return real.claimEventWords(text);
    },
  };
});

const ARTICLES = [
  [
    'Engineers found cracks in the Orvane Viaduct on Monday.',
    'Rail services across the viaduct have been suspended, the operator said.',
  ],
  [],
  ['Four arrests in Minsk.', 'The council approved the budget and closed the library.'],
];

const asLists = (events: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>) =>
  events.map((texts) => texts.map((words) => [...words].sort()));

describe('tagSentenceEvents', () => {
  it('tags on this thread below the threshold: each sentence its claimEventWords', async () => {
    const events = await tagSentenceEvents(ARTICLES, Infinity);
    expect(asLists(events)).toEqual(
      ARTICLES.map((texts) => texts.map((text) => [...claimEventWords(text)].sort())),
    );
    expect(events[0]?.[0]?.size).toBeGreaterThan(0);
    expect(events[2]?.[0]?.size).toBe(0);
  });

  it('tags on a worker thread at the threshold, with the same result per article and sentence', async () => {
    const here = await tagSentenceEvents(ARTICLES, Infinity);
    thisThread.tags = false;
    const worker = await tagSentenceEvents(ARTICLES, 1).finally(() => (thisThread.tags = true));
    expect(worker.map((texts) => texts.length)).toEqual([2, 0, 2]);
    expect(asLists(worker)).toEqual(asLists(here));
    expect(worker[0]?.[0]).toBeInstanceOf(Set);
  });

  it('starts no thread for no sentences', async () => {
    expect(await tagSentenceEvents([[], []], 0)).toEqual([[], []]);
  });
});

describe('EventTagger', () => {
  it('tags on the thread it started ahead of the sentences, with the same result', async () => {
    const here = await tagSentenceEvents(ARTICLES, Infinity);
    const tagger = EventTagger.start(4, 1);
    thisThread.tags = false;
    const ahead = await tagger.tag(ARTICLES, 1).finally(() => (thisThread.tags = true));
    expect(asLists(ahead)).toEqual(asLists(here));
  });

  it('tags here when fewer sentences come than it expected, and lets its thread go', async () => {
    const tagger = EventTagger.start(4, 1);
    const events = await tagger.tag(ARTICLES, Infinity);
    expect(asLists(events)).toEqual(asLists(await tagSentenceEvents(ARTICLES, Infinity)));
    tagger.close();
  });
});
