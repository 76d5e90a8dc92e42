import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/corpus/read-blocks.js';

const none = new Set<string>();

describe('readBlocks: byline and date rules, in their order', () => {
  it('reads a byline, then the date line under it, and keeps the body', () => {
    const read = readBlocks(
      ['Ferry timetable changes', 'By Ana Ruiz\n4 March 2023', 'The ferry will run hourly.'],
      none,
    );
    expect(read.author).toBe('Ana Ruiz');
    expect(read.dateline).toBe('2023-03-04');
    expect(read.kept).toEqual(['Ferry timetable changes', 'The ferry will run hourly.']);
    expect(read.dropped.map((line) => line.reason)).toEqual(['byline', 'dateline']);
  });

  it("takes a correction's date as the correction's, never the publication's", () => {
    const read = readBlocks(
      ['Correction', '9 May 2023', 'The mill closed in 1902, not 1920.', '2 May 2023'],
      none,
    );
    // The date after the correction's is the article's own.
    expect(read.dateline).toBe('2023-05-02');
    expect(read.dropped.map((line) => line.reason)).toEqual([
      'correction notice label',
      'correction date',
      'dateline',
    ]);
  });

  it('takes a bare name as the author only under the headline with a date line after it', () => {
    const dated = readBlocks(['Pier reopens after repairs', 'Ina Voss\nMonday, 6 May 2024'], none);
    expect(dated.author).toBe('Ina Voss');
    expect(dated.dateline).toBe('2024-05-06');
    const undated = readBlocks(
      ['Pier reopens after repairs', 'Ina Voss\nThe pier reopened.'],
      none,
    );
    expect(undated.author).toBeNull();
    expect(undated.kept).toContain('Ina Voss The pier reopened.');
  });

  it("reads a wire dateline's outlet and date, keeping the sentence after its dash", () => {
    const read = readBlocks(
      ['Lakeside, March 3, 2024 (Lakeside Courier) - The dam held overnight.'],
      none,
    );
    expect(read.outlets).toEqual(['Lakeside Courier']);
    expect(read.dateline).toBe('2024-03-03');
    expect(read.kept).toEqual(['The dam held overnight.']);
  });
});
