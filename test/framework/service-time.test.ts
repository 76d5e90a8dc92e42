/** The engine worker's service-time estimate, on invented timings. */
import { expect, it } from 'vitest';
import {
  DEFAULT_SERVICE_MS,
  SERVICE_SAMPLES,
  ServiceTime,
} from '../../src/framework/service-time.js';

/** Records calls answered one after another, each taking `ms` from the previous answer. */
function answered(estimate: ServiceTime, times: number[], start = 0): number {
  let now = start;
  for (const ms of times) {
    const sentAt = now;
    now += ms;
    estimate.record(sentAt, now);
  }
  return now;
}

it('starts from a default, then follows the calls', () => {
  const estimate = new ServiceTime();
  expect(estimate.typicalMs()).toBe(DEFAULT_SERVICE_MS);
  answered(estimate, [2, 4, 3]);
  expect(estimate.typicalMs()).toBe(3);
});

it('measures a queued call from the previous answer, not from when it was sent', () => {
  const estimate = new ServiceTime();
  // Three calls sent at once, answered 5 ms apart: each took 5 ms of the server, not 5, 10, 15.
  for (const done of [5, 10, 15]) estimate.record(0, done);
  expect(estimate.typicalMs()).toBe(5);
});

it('leaves out one slow call, such as the first answer after an index swap', () => {
  const estimate = new ServiceTime();
  const now = answered(estimate, [2, 2, 2, 2, 400]);
  answered(estimate, [2, 2], now);
  expect(estimate.typicalMs()).toBe(2);
});

it('leaves out a call that waited on I/O while the server was otherwise idle', () => {
  const estimate = new ServiceTime();
  const now = answered(estimate, [3, 3, 3]);
  estimate.record(now + 1_000, now + 31_000); // a /corpus add: 30 s, mostly a download
  expect(estimate.typicalMs()).toBe(3);
});

it('counts the usual spread of a busy machine (the mean), not just the middle call', () => {
  const estimate = new ServiceTime();
  answered(estimate, [2, 2, 2, 8, 8]);
  expect(estimate.typicalMs()).toBeCloseTo(4.4);
});

it('moves to a lasting change once the last calls are all of it', () => {
  const estimate = new ServiceTime();
  const now = answered(
    estimate,
    Array.from({ length: SERVICE_SAMPLES }, () => 2),
  );
  answered(
    estimate,
    Array.from({ length: SERVICE_SAMPLES }, () => 30),
    now,
  );
  expect(estimate.typicalMs()).toBe(30);
});
