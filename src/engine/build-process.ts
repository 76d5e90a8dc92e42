/**
 * The builder process of {@link IndexBuilder} (builder.ts): a full build takes seconds of CPU
 * at scale, which would stall the event loop of a bot answering questions. It receives
 * `{ corpusDir, indexPath }` over IPC, one request at a time, builds and saves the index
 * atomically and replies `{ ok: true, stats }` or `{ ok: false, message }`. Between requests
 * it keeps each article's analysis, so the next build re-analyses only what changed. It exits
 * when its parent closes the channel.
 */
import { AnalysisCache } from './analysis-cache.js';
import { buildIndex, type BuildStats } from './index.js';

/** The request a parent sends. */
export interface BuildRequest {
  corpusDir: string;
  indexPath: string;
}

/** The one message the child sends back per request. */
export type BuildReply = { ok: true; stats: BuildStats } | { ok: false; message: string };

const cache = new AnalysisCache();

process.on('message', (request: BuildRequest) => {
  buildIndex({ corpusDir: request.corpusDir, indexPath: request.indexPath, cache }).then(
    (stats) => process.send?.({ ok: true, stats } satisfies BuildReply),
    (error: unknown) =>
      process.send?.({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies BuildReply),
  );
});
