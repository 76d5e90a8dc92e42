/**
 * The worker-thread side of `WorkerRunner`: opens the live engine over an index that already
 * exists (it reloads itself when the corpus folder changes), builds the `/corpus` services,
 * loads the command modules and answers the runner's requests. Its button state lives here, so
 * every press reaches the worker that holds it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusAdmin } from '../engine/corpus-admin.js';
import { openLiveEngine } from '../engine/live.js';
import { FeedbackLog } from '../feedback/log.js';
import { createLogger } from '../log.js';
import { attachmentOrigins, createAttachmentFetcher } from './attachment.js';
import { heapAfterGc } from './heap-probe.js';
import { loadCommands } from './commands.js';
import { CommandRouter } from './router.js';
import type { RouterRequest, RouterResponse, WorkerSettings } from './worker-protocol.js';
import { serializeError } from './worker-protocol.js';

async function start(port: NonNullable<typeof parentPort>, settings: WorkerSettings) {
  const logger = createLogger({ level: settings.logLevel });
  const engine = await openLiveEngine({
    corpusDir: settings.corpusDir,
    indexPath: settings.indexPath,
    rebuild: 'never',
    logger,
  });
  const commands = await loadCommands(settings.commandsDir);
  const router = new CommandRouter(commands, engine, {
    ttlMs: settings.stateTtlMs,
    feedback: settings.feedbackFile ? new FeedbackLog(settings.feedbackFile) : undefined,
    services: {
      corpus: new CorpusAdmin(engine, { logger }),
      fetchAttachment: createAttachmentFetcher({ origins: attachmentOrigins(settings.apiUrl) }),
    },
  });
  const answer = async (request: RouterRequest): Promise<unknown> => {
    switch (request.op) {
      case 'run':
        // Awaited: a command may wait on I/O (/corpus downloads and rebuilds); others go on meanwhile.
        return router.dispatch(request.name, request.raw, request.invocation);
      case 'message':
        return router.runOnMessage(request.name, request.message, request.userId);
      case 'press':
        return router.press(request.customId, request.userId);
      case 'autocomplete':
        return router.autocomplete(request.name, request.focused, request.userId);
      case 'heap':
        return heapAfterGc();
      case 'close':
        // Stops the folder watcher and any rebuild in progress (a child process).
        engine.close();
        return null;
    }
  };
  port.on('message', (request: RouterRequest) => {
    answer(request).then(
      (value) => port.postMessage({ id: request.id, ok: true, value } satisfies RouterResponse),
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          ok: false,
          error: serializeError(error),
        } satisfies RouterResponse),
    );
  });
  const ephemeral = commands.filter((c) => router.isEphemeral(c.data.name)).map((c) => c.data.name);
  port.postMessage({ ready: true, ephemeral });
}

if (parentPort) {
  const port = parentPort;
  start(port, workerData as WorkerSettings).catch((error: unknown) =>
    port.postMessage({ failed: serializeError(error) }),
  );
}
