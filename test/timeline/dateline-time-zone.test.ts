/**
 * A dateline's date is the local date where the story was filed (AP Stylebook, "datelines"); a
 * stated time stamp is often in UTC or another zone ("2025-03-11T03:30:00Z" for a story filed at
 * 22:30 in New York on 10 March). One instant falls on local dates at most a day apart (UTC
 * offsets run from −12:00 to +14:00), so when the two differ by a day the story's "today"
 * counts from the dateline, as it does from a dateline's weekday (dateline-weekday.test.ts),
 * and nothing is dated a day off. A time stamp with its offset is read at its own calendar date
 * ("2025-03-10T23:30:00-05:00" is 10 March), never converted to UTC. The publication date shown
 * stays the one stated. Invented harbour articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filedDay, wireDatelineDate } from '../../src/corpus/dateline-day.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

const TODAY = 'The harbour at Kestrel Bay reopened today after the storm, the council said.';
const YESTERDAY = 'A fishing boat capsized off Gull Point yesterday, coastguards said.';
const header = (date: string) => `Title: Harbour reopens\nDate: ${date}\n\n`;
const story = `${TODAY}\n\n${YESTERDAY}\n`;
const UTC = '2025-03-11T03:30:00Z';

describe('filedDay', () => {
  it('places a dateline’s date up to six days before publication or one after', () => {
    expect(filedDay('2025-03-11', '--03-10')).toBe('2025-03-10');
    expect(filedDay('2025-03-11', '2025-03-10')).toBe('2025-03-10');
    expect(filedDay('2025-03-10', '2025-03-11')).toBe('2025-03-11');
    expect(filedDay('2025-03-11', '2025-03-05')).toBe('2025-03-05');
    // Across a year's end, a yearless day placed nearest publication.
    expect(filedDay('2026-01-01', '--12-31')).toBe('2025-12-31');
  });

  it('places nothing when the two agree, lie further apart, or one is no day', () => {
    expect(filedDay('2025-03-11', '2025-03-11')).toBeNull();
    expect(filedDay('2025-03-11', '2025-03-01')).toBeNull();
    expect(filedDay('2025-03-11', '2025-03-13')).toBeNull();
    expect(filedDay('2025-03', '--03-10')).toBeNull();
    expect(filedDay(null, '--03-10')).toBeNull();
    expect(filedDay('2025-03-11', null)).toBeNull();
  });

  it('reads the date of a dropped wire dateline, with or without its year', () => {
    const wire = (line: string) => [{ line, reason: 'wire dateline' }];
    expect(wireDatelineDate(wire('NEW YORK, March 10 (Reuters)'), null)).toBe('--03-10');
    expect(wireDatelineDate(wire('WASHINGTON, March 10, 2025'), null)).toBe('2025-03-10');
    expect(wireDatelineDate(wire('NEW YORK (AP)'), null)).toBeNull();
    expect(wireDatelineDate([{ line: 'March 9, 2025', reason: 'time stamp' }], null)).toBeNull();
  });
});

describe('"today" under a dateline a time zone from the time stamp', () => {
  let folder: string;
  let corpus: Corpus;
  beforeAll(async () => {
    folder = await writePlainCorpus({
      // Stated in UTC, filed in New York the evening before: the case to fix.
      'yearless.txt': `${header(UTC)}NEW YORK, March 10 (Reuters) — ${story}`,
      'full.txt': `${header(UTC)}WASHINGTON, March 10, 2025 (Reuters) — ${story}`,
      'rfc822.txt': `${header('Tue, 11 Mar 2025 03:30:00 GMT')}NEW YORK, March 10 (Reuters) — ${story}`,
      'stamp-line.txt': `Harbour reopens\n\nPublished March 11, 2025 03:30 UTC\n\nNEW YORK, March 10 (Reuters) — ${story}`,
      'page.html': `<html><head><meta property="article:published_time" content="${UTC}"><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>NEW YORK, March 10, 2025 (Reuters) — ${TODAY}</p><p>${YESTERDAY}</p></article></body></html>`,
      // Filed in Tokyo on 11 March, stamped in California on the 10th: a day after.
      'ahead.txt': `${header('2025-03-10T20:00:00-07:00')}TOKYO, March 11 (Reuters) — ${story}`,
      // A time stamp with its offset and no dateline: its own calendar date.
      'offset.txt': `${header('2025-03-10T23:30:00-05:00')}${story}`,
      // A dateline that agrees with the stamp, and one too far from it.
      'agrees.txt': `${header('2025-03-10T18:00:00Z')}NEW YORK, March 10 (Reuters) — ${story}`,
      'far.txt': `${header(UTC)}NEW YORK, March 1 (Reuters) — ${story}`,
    });
    corpus = await loadCorpus(folder);
  }, 60_000);
  afterAll(() => removeFolder(folder));

  const metaOf = (file: string) => corpus.articles.find((a) => a.meta.file === file)?.meta;
  const datesOf = (file: string, opening: string) => {
    const id = metaOf(file)?.id;
    return buildTimeline(corpus)
      .filter((e) => e.quotes.some((q) => q.source.id === id && q.quote.startsWith(opening)))
      .map((e) => e.date);
  };

  it.each(['yearless.txt', 'full.txt', 'rfc822.txt', 'stamp-line.txt', 'page.html'])(
    '%s: "today" is the dateline’s 10 March, the stated date stays 11 March',
    (file) => {
      expect(metaOf(file)).toMatchObject({ published: '2025-03-11', datelineDay: '2025-03-10' });
      expect(datesOf(file, 'The harbour')).toEqual(['2025-03-10']);
      expect(datesOf(file, 'A fishing boat')).toEqual(['2025-03-09']);
    },
  );

  it('counts from a dateline a day after the stamp', () => {
    expect(metaOf('ahead.txt')).toMatchObject({
      published: '2025-03-10',
      datelineDay: '2025-03-11',
    });
    expect(datesOf('ahead.txt', 'The harbour')).toEqual(['2025-03-11']);
  });

  it.each([
    ['offset.txt', '2025-03-10'],
    ['agrees.txt', '2025-03-10'],
    ['far.txt', '2025-03-11'],
  ])('%s: counts from the stated date, %s', (file, date) => {
    expect(metaOf(file)?.published).toBe(date);
    expect(metaOf(file)?.datelineDay).toBeUndefined();
    expect(datesOf(file, 'The harbour')).toEqual([date]);
  });
});
