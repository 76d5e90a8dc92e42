/**
 * The worker thread of event-tagging.ts: loads the tagger as soon as it starts (while the build
 * reads its articles), tags each article's sentences as they are sent, in order, and at the end
 * tags the articles sent with it and reads the dates of the articles it claims from the back of
 * the list (shared-claims.ts), then posts back each sentence's event words and the dates.
 */
import { parentPort } from 'node:worker_threads';
import { claimEventWords } from '../search/select/fact-predicates.js';
import { detectArticleDates, type SentenceDates } from '../timeline/index.js';
import type { FromWorker, ToWorker } from './event-tagging.js';
import { workClaimed } from './shared-claims.js';

const tagged = (texts: readonly string[]) => texts.map((text) => [...claimEventWords(text)]);

// Tagging an empty text loads wink-nlp's model and tags nothing.
claimEventWords('');
const events: string[][][] = [];
parentPort?.on('message', (message: ToWorker) => {
  if (message.kind === 'article') {
    events.push(tagged(message.texts));
    return;
  }
  for (const texts of message.texts) events.push(tagged(texts));
  const dates: Array<[number, SentenceDates[]]> = [];
  const { board, dates: jobs } = message;
  workClaimed(board, jobs.length, 'back', (i) => {
    const job = jobs[i];
    if (job) dates.push([i, detectArticleDates(job.article, job.sentences)]);
  });
  parentPort?.postMessage({ events, dates } satisfies FromWorker);
});
