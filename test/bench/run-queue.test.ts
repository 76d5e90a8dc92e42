import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRunQueueClock, runQueueWaitOf } from '../../bench/run-queue.js';

const bytes = (text: string) => Buffer.from(text);

describe('runQueueWaitOf', () => {
  it('reads the second of schedstat’s three fields', () => {
    expect(runQueueWaitOf(bytes('237161 123745 2\n'), 16)).toBe(123745);
    expect(runQueueWaitOf(bytes('5 0 1'), 5)).toBe(0);
  });

  it('reads only the given length', () => {
    expect(runQueueWaitOf(bytes('1 22 3\n999'), 7)).toBe(22);
  });

  it('refuses what is not three unsigned integers', () => {
    expect(runQueueWaitOf(bytes('1 2\n'), 4)).toBeNull();
    expect(runQueueWaitOf(bytes('1 -2 3\n'), 7)).toBeNull();
    expect(runQueueWaitOf(bytes('1  2 3\n'), 7)).toBeNull();
    expect(runQueueWaitOf(bytes(''), 0)).toBeNull();
  });
});

describe('openRunQueueClock', () => {
  it('reads the wait from the file, again on every call', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'schedstat-')), 'schedstat');
    writeFileSync(file, '10 20 3\n');
    const clock = openRunQueueClock(file);
    expect(clock?.waitNs()).toBe(20);
    writeFileSync(file, '11 25 4\n');
    expect(clock?.waitNs()).toBe(25);
    clock?.close();
  });

  it('is null where the file is missing or says something else', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'schedstat-'));
    expect(openRunQueueClock(path.join(dir, 'missing'))).toBeNull();
    writeFileSync(path.join(dir, 'other'), 'not a schedstat line\n');
    expect(openRunQueueClock(path.join(dir, 'other'))).toBeNull();
  });
});
