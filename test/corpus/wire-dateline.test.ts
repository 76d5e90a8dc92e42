import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { parseWireDateline } from '../../src/corpus/wire-dateline.js';
import type { Corpus } from '../../src/corpus/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

/** Invented openings of each kind: the dateline, what it states, and the sentence after it. */
const DATELINES: {
  kind: string;
  dateline: string;
  published: string | null;
  /** The day and month of a date without a year, `--MM-DD`; absent: none. */
  monthDay?: string;
  /** The weekday a dateline names alone, 0 (Sunday) to 6; absent: none. */
  weekday?: number;
  outlet: string | null;
  sentence: string;
}[] = [
  // PLACE, DATE (OUTLET) -
  {
    kind: 'place, date (outlet) -',
    dateline: 'Lakeside, March 3, 2024 (Lakeside Courier)',
    published: '2024-03-03',
    outlet: 'Lakeside Courier',
    sentence: 'The Lakeside Marathon will return on October 6 after a break, organisers said.',
  },
  {
    kind: 'place, date (outlet) -',
    dateline: 'MARROWICK, Jan. 15, 2021 (Coastline Wire)',
    published: '2021-01-15',
    outlet: 'Coastline Wire',
    sentence: 'The port of Marrowick reopened to ferries on Thursday.',
  },
  {
    kind: 'place, date (outlet) -',
    dateline: 'Brenthaven, 4 May 2022 (Brenthaven Post)',
    published: '2022-05-04',
    outlet: 'Brenthaven Post',
    sentence: '"We will not close the school," the mayor said on Tuesday.',
  },
  // A press-release wire sets its name between slashes.
  {
    kind: 'PLACE, Region, date /WIRE/ --',
    dateline: 'KELLOW, Wales, March 4, 2026 /PRNewswire/',
    published: '2026-03-04',
    outlet: 'PRNewswire',
    sentence: 'Harbour Mining today confirmed that all 14 workers were safe.',
  },
  // Reuters style: the date without a year states no publication date.
  {
    kind: 'PLACE, month day (Reuters) -',
    dateline: 'LONDON, March 3 (Reuters)',
    published: null,
    monthDay: '--03-03',
    outlet: 'Reuters',
    sentence: 'Shares in the harbour operator rose 4 per cent on Monday.',
  },
  {
    kind: 'PLACE, month day (Reuters) -',
    dateline: 'OSLOVIK, Norway, Feb 9 (Reuters)',
    published: null,
    monthDay: '--02-09',
    outlet: 'Reuters',
    sentence: 'Norway’s fishing fleet stayed in port for a second day.',
  },
  // PLACE (OUTLET) —, AP style
  {
    kind: 'PLACE (outlet) —',
    dateline: 'WASHINGTON (AP)',
    published: null,
    outlet: 'AP',
    sentence: 'The Senate passed the bridge funding bill late on Friday.',
  },
  {
    kind: 'PLACE (outlet) —',
    dateline: 'Port Ellery (Ellery Gazette)',
    published: null,
    outlet: 'Ellery Gazette',
    sentence: 'Crews began repairs on the sea wall in 2023.',
  },
  {
    kind: 'PLACE (outlet) —',
    dateline: 'KYIV, Ukraine (AP)',
    published: null,
    outlet: 'AP',
    sentence: 'Power returned to most of the city by the evening.',
  },
  // PLACE, DATE —
  {
    kind: 'place, date —',
    dateline: 'Lakeside, March 3, 2024',
    published: '2024-03-03',
    outlet: null,
    sentence: 'The council approved the new library by seven votes to two.',
  },
  {
    kind: 'place, date —',
    dateline: 'NEW YORK, Dec. 18, 2020',
    published: '2020-12-18',
    outlet: null,
    sentence: 'Subway fares will rise in January, the transit authority said.',
  },
  {
    kind: 'place, date —',
    dateline: 'St. Aldric, 2024-05-04',
    published: '2024-05-04',
    outlet: null,
    sentence: '12 fishing boats were damaged in the storm.',
  },
  // PLACE in capitals alone
  {
    kind: 'PLACE —',
    dateline: 'MARROWICK',
    published: null,
    outlet: null,
    sentence: 'The council voted on Wednesday to sell the old ferry terminal.',
  },
  {
    kind: 'PLACE —',
    dateline: 'BIELSKO-BIAŁA',
    published: null,
    outlet: null,
    sentence: 'Workers at the bus depot ended their strike.',
  },
  {
    kind: 'PLACE —',
    dateline: 'NEW ORLEANS',
    published: null,
    outlet: null,
    sentence: 'The levee repairs will finish in June, engineers said.',
  },
];
const DASHES = [' - ', ' — ', ' – ', '—', ' -- '];

