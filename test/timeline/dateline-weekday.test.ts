/**
 * A dateline's weekday ("KESTREL BAY, Saturday (Coast Radio) — …") is the day the story speaks
 * from (AP Stylebook, "datelines"): where it falls in the six days before the stated
 * publication date, the story's "today" and "yesterday" count from it. The dateline may end in
 * a dash, a colon, or the outlet's bracket alone (Reuters style without the dash), and a place
 * in capitals may stand before its weekday without a comma. The day is only the timeline's
 * "today": the article's publication date, in its source line and everywhere a source is
 * shown, is the one it states. Invented articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datelineDay } from '../../src/corpus/dateline-day.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import type { Engine } from '../../src/engine/types.js';
import { sourceLine } from '../../src/framework/render/source.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { plainCorpusEngine, removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

const TODAY = 'The harbour at Kestrel Bay reopened today after the storm, the council said.';
const YESTERDAY = 'A fishing boat capsized off Gull Point yesterday, coastguards said.';
const header = (date: string) =>
  ['Title: Harbour reopens', 'Author: Ana Reyes', `Date: ${date}`].join('\n');
const story = (dateline: string) => `${dateline} — ${TODAY}\n\n${YESTERDAY}\n`;

describe('datelineDay', () => {
  it('places a weekday in the six days before publication', () => {
    expect(datelineDay('2025-10-05', 6)).toBe('2025-10-04'); // Sunday → Saturday
    expect(datelineDay('2025-10-05', 1)).toBe('2025-09-29'); // Sunday → Monday before
    expect(datelineDay('2025-10-01', 2)).toBe('2025-09-30'); // across a month's end
  });

  it('places nothing on the publication’s own weekday, without a day, or without a weekday', () => {
    expect(datelineDay('2025-10-05', 0)).toBeNull();
    expect(datelineDay('2025-10', 6)).toBeNull();
    expect(datelineDay(null, 6)).toBeNull();
    expect(datelineDay('2025-10-05', null)).toBeNull();
  });
});

describe('deictic dates under a dateline’s weekday', () => {
  let folder: string;
  let corpus: Corpus;
  beforeAll(async () => {
    folder = await writePlainCorpus({
      // Published Sunday 5 October 2025, filed Saturday: the case found.
      'saturday.txt': `${header('5 October 2025')}\n\n${story('KESTREL BAY, Saturday (Coast Radio)')}`,
      // The same in Markdown, the dateline in capitals without an outlet.
      'saturday-md.md': `# Harbour reopens\n\nPublished: 5 October 2025\n\n${story('KESTREL BAY, Saturday')}`,
      // The dateline's weekday is the publication's own: nothing changes.
      'sunday.txt': `${header('5 October 2025')}\n\n${story('KESTREL BAY, Sunday (Coast Radio)')}`,
      // No dateline: nothing changes.
      'plain.txt': `${header('5 October 2025')}\n\n${story('').slice(3)}`,
      // A wire dateline with a date and the outlet in brackets: its date is the publication's.
      'wire.txt': `Harbour reopens\n\n${story('KESTREL BAY, Oct. 5, 2025 (Coast Radio)')}`,
      // No stated publication date: the weekday cannot be placed.
      'undated.txt': `Harbour reopens\n\n${story('KESTREL BAY, Saturday (Coast Radio)')}`,
      // The outlet's bracket ends the dateline without a dash (Reuters style, dash dropped).
      'bracket.txt': `${header('5 October 2025')}\n\nKESTREL BAY, Saturday (Coast Radio) ${TODAY}\n\n${YESTERDAY}\n`,
      // A colon after the weekday.
      'colon.txt': `${header('5 October 2025')}\n\nKESTREL BAY, Saturday: ${TODAY}\n\n${YESTERDAY}\n`,
      // The place in capitals and its weekday without a comma.
      'no-comma.txt': `${header('5 October 2025')}\n\n${story('KESTREL BAY Saturday')}`,
      // The dateline alone on its line, no dash: the line break ends it (story below, or in
      // the next paragraph).
      'own-line.txt': `${header('5 October 2025')}\n\nKESTREL BAY, Saturday\n${TODAY}\n\n${YESTERDAY}\n`,
      'own-paragraph.txt': `${header('5 October 2025')}\n\nKESTREL BAY, Saturday\n\n${TODAY}\n\n${YESTERDAY}\n`,
      // Alone on its line, a place in title case and a day is a heading's words, not read.
      'title-case-line.txt': `${header('5 October 2025')}\n\nKestrel Bay, Saturday\n\n${TODAY}\n\n${YESTERDAY}\n`,
      // Near misses: a day's label over the story, and a name with its initials in brackets.
      'day-label.txt': `${header('5 October 2025')}\n\nSATURDAY: ${TODAY}\n\n${YESTERDAY}\n`,
      'initials.txt': `${header('5 October 2025')}\n\nKestrel Bay Council (KBC) ${TODAY}\n\n${YESTERDAY}\n`,
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

  it.each([
    'saturday.txt',
    'saturday-md.md',
    'bracket.txt',
    'colon.txt',
    'no-comma.txt',
    'own-line.txt',
    'own-paragraph.txt',
  ])('%s: "today" is the dateline’s Saturday and "yesterday" the Friday before', (file) => {
    expect(metaOf(file)).toMatchObject({ published: '2025-10-05', datelineDay: '2025-10-04' });
    expect(datesOf(file, 'The harbour')).toEqual(['2025-10-04']);
    expect(datesOf(file, 'A fishing boat')).toEqual(['2025-10-03']);
  });

  it('keeps the story’s first words after a dateline closed by the bracket alone', () => {
    const text = corpus.articles.find((a) => a.meta.file === 'bracket.txt')?.text ?? '';
    expect(text).toContain(TODAY);
    expect(text).not.toContain('KESTREL BAY');
  });

  it.each(['sunday.txt', 'plain.txt', 'wire.txt'])(
    '%s: counts from the publication date',
    (file) => {
      expect(metaOf(file)?.published).toBe('2025-10-05');
      expect(metaOf(file)?.datelineDay).toBeUndefined();
      expect(datesOf(file, 'The harbour')).toEqual(['2025-10-05']);
      expect(datesOf(file, 'A fishing boat')).toEqual(['2025-10-04']);
    },
  );

  it('drops a dateline alone on its line and keeps the story below it', () => {
    for (const file of ['own-line.txt', 'own-paragraph.txt']) {
      const text = corpus.articles.find((a) => a.meta.file === file)?.text ?? '';
      expect(text).toContain(TODAY);
      expect(text).not.toContain('KESTREL BAY');
    }
  });

  it.each([
    ['title-case-line.txt', 'Kestrel Bay, Saturday'],
    ['day-label.txt', `SATURDAY: ${TODAY}`],
    ['initials.txt', `Kestrel Bay Council (KBC) ${TODAY}`],
  ])('%s: reads no dateline, and keeps the words', (file, opening) => {
    expect(metaOf(file)?.datelineDay).toBeUndefined();
    expect(corpus.articles.find((a) => a.meta.file === file)?.text).toContain(opening);
  });

  it('places no weekday without a stated publication date', () => {
    expect(metaOf('undated.txt')).toMatchObject({ published: null });
    expect(metaOf('undated.txt')?.datelineDay).toBeUndefined();
    expect(datesOf('undated.txt', 'The harbour')).toEqual([]);
  });
});

describe('the dateline’s day is no publication date', () => {
  let engine: Engine;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ engine, cleanup } = await plainCorpusEngine({
      'saturday.txt': `${header('5 October 2025')}\n\n${story('KESTREL BAY, Saturday (Coast Radio)')}`,
      'undated.txt': `Harbour reopens\n\n${story('KESTREL BAY, Saturday (Coast Radio)')}`,
    }));
  }, 60_000);
  afterAll(() => cleanup());

  const sourceOf = (file: string) => engine.sources().find((s) => s.file === file)!;

  it('shows the stated publication date in the source list and its line', () => {
    const source = sourceOf('saturday.txt');
    expect(source.published).toBe('2025-10-05');
    expect(JSON.stringify(source)).not.toContain('2025-10-04');
    expect(sourceLine(source)).toContain('5 October 2025');
  });

  it('shows no date for an article that states none, whatever its dateline’s weekday', () => {
    const source = sourceOf('undated.txt');
    expect(source.published).toBeNull();
    expect(source.publishedMonthDay).toBeUndefined();
    expect(sourceLine(source)).toContain('date not stated');
  });

  it('cites the stated date beside the quotes the dateline’s day dates', () => {
    const today = engine.timeline({}).events.find((e) => e.date === '2025-10-04');
    expect(today?.quotes.map((q) => q.source.published)).toEqual(['2025-10-05']);
  });
});
