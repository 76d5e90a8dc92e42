/**
 * The worker-thread side of `WorkerRunner`: opens the engine over an index that already exists,
 * loads the command modules and answers the runner's requests one at a time. Its button state
 * lives here, so every press reaches the worker that holds it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openEngine } from '../engine/index.js';
import { FeedbackLog } from '../feedback/log.js';
import { createLogger } from '../log.js';
import { loadCommands } from './commands.js';
import { CommandRouter } from './router.js';
import type { RouterRequest, RouterResponse, WorkerSettings } from './worker-protocol.js';
import { serializeError } from './worker-protocol.js';

async function start(port: NonNullable<typeof parentPort>, settings: WorkerSettings) {
  const logger = createLogger({ level: settings.logLevel });
  const engine = await openEngine({
    corpusDir: settings.corpusDir,
    indexPath: settings.indexPath,
    rebuild: 'never',
    logger,
  });
  const router = new CommandRouter(await loadCommands(settings.commandsDir), engine, {
    ttlMs: settings.stateTtlMs,
    feedback: settings.feedbackFile ? new FeedbackLog(settings.feedbackFile) : undefined,
  });
  port.on('message', (request: RouterRequest) => {
    let response: RouterResponse;
    try {
      const value =
        request.op === 'run'
          ? router.run(request.name, request.raw, request.userId)
          : request.op === 'message'
            ? router.runOnMessage(request.name, request.message, request.userId)
            : request.op === 'press'
              ? router.press(request.customId, request.userId)
              : router.autocomplete(request.name, request.focused, request.userId);
      response = { id: request.id, ok: true, value };
    } catch (error) {
      response = { id: request.id, ok: false, error: serializeError(error) };
    }
    port.postMessage(response);
  });
  port.postMessage({ ready: true });
}

if (parentPort) {
  const port = parentPort;
  start(port, workerData as WorkerSettings).catch((error: unknown) =>
    port.postMessage({ failed: serializeError(error) }),
  );
}
