import { describe, expect, it } from 'vitest';
import { savedFactDates } from '../../src/search/select/fact-analysis.js';
import {
  calendarDayNumbers,
  isTimed,
  passageTime,
  resolvedDays,
  resolvedDaysAt,
  sameTime,
  savedDatesOf,
  type SavedMention,
} from '../../src/search/select/fact-resolved-time.js';
import { withLengthsInOneUnit } from '../../src/search/select/fact-lengths.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { packSentenceDates, SentenceDates } from '../../src/search/sentence-dates.js';
import { sentenceCorpus } from '../support/sentence-corpus.js';
import { dayNumber } from '../../src/text/calendar.js';

/** `value` as an index file holds it: written as JSON and read back. */
const saved = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const TIMED = [
  'Councillors approved the plan last night.',
  'The committee voted on Tuesday, and will meet again next month.',
  '"We found it this morning," she said on Friday.',
  'The office is busy on Thursday.',
  'Sales fell this year, after a rise in the spring of 2024.',
  'The road reopened yesterday for the first time since 12 March.',
  'The ferry was delayed for 90 minutes last weekend.',
];

describe("each sentence's dates as saved", () => {
  it('reads none for a sentence that states no time counted from publication', () => {
    expect(savedDatesOf('The council approved the plan on 4 November 2025.')).toEqual([]);
    expect(savedDatesOf('Councillors approved the plan.')).toEqual([]);
    expect(savedDatesOf(TIMED[0]!)).toHaveLength(1);
  });

  it('resolve as the text read afresh does, after a round trip through JSON', () => {
    for (const text of TIMED) {
      const fresh = passageTime(text);
      const loaded = passageTime(text, saved(savedDatesOf(text)));
      for (const published of ['2025-11-06', '2025-11', null]) {
        expect(resolvedDays(loaded, published), `${text} ${published}`).toEqual(
          resolvedDays(fresh, published),
        );
        expect(resolvedDaysAt(loaded, published)).toEqual(resolvedDaysAt(fresh, published));
        expect(calendarDayNumbers(loaded, published)).toEqual(calendarDayNumbers(fresh, published));
      }
      expect(isTimed(loaded)).toBe(isTimed(fresh));
      for (const other of TIMED)
        expect(sameTime(loaded, passageTime(other), '2025-11-06', '2025-11-05')).toBe(
          sameTime(fresh, passageTime(other), '2025-11-06', '2025-11-05'),
        );
    }
  });

  it('give the calendar days a passage states, as the text read afresh does', () => {
    const text = TIMED[5]!;
    const [days] = [calendarDayNumbers(passageTime(text, saved(savedDatesOf(text))), '2025-11-06')];
    expect(days).toEqual([dayNumber(2025, 3, 12)]);
    // Saved dates hold none of a text stating no time counted from publication: its calendar
    // days are read from its words.
    expect(savedDatesOf('The road closed on 12 March.')).toEqual([]);
    expect(
      calendarDayNumbers(passageTime('The road closed on 12 March.', []), '2025-11-06'),
    ).toEqual(days);
  });

  it('are what a passage is given, not read again: saved dates are used as they stand', () => {
    // A saved reading that differs from the text's shows which one resolves.
    const text = TIMED[0]!;
    expect(resolvedDays(passageTime(text, []), '2025-11-05')).toBeNull();
    expect(resolvedDays(passageTime(text), '2025-11-05')).not.toBeNull();
  });

  it('round-trip through JSON, only the sentences with dates kept', () => {
    const perSentence = ['The board met.', TIMED[0]!, 'No time here.', TIMED[1]!].map(savedDatesOf);
    const packed = saved(packSentenceDates(perSentence.length, (s) => perSentence[s]!));
    expect(packed.mentions).toHaveLength(2);
    const dates = SentenceDates.unpack(packed, perSentence.length);
    expect(perSentence.map((_, s) => dates.of(s))).toEqual(saved(perSentence));
    expect(dates.of(-1)).toEqual([]);
  });

  it('refuses a saved form naming a sentence outside the corpus, or malformed', () => {
    const packed = packSentenceDates(2, (s) => (s === 1 ? savedDatesOf(TIMED[0]!) : []));
    expect(() => SentenceDates.unpack(packed, 1)).toThrow(
      'index: sentence 1 of the sentence dates is not in the corpus',
    );
    expect(() => SentenceDates.unpack({ ...packed, mentions: [] }, 2)).toThrow(
      'index: the sentence dates are malformed',
    );
    expect(() => SentenceDates.unpack({ sentences: packed.sentences } as typeof packed, 2)).toThrow(
      'index: the sentence dates are malformed',
    );
  });

  it('are what the same-fact check reads of each sentence, saved by the search index and loaded back', () => {
    const texts = [
      'Marta Olsen watched from the quay.',
      'The 54-year-old told reporters on Tuesday she saw the ferry capsize.',
      'The ferry was delayed for 90 minutes last weekend.',
      'The ferry sank in 1994.',
    ];
    const corpus = sentenceCorpus('Ferry', texts, '2025-11-06');
    const loaded = SearchIndex.load(corpus, saved(SearchIndex.build(corpus, []).toJSON()));
    const { datesOf } = loaded.rank('ferry capsize').select;
    const read = texts.map((_, s) => datesOf?.(s) ?? null);
    // The second is compared as "Marta Olsen, 54, told reporters on Tuesday …"
    // (fact-described-person.ts): its saved offsets are that text's.
    const described = withLengthsInOneUnit(
      'Marta Olsen, 54, told reporters on Tuesday she saw the ferry capsize.',
    );
    expect(read).toEqual(
      saved([[], savedFactDates(described), savedFactDates(texts[2]!), []] as SavedMention[][]),
    );
    const [[tuesday]] = read[1] as [SavedMention];
    expect(described.slice(tuesday.start, tuesday.end)).toMatch(/Tuesday/);
    // Building an index loads WordNet and the lexicon: well over the default 20 s under load.
  }, 120_000);
});
