import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { evaluateTimeline } from '../eval/timeline-eval.js';
import type { TimelineGold } from '../eval/timeline-eval.js';

let corpus: Corpus;
let events: TimelineEvent[];

beforeAll(async () => {
  corpus = await loadCorpus('corpus');
  events = buildTimeline(corpus);
});

const sourcesOn = (date: string) =>
  events.filter((e) => e.date === date).map((e) => e.quotes.map((q) => q.source.id.slice(0, 3)));

describe('timeline of the bundled corpus', () => {
  it('quotes only verbatim spans of the cleaned articles, at their offsets', () => {
    const byId = new Map(corpus.articles.map((a) => [a.meta.id, a]));
    const quotes = events.flatMap((e) => e.quotes);
    expect(quotes.length).toBeGreaterThan(10);
    for (const quote of quotes) {
      expect(byId.get(quote.source.id)?.text.slice(quote.start, quote.end)).toBe(quote.quote);
    }
  });

  it('dates the cooperation agreement 2020-11-19 from two articles, one giving only the month', () => {
    expect(sourcesOn('2020-11-19')).toEqual([['000', '003']]);
    const quotes = events.find((e) => e.date === '2020-11-19')?.quotes ?? [];
    expect(quotes.map((q) => q.precision)).toEqual([undefined, 'month']);
    expect(events.some((e) => e.date === '2020-11')).toBe(false);
  });

  it('dates Putin’s reserve 2020-08-27 from the article that says "Aug. 27" and the one that says "on Thursday"', () => {
    expect(sourcesOn('2020-08-27')[0]).toEqual(['000', '004']);
    expect(sourcesOn('2020-08-27').slice(1)).toEqual([['004'], ['004'], ['004']]);
  });

  it('keeps 001’s "At the end of August" and 002’s "In late August" off the 27th: they state neither day nor year', () => {
    const august = events.filter((e) => e.date === '--08');
    expect(august.every((e) => e.precision === 'month' && !e.yearStated)).toBe(true);
    const quoted = august.flatMap((e) => e.quotes.map((q) => q.quote));
    expect(quoted.some((q) => q.startsWith('At the end of August, Putin'))).toBe(true);
    expect(quoted.some((q) => q.startsWith('In late August, Vladimir Putin'))).toBe(true);
  });

  it('adds the yearless "In Sochi on September 14" to the Sochi meeting that another article dates, marked year not stated', () => {
    expect(sourcesOn('2020-09-14')).toEqual([['000', '001']]);
    const quotes = events.find((e) => e.date === '2020-09-14')?.quotes ?? [];
    expect(quotes.map((q) => q.yearStated)).toEqual([undefined, false]);
  });

  it('keeps 001’s yearless "In October, … Mishustin tasked officials" off 000’s "ordered negotiations": two verbs, no synonyms, are two acts', () => {
    expect(sourcesOn('2020-10')).toEqual([['000']]);
    const entry = events.find((e) => e.quotes.some((q) => q.quote.includes('Mishustin tasked')));
    expect(entry).toMatchObject({ date: '--10', yearStated: false });
  });

  it('does not date what only an article without a publication date gives without a year', () => {
    for (const date of ['2016-12-17', '2016-09-14', '2016-10', '2016-12-18', '2016-11-19']) {
      expect(events.map((e) => e.date)).not.toContain(date);
    }
    expect(
      events.flatMap((e) => e.quotes).some((q) => /June 12, 2019|march weekly/.test(q.quote)),
    ).toBe(false);
  });

  it('shows "The European Union on December 17 imposed…" with its year marked as not stated', () => {
    const entry = events.find((e) =>
      e.quotes.some((q) => q.quote.startsWith('The European Union on December 17')),
    );
    expect(entry).toMatchObject({ date: '--12-17', precision: 'day', yearStated: false });
    // Entries without a year come after every dated one.
    expect(events.findIndex((e) => !e.yearStated)).toBe(events.filter((e) => e.yearStated).length);
  });

  it('meets the target on the gold timeline: recall at least 0.9 and no wrong dates', async () => {
    const gold = JSON.parse(await readFile('test/eval/timeline-gold.json', 'utf8')) as TimelineGold;
    const result = evaluateTimeline(events, gold);
    expect(result.wrong).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.matched).toBe(result.gold);
  });
});
