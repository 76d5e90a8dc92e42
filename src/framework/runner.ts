/**
 * Where commands run. The adapters (gateway, HTTP endpoint) talk to a {@link CommandRunner}, whose
 * answers are promises, so they can wait for an answer with a deadline and acknowledge in time
 * when it is late. {@link InlineRunner} runs commands on the calling thread (the console, tests);
 * `WorkerRunner` (./worker-runner.ts) runs them on a worker thread, keeping bursts of engine work
 * off the event loop that talks to Discord.
 */
import type { Choice, Invocation, TargetMessage } from './command.js';
import type { ReplyPayload } from './payload.js';
import type { CommandRouter, PressOutcome, RawOptions } from './router.js';

/** The router's operations, asynchronously. Each rejects when the command itself throws. */
export interface CommandRunner {
  /**
   * Runs `/name`. `invocation` says who ran it, with their permissions and attachments: plain
   * data, as it may cross a thread boundary.
   */
  run(name: string, raw: RawOptions, invocation: Invocation): Promise<ReplyPayload>;
  /** True when every reply of `/name`, deferral included, is for the invoker only. */
  isEphemeral(name: string): boolean;
  /** Runs the message context-menu command `name` on `message`. */
  runOnMessage(name: string, message: TargetMessage, userId: string): Promise<ReplyPayload>;
  press(customId: string, userId: string): Promise<PressOutcome>;
  autocomplete(
    name: string,
    focused: { name: string; value: string },
    userId: string,
  ): Promise<Choice[]>;
  /**
   * How long a call made now would wait before it starts, in ms, estimated from the queue; absent
   * when calls do not queue. Lets an adapter defer at once when the answer cannot be in time,
   * rather than all at the deadline.
   */
  backlogMs?(): number;
  /** Stops the runner; pending calls are rejected. Safe to call twice. */
  close(): Promise<void>;
}

/** Runs commands on this thread, one macrotask each, so timers and I/O can run between them. */
export class InlineRunner implements CommandRunner {
  /** `onClose` runs once on {@link close}, e.g. to stop the engine's folder watcher. */
  constructor(
    readonly router: CommandRouter,
    private onClose?: () => void,
  ) {}

  private later<T>(work: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(error as Error);
        }
      }),
    );
  }

  run(name: string, raw: RawOptions, invocation: Invocation): Promise<ReplyPayload> {
    return this.later(() => this.router.dispatch(name, raw, invocation));
  }

  isEphemeral(name: string): boolean {
    return this.router.isEphemeral(name);
  }

  runOnMessage(name: string, message: TargetMessage, userId: string): Promise<ReplyPayload> {
    return this.later(() => this.router.runOnMessage(name, message, userId));
  }

  press(customId: string, userId: string): Promise<PressOutcome> {
    return this.later(() => this.router.press(customId, userId));
  }

  autocomplete(
    name: string,
    focused: { name: string; value: string },
    userId: string,
  ): Promise<Choice[]> {
    return this.later(() => this.router.autocomplete(name, focused, userId));
  }

  close(): Promise<void> {
    const onClose = this.onClose;
    this.onClose = undefined;
    onClose?.();
    return Promise.resolve();
  }
}
