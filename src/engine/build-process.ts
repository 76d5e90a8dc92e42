/**
 * The child process that rebuilds an index for {@link LiveEngine}: a full build takes seconds
 * of CPU at scale, which would stall the event loop of a bot answering questions. It receives
 * `{ corpusDir, indexPath }` over IPC, builds and saves the index atomically, reports
 * `{ ok: true, stats }` or `{ ok: false, message }`, and exits.
 */
import { buildIndex, type BuildStats } from './index.js';

/** The request a parent sends. */
export interface BuildRequest {
  corpusDir: string;
  indexPath: string;
}

/** The one message the child sends back. */
export type BuildReply = { ok: true; stats: BuildStats } | { ok: false; message: string };

function answer(reply: BuildReply): void {
  // Disconnecting once the reply is out lets the event loop empty and the process exit.
  process.send?.(reply, () => process.disconnect());
}

process.once('message', (request: BuildRequest) => {
  buildIndex({ corpusDir: request.corpusDir, indexPath: request.indexPath }).then(
    (stats) => answer({ ok: true, stats }),
    (error: unknown) =>
      answer({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
