/**
 * A command for the worker runner's tests: `/busy ms:N` holds the worker's thread for N ms;
 * with `wait:true` it waits N ms on a timer instead (as `/corpus add` waits on a download),
 * leaving the thread free.
 */
import { defineCommand } from '../../../src/framework/command.js';
import { reply } from '../../../src/framework/payload.js';

export default defineCommand({
  name: 'busy',
  description: 'Holds the worker for a while.',
  options: {
    ms: { type: 'integer', description: 'How long, in ms.', required: true, min: 0, max: 5_000 },
    wait: { type: 'boolean', description: 'Wait on a timer instead of holding the thread.' },
  },
  async run(_ctx, { ms, wait }) {
    if (wait) await new Promise((resolve) => setTimeout(resolve, ms));
    else for (const end = performance.now() + ms; performance.now() < end;);
    return reply({ content: `done after ${ms} ms` });
  },
});