/** Openings that are sentences, not datelines: nothing may be taken off them. */
const NOT_DATELINES = [
  'Tanaka — who ran in 2019 — said the course was fast.',
  'Shares rose 3/8 - The index closed higher.',
  'Rates and/or fees - The council will decide.',
  'Mayor Ana Ruiz - The council will vote again, she said.',
  'Bielsko-Biała is a city in southern Poland.',
  'On March 3, 2024 - the day of the vote - turnout rose.',
  'The minister, Anna Nowak (Civic Platform) - who resigned - spoke.',
  'Lakeside — the town on the lake — will host the race.',
  'Kim Tanaka - Race Director',
  'Lakeside: the town on the lake will host the race.',
  'Correction, March 9, 2022: An earlier version of this story misstated the fare.',
  'Update: The council will vote again next week.',
  'UPDATE: The council will vote again next week.',
  "EDITOR'S NOTE: This story has been corrected.",
  'LONDON, 10:30 GMT — Shares rose.',
];

describe('parseWireDateline', () => {
  it.each(DATELINES.flatMap((row, i) => [{ ...row, dash: DASHES[i % DASHES.length] ?? ' - ' }]))(
    'reads $kind: "$dateline"',
    ({ dateline, published, monthDay, weekday, outlet, sentence, dash }) => {
      const paragraph = `${dateline}${dash}${sentence}`;
      const wire = parseWireDateline(paragraph);
      expect(wire).toEqual({
        dateline,
        published,
        monthDay: monthDay ?? null,
        weekday: weekday ?? null,
        outlet,
        end: paragraph.indexOf(sentence),
      });
    },
  );

  it.each(NOT_DATELINES)('leaves a sentence alone: "%s"', (paragraph) => {
    expect(parseWireDateline(paragraph)).toBeNull();
  });

  it.each([
    ['MARROWICK: The ferry terminal reopened on Monday.', 'MARROWICK'],
    ['LAKESIDE, March 3, 2024: The marathon returns.', 'LAKESIDE, March 3, 2024'],
  ])('reads a place set off by a colon as by a dash: "%s"', (paragraph, dateline) => {
    expect(parseWireDateline(paragraph)?.dateline ?? null).toBe(dateline);
  });
});

describe('a label before a colon: a place, or the story’s subject', () => {
  const story = (opening: string, ...more: string[]) =>
    ['Harbour news of the week', opening, ...more].join('\n\n');

  it.each([
    // Letters read one by one: no place's name.
    [story('NHS: Hospitals in the county are full, managers said.')],
    // An abbreviation the text writes in capitals again.
    [story('NATO: Ministers meet on Monday.', 'NATO allies will attend, officials said.')],
    // A common word the text writes in lower case.
    [story('POLICE: Officers closed the road on Monday.', 'The police said it would reopen.')],
  ])('keeps the label in the text: %j', (raw) => {
    const cleaned = cleanArticle(raw);
    expect(cleaned.text).toContain(raw.split('\n\n')[1]);
    expect(cleaned.dropped.map(({ reason }) => reason)).not.toContain('wire dateline');
  });

  it('drops a place the text writes in title case, or not at all', () => {
    for (const raw of [
      story('MARROWICK: The ferry terminal reopened on Monday.'),
      story('MARROWICK: The ferry terminal reopened.', 'Traders in Marrowick welcomed it.'),
    ]) {
      const cleaned = cleanArticle(raw);
      expect(cleaned.text).toContain('\n\nThe ferry terminal reopened');
      expect(cleaned.dropped).toContainEqual({ line: 'MARROWICK', reason: 'wire dateline' });
    }
  });
});

