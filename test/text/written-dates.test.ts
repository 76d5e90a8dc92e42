/**
 * Dates written out (text/written-dates.ts) make their formatter on first use: the first one a
 * process makes loads locale data, so importing what writes dates (a source line's renderer, the
 * reading of a question's Discord timestamps) makes none, and a first answer that writes no date
 * never pays for one. Formatters made are counted by a stand-in for `Intl.DateTimeFormat`.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';

describe('writing dates out', () => {
  const original = Intl.DateTimeFormat;
  afterAll(() => {
    Intl.DateTimeFormat = original;
    vi.resetModules();
  });

  it('makes no formatter when imported, one per form on first use, and writes British English', async () => {
    let made = 0;
    Intl.DateTimeFormat = class extends original {
      constructor(...args: ConstructorParameters<typeof original>) {
        super(...args);
        made += 1;
      }
    } as typeof Intl.DateTimeFormat;
    // Test files share a worker's modules: these are read afresh, with the stand-in in place.
    vi.resetModules();
    const { readableDate } = await import('../../src/framework/render/source.js');
    const { timestampDay } = await import('../../src/engine/question-timestamp.js');
    expect(made).toBe(0);
    expect(readableDate('2020-08-27')).toBe('27 August 2020');
    expect(readableDate('2020-08')).toBe('August 2020');
    expect(timestampDay(1741392000)).toBe('8 March 2025');
    expect(readableDate('2021-03-01')).toBe('1 March 2021');
    expect(made).toBe(2);
  });
});
