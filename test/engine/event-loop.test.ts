import { MessageChannel, Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { turnOfEventLoop } from '../../src/engine/event-loop.js';

/**
 * A thread that, when asked, posts a message back and only then says so through shared
 * memory: so this thread can block (as long synchronous work does) until the message waits.
 */
const posted = new Int32Array(new SharedArrayBuffer(4));
const worker = new Worker(
  `const { parentPort, workerData } = require('node:worker_threads');
   parentPort.on('message', () => {
     parentPort.postMessage('message');
     Atomics.store(workerData, 0, 1);
     Atomics.notify(workerData, 0);
   });`,
  { eval: true, workerData: posted },
);
afterAll(() => worker.terminate());

describe('a turn of the event loop', () => {
  it('runs the timers due and the messages that came during long work before it resolves', async () => {
    const channel = new MessageChannel();
    const seen: string[] = [];
    worker.on('message', (value: string) => seen.push(value));
    // Long work is started from a message handler (the poll phase, where a read index file is
    // parsed), from a timer and from an immediate.
    const starts = {
      message: (go: () => void) => {
        channel.port2.once('message', go);
        channel.port1.postMessage('start');
      },
      timer: (go: () => void) => void setTimeout(go, 0),
      immediate: (go: () => void) => void setImmediate(go),
    };
    try {
      for (const [phase, start] of Object.entries(starts)) {
        seen.length = 0;
        await new Promise<void>((resolve) =>
          start(() => {
            setTimeout(() => seen.push('timer'), 0);
            // The long work: a message arrives from another thread while this one is busy.
            Atomics.store(posted, 0, 0);
            worker.postMessage('go');
            Atomics.wait(posted, 0, 0, 60_000);
            void turnOfEventLoop().then(() => {
              seen.push('turned');
              resolve();
            });
          }),
        );
        const before = seen.slice(0, -1).sort();
        expect({ phase, before, last: seen.at(-1) }).toEqual({
          phase,
          before: ['message', 'timer'],
          last: 'turned',
        });
      }
    } finally {
      channel.port1.close();
    }
  });
});