describe('cleanArticle with a wire dateline', () => {
  it.each(DATELINES)(
    'keeps the sentence after "$dateline" and drops the dateline',
    ({ dateline, published, monthDay, outlet, sentence }) => {
      const cleaned = cleanArticle(`Harbour news of the week\n\n${dateline} - ${sentence}`);
      expect(cleaned.text).toBe(`Harbour news of the week\n\n${sentence}`);
      expect(cleaned.dateline).toBe(published);
      expect(cleaned.datelineMonthDay).toBe(monthDay ?? null);
      expect(cleaned.outlet).toBe(outlet);
      expect(cleaned.dropped).toContainEqual({ line: dateline, reason: 'wire dateline' });
    },
  );

  it('reads a dateline only where the story opens, not further down', () => {
    const later = 'LONDON (Reuters) - Shares rose on Monday, traders said.';
    const cleaned = cleanArticle(`Ferry fares rise\n\nThe ferry company raised fares.\n\n${later}`);
    expect(cleaned.text).toContain(later);
    expect(cleaned.outlet).toBeNull();
  });

  it.each([
    'Correction: An earlier version of this article said the repair would cost £12m. The correct figure is £1.2m.',
    "Editor's note: This article has been updated with the council's response.",
  ])('reads the story’s dateline under a note on the story: "%s"', (note) => {
    const story = 'KELDER — Repairing the harbour wall would cost £1.2m, a report found.';
    const cleaned = cleanArticle(`Harbour repair bill put at £1.2m\n\n${note}\n\n${story}`);
    expect(cleaned.text).toBe(
      `Harbour repair bill put at £1.2m\n\n${note}\n\nRepairing the harbour wall would cost £1.2m, a report found.`,
    );
    expect(cleaned.dropped).toContainEqual({ line: 'KELDER', reason: 'wire dateline' });
    // The story's own first paragraph ends the top: a dateline under it stays text.
    const later = 'LONDON (Reuters) - Shares rose on Monday, traders said.';
    expect(cleanArticle(`Ferry fares rise\n\n${note}\n\n${story}\n\n${later}`).text).toContain(
      later,
    );
  });

  it('gives way to a date stated above it', () => {
    const cleaned = cleanArticle(
      'Marathon returns\n\nMarch 1, 2024\n\nLakeside, March 3, 2024 (Lakeside Courier) - The race returns.',
    );
    expect(cleaned.dateline).toBe('2024-03-01');
    expect(cleaned.text).toBe('Marathon returns\n\nThe race returns.');
  });
});

describe('a wire dateline in the corpus and the timeline', () => {
  let folder: string;
  let corpus: Corpus;
  beforeAll(async () => {
    folder = await writePlainCorpus({
      'marathon.txt':
        'MARATHON RETURNS AFTER A BREAK\n\nLakeside, March 3, 2024 (Lakeside Courier) - The Lakeside Marathon will return on October 6 after a four-year break, organisers said.\n\nAbout 3,000 runners are expected, the race director said.',
    });
    corpus = await loadCorpus(folder);
  });
  afterAll(() => removeFolder(folder));

  it('gives the article its outlet and date as stated', () => {
    const meta = corpus.articles[0]?.meta;
    expect(meta?.outlet).toBe('Lakeside Courier');
    expect(meta?.published).toBe('2024-03-03');
  });

  it("does not date the first sentence by the dateline's date", () => {
    const events = buildTimeline(corpus);
    expect(events.some((event) => event.date === '2024-03-03')).toBe(false);
    const october = events.find((event) => event.date === '2024-10-06');
    expect(october?.quotes[0]?.quote).toBe(
      'The Lakeside Marathon will return on October 6 after a four-year break, organisers said.',
    );
  });
});

