/**
 * Runs the commands on a worker thread (router-worker.ts), so a burst of engine work (a long
 * question over a large corpus takes tens of milliseconds, see docs/operations.md) never stalls
 * the event loop that acknowledges interactions. One worker: button state lives in it, and the
 * machine this targets has two cores (one for I/O, one for the engine).
 */
import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { startSourceWorker } from '../engine/source-worker.js';
import type { Choice, Invocation, TargetMessage } from './command.js';
import type { ReplyPayload } from './payload.js';
import type { PressOutcome, RawOptions } from './router.js';
import { ServiceTime } from './service-time.js';
import { ANSWERING_YOUNG_GENERATION_MB } from './young-generation.js';
import type { CommandRunner } from './runner.js';
import type {
  RouterRequest,
  RouterResponse,
  WorkerSettings,
  WorkerStatus,
} from './worker-protocol.js';
import { deserializeError } from './worker-protocol.js';

/** How long {@link WorkerRunner.close} waits for the worker to close its engine. */
const CLOSE_WAIT_MS = 1_000;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Creates the worker (router-worker.ts), with the young generation that answers (young-generation.ts). */
function spawnWorker(settings: WorkerSettings): Worker {
  return startSourceWorker(import.meta.url, 'router-worker', {
    workerData: settings,
    resourceLimits: { maxYoungGenerationSizeMb: ANSWERING_YOUNG_GENERATION_MB },
  });
}

/**
 * A {@link CommandRunner} backed by one worker thread. Emits `'error'` with an Error when the
 * worker dies (every pending call is rejected with it): an unrecoverable state for the process.
 */
export class WorkerRunner extends EventEmitter implements CommandRunner {
  private readonly pending = new Map<
    number,
    { resolve(v: unknown): void; reject(e: Error): void; sentAt: number }
  >();
  private nextId = 1;
  private closed = false;
  private readonly serviceTime = new ServiceTime();

  private constructor(
    private readonly worker: Worker,
    private readonly ephemeral: ReadonlySet<string>,
  ) {
    super();
    worker.on('message', (message: RouterResponse) => {
      const call = this.pending.get(message.id);
      if (!call) return;
      this.pending.delete(message.id);
      this.serviceTime.record(call.sentAt, performance.now());
      if (message.ok) call.resolve(message.value);
      else call.reject(deserializeError(message.error));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (!this.closed) this.fail(new Error(`engine worker exited with code ${code}`));
    });
  }

  /**
   * Starts the worker and resolves once its engine is open.
   *
   * @throws the worker's own error when it cannot open the engine or load the commands.
   */
  static async start(settings: WorkerSettings): Promise<WorkerRunner> {
    const worker = spawnWorker(settings);
    const ephemeral = await new Promise<string[]>((resolve, reject) => {
      const onMessage = (status: WorkerStatus) => {
        cleanup();
        if ('ready' in status) resolve(status.ephemeral);
        else reject(deserializeError(status.failed));
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`engine worker exited with code ${code} before it was ready`));
      };
      const cleanup = () => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    }).catch(async (error: unknown) => {
      await worker.terminate();
      throw error;
    });
    return new WorkerRunner(worker, new Set(ephemeral));
  }

  private call<T>(request: DistributiveOmit<RouterRequest, 'id'>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('engine worker: stopped'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        sentAt: performance.now(),
      });
      this.worker.postMessage({ ...request, id } as RouterRequest);
    });
  }

  /** The typical time a call takes the worker, in ms (see {@link ServiceTime}). */
  serviceMs(): number {
    return this.serviceTime.typicalMs();
  }

  /** Calls ahead of a new one times the typical time per call. */
  backlogMs(): number {
    return this.pending.size * this.serviceMs();
  }

  private fail(error: Error): void {
    if (this.closed) return;
    this.closed = true;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
    this.emit('error', error);
  }

  run(name: string, raw: RawOptions, invocation: Invocation): Promise<ReplyPayload> {
    return this.call({ op: 'run', name, raw, invocation });
  }

  isEphemeral(name: string): boolean {
    return this.ephemeral.has(name);
  }

  runOnMessage(name: string, message: TargetMessage, userId: string): Promise<ReplyPayload> {
    return this.call({ op: 'message', name, message, userId });
  }

  press(customId: string, userId: string): Promise<PressOutcome> {
    return this.call({ op: 'press', customId, userId });
  }

  autocomplete(
    name: string,
    focused: { name: string; value: string },
    userId: string,
  ): Promise<Choice[]> {
    return this.call({ op: 'autocomplete', name, focused, userId });
  }

  /** The worker's heap in use after a full collection, in bytes; null unless node runs with --expose-gc. */
  heapAfterGc(): Promise<number | null> {
    return this.call({ op: 'heap' });
  }

  /**
   * Asks the worker to close its engine (the folder watcher, a rebuild's child process), waiting
   * at most {@link CLOSE_WAIT_MS}, then stops the worker; pending calls are rejected.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    const closed = this.call({ op: 'close' }).catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      closed,
      new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS))),
    ]);
    clearTimeout(timer);
    if (this.closed) return;
    this.closed = true;
    for (const call of this.pending.values()) call.reject(new Error('engine worker: stopped'));
    this.pending.clear();
    await this.worker.terminate();
  }
}
