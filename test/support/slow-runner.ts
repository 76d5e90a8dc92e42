/** A runner wrapper that delays some answers, without blocking the event loop: for deadline and drain tests. */
import type { RawOptions } from '../../src/framework/router.js';
import type { CommandRunner } from '../../src/framework/runner.js';

/** Delays the answers of slash commands that `isSlow` picks by `delayMs`; everything else passes through. */
export const slowWhen =
  (isSlow: (name: string, raw: RawOptions) => boolean, delayMs: number) =>
  (inner: CommandRunner): CommandRunner => ({
    run: async (name, raw, invocation) => {
      if (isSlow(name, raw)) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return inner.run(name, raw, invocation);
    },
    runOnMessage: (name, message, user) => inner.runOnMessage(name, message, user),
    press: (id, user) => inner.press(id, user),
    autocomplete: (name, focused, user) => inner.autocomplete(name, focused, user),
    isEphemeral: (name) => inner.isEphemeral(name),
    close: () => inner.close(),
  });

/** Delays `/ask` answers whose question contains "slow" by `delayMs`. */
export const slowWhenAsked = (delayMs: number) =>
  slowWhen((_name, raw) => String(raw.question ?? '').includes('slow'), delayMs);