describe('a dateline closed by its outlet’s bracket, or with a weekday after a bare place', () => {
  // The Reuters Handbook of Journalism: place, date, "(Reuters)", then the story; feeds often
  // drop the dash. AP and Reuters set a comma after the place; some papers do not.
  const sentence = 'The harbour reopened to ferries after the storm.';

  it.each([
    ['LONDON, Monday (Reuters)', ' ', { weekday: 1, outlet: 'Reuters' }],
    ['Harbury, Monday (Coast Radio)', ' ', { weekday: 1, outlet: 'Coast Radio' }],
    ['LONDON (Reuters)', ' ', { weekday: null, outlet: 'Reuters' }],
    ['PARIS, Tuesday', ': ', { weekday: 2, outlet: null }],
    ['BERLIN Monday', ' – ', { weekday: 1, outlet: null }],
    ['NEW YORK Tuesday', ' — ', { weekday: 2, outlet: null }],
  ])('reads "%s%s…"', (dateline, separator, stated) => {
    const paragraph = `${dateline}${separator}${sentence}`;
    expect(parseWireDateline(paragraph)).toEqual({
      dateline,
      published: null,
      monthDay: null,
      ...stated,
      end: paragraph.indexOf(sentence),
    });
  });

  it('reads the outlet’s bracket ending a line with a date, the story below', () => {
    const text = `LONDON, Monday (Reuters)\n\n${sentence}`;
    expect(parseWireDateline('LONDON, Monday (Reuters)', text)).toMatchObject({
      dateline: 'LONDON, Monday (Reuters)',
      weekday: 1,
    });
  });

  it.each([
    // A name and its initials, or an aside in brackets, before a sentence: no place.
    'Harbour Trust (HT) The trust met on Monday.',
    'Kestrel Bay Council (KBC) The council met on Monday.',
    'On Monday (local time) The council met.',
    // The bracket with no dash must be followed by the story's capital.
    'LONDON, Monday (Reuters) the harbour reopened.',
    // A weekday is no place; a label or letters read one by one are not either.
    'MONDAY: The council met.',
    'SUNDAY — The harbour reopened.',
    'UPDATE Monday – The harbour reopened.',
    'NHS Monday – Hospitals were full.',
    // In title case, words before a weekday are the sentence's.
    'Officials Monday – The harbour reopened.',
  ])('reads no dateline in "%s"', (paragraph) => {
    expect(parseWireDateline(paragraph)).toBeNull();
  });

  it.each([
    ['KESTREL BAY, Saturday', { weekday: 6, monthDay: null }],
    ['NEW YORK Tuesday', { weekday: 2, monthDay: null }],
    ['KESTREL BAY, Oct. 4', { weekday: null, monthDay: '--10-04' }],
  ])('reads "%s" alone on its line, no dash, the story below (AP datelines)', (line, stated) => {
    for (const text of [`${line}\n${sentence}`, `${line}\n\n${sentence}`]) {
      expect(parseWireDateline(line, text)).toEqual({
        dateline: line,
        published: null,
        outlet: null,
        ...stated,
        end: line.length,
      });
    }
  });

  it.each([
    // Alone on a line, title-case words, a place with no date, or a day alone are headings.
    'Kestrel Bay, Saturday',
    'KESTREL BAY',
    'SATURDAY',
    'UPDATE, Saturday',
  ])('reads no dateline in "%s" alone on its line', (line) => {
    expect(parseWireDateline(line, `${line}\n\n${sentence}`)).toBeNull();
  });

  it('reads no dateline alone on its line when no story follows', () => {
    expect(
      parseWireDateline('KESTREL BAY, Saturday', 'KESTREL BAY, Saturday\n\nhours: 9–5'),
    ).toBeNull();
  });

  it('reads no dateline in a masthead’s name and place alone on a line', () => {
    expect(
      parseWireDateline('THE HERALD (Harbury)', `THE HERALD (Harbury)\n\n${sentence}`),
    ).toBeNull();
  });
});

describe('a dateline dated by its weekday ("HARBURY, Sunday — …")', () => {
  const sentence = 'Firefighters worked through the night to contain a fire on Harbury Moor.';

  it.each(['HARBURY, Sunday', 'Harbury, Sunday', 'HARBURY, SUNDAY'])(
    'reads "%s" as the dateline, giving no publication date but its weekday',
    (dateline) => {
      expect(parseWireDateline(`${dateline} — ${sentence}`)).toMatchObject({
        dateline,
        published: null,
        weekday: 0,
        outlet: null,
      });
    },
  );

  it.each([
    'Harbury, Sunday — and the night after — was the worst of it.',
    'Sunday — the day the moor burned — began quietly.',
  ])('reads no dateline in "%s"', (paragraph) => {
    expect(parseWireDateline(paragraph)).toBeNull();
  });

  it('is taken off the story’s last paragraph though the text ends in a line break', () => {
    const cleaned = cleanArticle(`Moor fire spreads\n\nHARBURY, Sunday — ${sentence}\n`);
    expect(cleaned.text).toBe(`Moor fire spreads\n\n${sentence}`);
    expect(cleaned.dropped).toContainEqual({ line: 'HARBURY, Sunday', reason: 'wire dateline' });
  });
});

