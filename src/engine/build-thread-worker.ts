/**
 * The worker of build-thread.ts: loads the tagger as soon as it starts (while the build reads
 * its articles), tags each article it is sent with `tag` as it comes (and reads the plans given
 * up its sentences tell, and with `realis` its irrealis values' spans), then reads its dates
 * (when sent to read them) unless the build's thread has claimed them; once asked for dates it
 * reads those of the rest from the front of the list, passing over the articles claimed, and
 * replies with all it made. Asked for the corpus's initialism table, it makes it next, while
 * the build makes the timeline.
 */
import { parentPort } from 'node:worker_threads';
import { sentenceKind } from '../corpus/sentence-kind.js';
import { articleFactDates } from '../search/article-fact-dates.js';
import {
  corpusInitialismTable,
  type InitialismSentence,
} from '../search/corpus-initialism-table.js';
import { articleEvents } from '../search/article-events.js';
import { irrealisValueSpans } from '../search/irrealis-values.js';
import { claimEventWords } from '../search/select/fact-predicates.js';
import { droppedPlanAct } from '../timeline/dropped-plan.js';
import { detectArticleDates, withTensesKept } from '../timeline/index.js';
import { keptTaggings } from '../timeline/wink.js';
import {
  CLAIMED_BY_WORKER,
  UNCLAIMED,
  type ArticleReads,
  type ArticleText,
  type FromWorker,
  type InitialismsFromWorker,
  type ToWorker,
} from './build-thread.js';

// Tagging an empty text loads wink-nlp's model and tags nothing.
claimEventWords('');

const articles = new Map<number, { article: ArticleText; reads: ArticleReads }>();
const events: FromWorker['events'] = [];
const realis: FromWorker['realis'] = [];
const planActs: FromWorker['planActs'] = [];
const dates: FromWorker['dates'] = [];
const factDates: FromWorker['factDates'] = [];
/** Who took each article's dates, by id (build-thread.ts `shareDates`). */
let claims = new Int32Array(new SharedArrayBuffer(0));

/** Reads the dates of article `id` when they are to be read and no thread has claimed them. */
function dateUnclaimed(id: number): void {
  const { article, reads } = articles.get(id) as { article: ArticleText; reads: ArticleReads };
  if (!reads.dates && !reads.factDates) return;
  if (id >= claims.length) return;
  if (Atomics.compareExchange(claims, id, UNCLAIMED, CLAIMED_BY_WORKER) !== UNCLAIMED) return;
  // The fact dates read most of the timeline's dates again (tense.ts withTensesKept).
  withTensesKept(() => {
    if (reads.dates) dates.push([id, detectArticleDates(article, article.sentences)]);
    if (reads.factDates) factDates.push([id, articleFactDates(article)]);
  });
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.kind === 'claims') {
    claims = new Int32Array(message.claims);
    return;
  }
  if (message.kind === 'article') {
    const { id, article, reads, words } = message;
    articles.set(id, { article, reads });
    if (reads.tag) {
      events.push([id, articleEvents(article, words).map((read) => [...read])]);
      // Read over every sentence by the timeline, which runs alone on the build's thread at the
      // end: read here, beside the tagging, the build's two threads share it.
      const acts: FromWorker['planActs'][number][1] = [];
      for (const { start, end } of article.sentences) {
        const act = droppedPlanAct(article.text.slice(start, end));
        if (act !== null) acts.push([start, act]);
      }
      planActs.push([id, acts]);
    }
    if (reads.realis)
      realis.push([
        id,
        article.sentences.map((s) => irrealisValueSpans(article.text.slice(s.start, s.end))),
      ]);
    dateUnclaimed(id);
    return;
  }
  if (message.kind === 'initialisms') {
    const table = corpusInitialismTable(sentencesOf(message.articles));
    parentPort?.postMessage({ kind: 'initialisms', table } satisfies InitialismsFromWorker);
    return;
  }
  for (const id of message.ids) dateUnclaimed(id);
  parentPort?.postMessage({
    kind: 'results',
    events,
    realis,
    dates,
    factDates,
    taggings: keptTaggings(datedSentences(dates)),
    planActs,
  } satisfies FromWorker);
});

/** The text of each sentence `dates` dates, article by article. */
function* datedSentences(dates: FromWorker['dates']): Generator<string> {
  for (const [id, read] of dates) {
    const { text, sentences } = (articles.get(id) as { article: ArticleText }).article;
    for (const { sentence } of read) {
      const { start, end } = sentences[sentence] as ArticleText['sentences'][number];
      yield text.slice(start, end);
    }
  }
}

/**
 * The sentences of the articles `inCorpusOrder` (ids, with their sentences' index terms), as
 * the initialism table reads them.
 */
function* sentencesOf(
  inCorpusOrder: ReadonlyArray<[id: number, terms: string[][]]>,
): Generator<InitialismSentence> {
  for (const [id, terms] of inCorpusOrder) {
    const { text, paragraphs, sentences } = (articles.get(id) as { article: ArticleText }).article;
    if (terms.length !== sentences.length)
      throw new Error(
        `index: terms given for ${terms.length} sentences of an article of ${sentences.length}`,
      );
    for (let i = 0; i < sentences.length; i++) {
      const { paragraph, start, end } = sentences[i] as ArticleText['sentences'][number];
      yield {
        kind: sentenceKind(paragraphs, paragraph),
        text: text.slice(start, end),
        terms: terms[i] as string[],
      };
    }
  }
}
