/**
 * The worker of build-thread.ts: loads the tagger as soon as it starts (while the build reads
 * its articles), tags each article it is sent with `tag` as it comes, and once asked for dates
 * reads them (those it was asked to read) from the back of the list, claiming each article
 * first, until it meets the build's thread; then replies once with all it made.
 */
import { parentPort } from 'node:worker_threads';
import { articleFactDates } from '../search/article-fact-dates.js';
import { claimEventWords } from '../search/select/fact-predicates.js';
import { detectArticleDates } from '../timeline/index.js';
import {
  CLAIMED_BY_WORKER,
  UNCLAIMED,
  type ArticleReads,
  type ArticleText,
  type FromWorker,
  type ToWorker,
} from './build-thread.js';

// Tagging an empty text loads wink-nlp's model and tags nothing.
claimEventWords('');

const articles = new Map<number, { article: ArticleText; reads: ArticleReads }>();
const events: FromWorker['events'] = [];

parentPort?.on('message', (message: ToWorker) => {
  if (message.kind === 'article') {
    const { id, article, reads } = message;
    articles.set(id, { article, reads });
    if (reads.tag)
      events.push([
        id,
        article.sentences.map((s) => [...claimEventWords(article.text.slice(s.start, s.end))]),
      ]);
    return;
  }
  const claims = new Int32Array(message.claims);
  const dates: FromWorker['dates'] = [];
  const factDates: FromWorker['factDates'] = [];
  for (let i = message.ids.length - 1; i >= 0; i--) {
    if (Atomics.compareExchange(claims, i, UNCLAIMED, CLAIMED_BY_WORKER) !== UNCLAIMED) break;
    const id = message.ids[i] as number;
    const { article, reads } = articles.get(id) as { article: ArticleText; reads: ArticleReads };
    if (reads.dates) dates.push([id, detectArticleDates(article, article.sentences)]);
    if (reads.factDates) factDates.push([id, articleFactDates(article)]);
  }
  parentPort?.postMessage({ events, dates, factDates } satisfies FromWorker);
});