describe('a wire dateline with a day and month but no year', () => {
  const WIRE =
    'PORTMERE, May 15 (Northline News) - Dockers at Portmere agreed a deal with the port operator on Friday, ending a two-week overtime ban.';
  let folder: string;
  let corpus: Corpus;
  beforeAll(async () => {
    folder = await writePlainCorpus({
      'wire.txt': `Portmere dockers strike deal\n\n${WIRE}`,
      // A line dating the page gives the publication date; the yearless day is then not said.
      'dated.txt': `Portmere dockers strike deal\n\nPublished 15 May 2026\n\n${WIRE}`,
      'withheld.txt': `Portmere dockers strike deal\n\n${WIRE}`,
      'articles.json': JSON.stringify({ articles: [{ file: 'withheld.txt', published: null }] }),
    });
    corpus = await loadCorpus(folder);
  });
  afterAll(() => removeFolder(folder));
  const metaOf = (id: string) => corpus.articles.find((a) => a.meta.id === id)?.meta;

  it('states the day and month, the year unknown: no publication date is guessed', () => {
    expect(metaOf('wire')).toMatchObject({ published: null, publishedMonthDay: '--05-15' });
    expect(metaOf('dated')?.published).toBe('2026-05-15');
    expect(metaOf('dated')?.publishedMonthDay).toBeUndefined();
    // articles.json withholds the date: nothing the article states of it is used.
    expect(metaOf('withheld')?.published).toBeNull();
    expect(metaOf('withheld')?.publishedMonthDay).toBeUndefined();
  });

  it('anchors no year: "on Friday" of the yearless story dates no event', () => {
    const events = buildTimeline(corpus);
    const ofWire = events.filter((event) => event.quotes.some((q) => q.source.id === 'wire'));
    expect(ofWire).toEqual([]);
    // Dated, the same story's "Friday" is read.
    expect(events.some((event) => event.quotes.some((q) => q.source.id === 'dated'))).toBe(true);
  });
});

describe('a wire dateline with a date and agency but no place ("March 26 (MNA) -")', () => {
  const sentence = 'The ministry raised the ferry tariff by 4 per cent.';

  it.each([
    ['March 26 (Kestrel Wire)', ' - ', { monthDay: '--03-26', weekday: null }],
    ['26 March (KWA)', ' – ', { monthDay: '--03-26', weekday: null }],
    ['Tuesday (Coast Agency)', ' — ', { monthDay: null, weekday: 2 }],
    ['Tuesday (KWA)', ' ', { monthDay: null, weekday: 2 }],
  ])('reads "%s%s…": its agency and its day', (dateline, separator, stated) => {
    const paragraph = `${dateline}${separator}${sentence}`;
    expect(parseWireDateline(paragraph)).toEqual({
      dateline,
      published: null,
      outlet: /\(([^()]+)\)/u.exec(dateline)?.[1],
      ...stated,
      end: paragraph.indexOf(sentence),
    });
  });

  it('reads a full date and agency with no place as the publication date', () => {
    expect(parseWireDateline(`Jan. 4, 2024 (KWA) - ${sentence}`)).toMatchObject({
      published: '2024-01-04',
      outlet: 'KWA',
    });
  });

  it.each([
    // Without the agency's bracket a date and a dash open sentences.
    'Tuesday — the day the tariff rose — was quiet.',
    'March 26 - The ministry raised the tariff.',
    // The bracket must be followed by the story's capital.
    'March 26 (KWA) the ministry raised the tariff.',
    // An aside in lower case is no agency.
    'Tuesday (local time) — The ministry raised the tariff.',
  ])('reads no dateline in "%s"', (paragraph) => {
    expect(parseWireDateline(paragraph)).toBeNull();
  });

  it('reads no dateline in a date and bracket alone on a line (a heading’s)', () => {
    expect(parseWireDateline('March 26 (Updated)', `March 26 (Updated)\n\n${sentence}`)).toBeNull();
  });

  it('takes the dateline off the story and states its agency and day', () => {
    const cleaned = cleanArticle(`Ferry tariff rises\n\nMarch 26 (KWA) - ${sentence}`);
    expect(cleaned.text).toBe(`Ferry tariff rises\n\n${sentence}`);
    expect(cleaned.outlet).toBe('KWA');
    expect(cleaned.datelineMonthDay).toBe('--03-26');
    expect(cleaned.dropped).toContainEqual({ line: 'March 26 (KWA)', reason: 'wire dateline' });
  });
});
