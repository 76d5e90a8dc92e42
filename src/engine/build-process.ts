/**
 * The builder process of {@link IndexBuilder} (builder.ts): a full build takes seconds of CPU
 * at scale, which would stall the event loop of a bot answering questions. It receives
 * `{ corpusDir, indexPath }` over IPC, one request at a time, builds and saves the index
 * atomically and replies `{ ok: true, stats }` or `{ ok: false, message }`. Between requests
 * it keeps each article's analysis, so the next build re-analyses only what changed, and
 * nothing else: once it has replied it runs a full garbage collection (`gc()`, exposed by the
 * `--expose-gc` flag builder.ts starts it with). An idle process allocates nothing, so V8 would
 * otherwise keep the build's garbage (the corpus, the index, its JSON: hundreds of MiB at
 * thousands of articles) resident until the next build. It exits when its parent closes the
 * channel.
 */
import { AnalysisCache } from './analysis-cache.js';
import { warmUpAnalysis } from './analysis-warm-up.js';
import { buildIndex, type BuildStats } from './index.js';

/** The request a parent sends. */
export interface BuildRequest {
  corpusDir: string;
  indexPath: string;
}

/** The one message the child sends back per request. */
export type BuildReply = { ok: true; stats: BuildStats } | { ok: false; message: string };

const cache = new AnalysisCache();

/** Present when the process was started with `--expose-gc`. */
const collect = (globalThis as { gc?: () => void }).gc;

/**
 * Sends `reply`, then collects the build's garbage: after the send, so the parent is not kept
 * waiting. A process that has analysed no article yet first sets the analysis up
 * (analysis-warm-up.ts), so that the next article added does not wait for it.
 */
function answer(reply: BuildReply): void {
  process.send?.(reply, undefined, {}, () => {
    const warmUp = cache.counts.computed === 0 ? warmUpAnalysis() : Promise.resolve(false);
    void warmUp.catch(() => false).finally(() => collect?.());
  });
}

process.on('message', (request: BuildRequest) => {
  buildIndex({ corpusDir: request.corpusDir, indexPath: request.indexPath, cache }).then(
    (stats) => answer({ ok: true, stats }),
    (error: unknown) =>
      answer({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
