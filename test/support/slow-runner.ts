/** A runner wrapper that delays some answers, without blocking the event loop: for deadline and drain tests. */
import type { CommandRunner } from '../../src/framework/runner.js';

/** Delays `/ask` answers whose question contains "slow" by `delayMs`; everything else passes through. */
export const slowWhenAsked =
  (delayMs: number) =>
  (inner: CommandRunner): CommandRunner => ({
    run: async (name, raw, invocation) => {
      if (String(raw.question ?? '').includes('slow'))
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      return inner.run(name, raw, invocation);
    },
    runOnMessage: (name, message, user) => inner.runOnMessage(name, message, user),
    press: (id, user) => inner.press(id, user),
    autocomplete: (name, focused, user) => inner.autocomplete(name, focused, user),
    isEphemeral: (name) => inner.isEphemeral(name),
    close: () => inner.close(),
  });
