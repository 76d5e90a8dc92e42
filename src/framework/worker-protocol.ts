/** The messages between `WorkerRunner` and its worker (router-worker.ts). Structured-clone data only. */
import type { LogLevel } from '../log.js';
import type { Invocation, TargetMessage } from './command.js';
import type { RawOptions } from './router.js';

/** What the worker needs to open the engine and load the commands. */
export interface WorkerSettings {
  corpusDir: string;
  indexPath?: string;
  /** Folder of command modules; default `commands/`. */
  commandsDir?: string;
  stateTtlMs?: number;
  logLevel: LogLevel;
  /** Where "Report a passage" verdicts go (the worker keeps the log); absent: not kept. */
  feedbackFile?: string;
  /** The REST host the bot uses instead of Discord's, whose attachments may be downloaded too. */
  apiUrl?: string | null;
}

/** A call to the router, numbered so its answer can be matched. */
export type RouterRequest = { id: number } & (
  | { op: 'run'; name: string; raw: RawOptions; invocation: Invocation }
  | { op: 'message'; name: string; message: TargetMessage; userId: string }
  | { op: 'press'; customId: string; userId: string }
  | { op: 'autocomplete'; name: string; focused: { name: string; value: string }; userId: string }
  | { op: 'close' }
  /** The worker's heap after a full collection (framework/heap-probe.ts); null without --expose-gc. */
  | { op: 'heap' }
);

/** An error as it crosses the thread boundary. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

/** The answer to one {@link RouterRequest}. */
export type RouterResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

/** Status messages from the worker, outside any request. */
export type WorkerStatus = { ready: true; ephemeral: string[] } | { failed: SerializedError };

/** Turns anything thrown into a {@link SerializedError}. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error)
    return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

/** Rebuilds an Error (name, message and the worker's stack) from a {@link SerializedError}. */
export function deserializeError(serialized: SerializedError): Error {
  const error = new Error(serialized.message);
  error.name = serialized.name;
  if (serialized.stack) error.stack = serialized.stack;
  return error;
}
