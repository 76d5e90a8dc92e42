import { describe, expect, it, vi } from 'vitest';
import { EventTagger, tagSentenceEvents, type DateJob } from '../../src/engine/event-tagging.js';
import { detectArticleDates } from '../../src/timeline/index.js';
import { claimEventWords } from '../../src/search/select/fact-predicates.js';
import type * as FactPredicates from '../../src/search/select/fact-predicates.js';

vi.setConfig({ testTimeout: 180_000 });

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

/** One-paragraph invented articles, their sentences split at ". ". */
const DATED = [
  'The Orvane Viaduct reopened on 3 March 2021, the operator said. Engineers will inspect it again next Tuesday.',
  'Four arrests were made in Minsk on Friday. The trial is expected to open in June 2022.',
  'The council approved the budget last week. The library closed on 14 February 2020 and has not reopened.',
];

function dateJob(text: string): DateJob {
  const sentences: DateJob['sentences'] = [];
  let start = 0;
  for (const part of text.split(/(?<=\.) /u)) {
    sentences.push({ article: 0, paragraph: 0, start, end: start + part.length, kind: 'body' });
    start += part.length + 1;
  }
  return {
    article: { text, paragraphs: [{ start: 0, end: text.length, kind: 'body' }] },
    sentences,
  };
}

const readHere = ({ article, sentences }: DateJob) => detectArticleDates(article, sentences);

describe('EventTagger.share', () => {
  it('reads the dates the worker claims as this thread does, and each job once', async () => {
    const jobs = Array.from({ length: 30 }, (_, i) => dateJob(DATED[i % DATED.length] as string));
    const here = jobs.map(readHere);
    expect(here.flat().length).toBeGreaterThan(0);
    const readOnThisThread: number[] = [];
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const work = EventTagger.start(0).share([{ texts: ARTICLES[0] as string[] }], jobs, 1);
    thisThread.tags = false;
    const shared = await work
      .complete((job) => {
        readOnThisThread.push(jobs.indexOf(job));
        // This thread waits on its first job until the worker, once loaded, has claimed jobs
        // from the back: the claims then meet in the middle, whatever the machine's speed.
        for (let waited = 0; work.claimedByWorker() === 0 && waited < 100_000; waited += 50)
          Atomics.wait(pause, 0, 0, 50);
        return readHere(job);
      })
      .finally(() => (thisThread.tags = true));
    expect(shared.dates).toEqual(here);
    expect(readOnThisThread).toEqual(readOnThisThread.map((_, i) => i));
    expect(readOnThisThread.length).toBeLessThan(jobs.length);
    expect(readOnThisThread.length + work.claimedByWorker()).toBe(jobs.length);
    expect(asLists(shared.events)).toEqual(
      asLists(await tagSentenceEvents([ARTICLES[0] as string[]], Infinity)),
    );
  });

  it('takes the event words of articles streamed ahead by their keys, the others after', async () => {
    const tagger = EventTagger.start(4, 1);
    tagger.stream('b', ARTICLES[2] as string[]);
    tagger.stream('a', ARTICLES[0] as string[]);
    thisThread.tags = false;
    const shared = await tagger
      .share(
        [
          { key: 'a', texts: ARTICLES[0] as string[] },
          { texts: ARTICLES[1] as string[] },
          { key: 'b', texts: ARTICLES[2] as string[] },
        ],
        [],
      )
      .complete(readHere)
      .finally(() => (thisThread.tags = true));
    expect(asLists(shared.events)).toEqual(asLists(await tagSentenceEvents(ARTICLES, Infinity)));
  });

  it('reads every date here when no thread is worth starting', async () => {
    const jobs = DATED.map(dateJob);
    const shared = await EventTagger.start(0).share([], jobs).complete(readHere);
    expect(shared.dates).toEqual(jobs.map(readHere));
  });
});
