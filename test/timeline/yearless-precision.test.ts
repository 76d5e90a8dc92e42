/**
 * A quote is shown under a dated heading only if what it states agrees with the heading at the
 * heading's precision, and it says on itself what it does not state: the year ("year not
 * stated") or the day ("only the month stated"). Invented harbour articles: one dated, one with
 * no publication date and no year, telling the same events.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { formatTimelinePage, timelineJson } from '../../src/cli/timeline.js';
import { renderTimeline } from '../../src/framework/render/timeline.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { corpusOf } from './fixtures.js';

const article = (id: string, published: string | null, ...sentences: string[]) => ({
  id,
  published,
  paragraphs: sentences.map((s) => [s]),
});

const DATED = article(
  'gazette',
  '2021-03-01',
  'On August 27, 2020, the harbour board voted to close the north quay for dredging.',
  'In October 2020, the harbour board hired a dredging contractor for the north quay.',
);

/** Each quote as "heading | source | notes", in timeline order. */
function shown(events: TimelineEvent[]): string[] {
  return events.flatMap((e) =>
    e.quotes.map((q) => {
      const notes = [
        q.yearStated === false ? 'year not stated' : '',
        q.precision ? `${q.precision} only` : '',
      ].filter(Boolean);
      return `${e.date} | ${q.source.id}${notes.length > 0 ? ` | ${notes.join(', ')}` : ''}`;
    }),
  );
}

describe('yearless quotes join a dated entry only at their own precision', () => {
  it('"at the end of August" never joins a day: it keeps its own yearless August entry', () => {
    const events = buildTimeline(
      corpusOf(
        DATED,
        article(
          'notes',
          null,
          'At the end of August, the harbour board voted to close the north quay for dredging.',
        ),
      ),
    );
    expect(shown(events)).toEqual(['2020-08-27 | gazette', '2020-10 | gazette', '--08 | notes']);
    expect(events[2]).toMatchObject({ precision: 'month', yearStated: false });
  });

  it('"at the end of August" joins an August entry of the same event, marked year not stated', () => {
    const events = buildTimeline(
      corpusOf(
        article(
          'gazette',
          '2021-03-01',
          'In August 2020, the harbour board voted to close the north quay for dredging.',
        ),
        article(
          'notes',
          null,
          'At the end of August, the harbour board voted to close the north quay for dredging.',
        ),
      ),
    );
    expect(shown(events)).toEqual(['2020-08 | gazette', '2020-08 | notes | year not stated']);
  });

  it('"on August 27" joins the 2020-08-27 entry of the same event, marked year not stated', () => {
    const events = buildTimeline(
      corpusOf(
        DATED,
        article(
          'notes',
          null,
          'On August 27, the harbour board voted to close the north quay for dredging.',
        ),
      ),
    );
    expect(shown(events)).toEqual([
      '2020-08-27 | gazette',
      '2020-08-27 | notes | year not stated',
      '2020-10 | gazette',
    ]);
  });

  it('"in October" joins the October 2020 entry, never a day of October', () => {
    const events = buildTimeline(
      corpusOf(
        DATED,
        article(
          'notes',
          null,
          'In October, the harbour board hired a dredging contractor for the north quay.',
        ),
      ),
    );
    expect(shown(events)).toEqual([
      '2020-08-27 | gazette',
      '2020-10 | gazette',
      '2020-10 | notes | year not stated',
    ]);
    const dayOnly = buildTimeline(
      corpusOf(
        article(
          'gazette',
          '2021-03-01',
          'On October 12, 2020, the harbour board hired a dredging contractor for the north quay.',
        ),
        article(
          'notes',
          null,
          'In October, the harbour board hired a dredging contractor for the north quay.',
        ),
      ),
    );
    expect(shown(dayOnly)).toEqual(['2020-10-12 | gazette', '--10 | notes']);
  });

  it('a yearless range joins only an entry with the same range', () => {
    const events = buildTimeline(
      corpusOf(
        article(
          'gazette',
          '2021-03-01',
          'On June 3, 2020, the harbour board closed the north quay for dredging.',
        ),
        article(
          'notes',
          null,
          'From June 3 to June 7, the harbour board closed the north quay for dredging.',
        ),
      ),
    );
    expect(shown(events)).toEqual(['2020-06-03 | gazette', '--06-03 | notes']);
  });
});

describe('a dated quote less precise than its heading says so', () => {
  const events = buildTimeline(
    corpusOf(
      DATED,
      article(
        'herald',
        '2021-02-01',
        'In August 2020, the harbour board voted to close the north quay for dredging.',
      ),
      article(
        'notes',
        null,
        'On August 27, the harbour board voted to close the north quay for dredging.',
      ),
    ),
  );

  it('marks the month-only quote under a day heading, and the yearless one', () => {
    expect(shown(events)).toEqual([
      '2020-08-27 | gazette',
      '2020-08-27 | herald | month only',
      '2020-08-27 | notes | year not stated',
      '2020-10 | gazette',
    ]);
  });

  it('shows both marks in the CLI, in Discord and in --json', () => {
    const page = { events, total: events.length, offset: 0, limit: 10 };
    const text = formatTimelinePage(page);
    expect(text).toMatch(/In August 2020, .*” \(only the month stated\)\n/);
    expect(text).toMatch(/On August 27, .*” \(year not stated\)\n/);
    expect(text).toMatch(/On August 27, 2020, .*”\n/);
    const field = renderTimeline(page, {}).embeds?.[0]?.fields?.[0]?.value ?? '';
    expect(field.replace(/\\/g, '')).toContain('(only the month stated) “In August 2020');
    expect(field.replace(/\\/g, '')).toContain('(year not stated) “On August 27, the');
    const json = timelineJson(page) as { events: Array<{ quotes: object[] }> };
    expect(
      json.events[0]?.quotes.map((q) => ({ ...q, quote: undefined, source: undefined })),
    ).toEqual([
      { quote: undefined, source: undefined },
      { quote: undefined, source: undefined, precision: 'month' },
      { quote: undefined, source: undefined, yearStated: false },
    ]);
  });
});
