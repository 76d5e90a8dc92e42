/** Button expiry and in-flight tracking: bounded, one sweep, nothing kept but what is needed. */
import { describe, expect, it } from 'vitest';
import { ButtonExpiry } from '../../src/framework/button-expiry.js';
import { InFlight } from '../../src/framework/in-flight.js';
import type { ActionRow } from '../../src/framework/payload.js';

const row = (id: string): ActionRow[] => [
  { type: 1, components: [{ type: 2, style: 1, label: 'Next ▶', custom_id: id }] },
];

describe('ButtonExpiry', () => {
  it('disables each answer once, after its lifetime, with its latest rows, oldest first', async () => {
    let now = 0;
    const disabled: Array<[string, ActionRow[]]> = [];
    const expiry = new ButtonExpiry({
      ttlMs: 100,
      capacity: 10,
      now: () => now,
      disable: async (token, rows) => void disabled.push([token, rows]),
      onError: () => undefined,
    });
    expiry.track('1', 'tok1', row('a'));
    now = 50;
    expiry.track('2', 'tok2', row('b'));
    expiry.track('3', 'tok3', undefined);
    expiry.update('1', row('a2'));
    now = 120;
    expiry.sweep();
    expect(disabled.map(([t]) => t)).toEqual(['tok1']);
    expect(disabled[0]![1][0]!.components[0]).toMatchObject({ custom_id: 'a2', disabled: true });
    now = 1_000;
    expiry.sweep();
    expiry.sweep();
    expect(disabled.map(([t]) => t)).toEqual(['tok1', 'tok2']);
    expect(expiry.size).toBe(0);
    expiry.clear();
  });

  it('keeps at most its capacity, forgetting the oldest', () => {
    const expiry = new ButtonExpiry({
      ttlMs: 60_000,
      capacity: 3,
      disable: async () => undefined,
      onError: () => undefined,
    });
    for (let i = 0; i < 10; i++) expiry.track(String(i), `t${i}`, row('x'));
    expect(expiry.size).toBe(3);
    expiry.clear();
  });
});

describe('InFlight', () => {
  it('drains when work settles, or returns what is left when the time is up', async () => {
    const inFlight = new InFlight<string>();
    let finish!: () => void;
    inFlight.track('a', 'quick', new Promise<void>((r) => (finish = r)));
    inFlight.track('b', 'stuck', new Promise(() => undefined));
    inFlight.track('c', 'failing', Promise.reject(new Error('x')));
    finish();
    expect(await inFlight.drain(50)).toEqual(['stuck']);
    const empty = new InFlight<string>();
    expect(await empty.drain(10_000)).toEqual([]);
  });
});
