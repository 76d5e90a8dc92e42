import { describe, expect, it } from 'vitest';
import {
  DEFER_AFTER_MS,
  interactionAgeMs,
  timeToDefer,
  within,
} from '../../src/framework/serving.js';

/** A snowflake made at `ms` (Unix time), as Discord makes them. */
const snowflakeAt = (ms: number) => ((BigInt(ms) - 1_420_070_400_000n) << 22n).toString();

describe('deadline', () => {
  it("reads an interaction's age from its snowflake, clamped so a skewed clock only defers early", () => {
    const now = 1_800_000_000_000;
    expect(interactionAgeMs(snowflakeAt(now - 700), now)).toBe(700);
    expect(interactionAgeMs(snowflakeAt(now + 5_000), now)).toBe(0);
    expect(interactionAgeMs(snowflakeAt(now - 60_000), now)).toBe(DEFER_AFTER_MS);
    expect(interactionAgeMs('not-a-snowflake', now)).toBe(0);
  });

  it('leaves the deferral budget minus the longer of the age and the time since receipt', () => {
    const id = snowflakeAt(Date.now() - 500);
    const left = timeToDefer(id, performance.now());
    expect(left).toBeLessThanOrEqual(DEFER_AFTER_MS - 500);
    expect(left).toBeGreaterThan(DEFER_AFTER_MS - 1_000);
    expect(timeToDefer(snowflakeAt(Date.now()), performance.now() - 1_800)).toBeLessThanOrEqual(
      200,
    );
  });

  it("gives the work's value when in time, null when not, and the work's error", async () => {
    expect(await within(Promise.resolve(1), 50)).toBe(1);
    expect(await within(new Promise((r) => setTimeout(() => r(2), 200)), 20)).toBeNull();
    await expect(within(Promise.reject(new Error('boom')), 50)).rejects.toThrow('boom');
  });
});
