import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

const one = (id: string, published: string | null, ...sentences: string[]) => ({
  id,
  published,
  paragraphs: sentences.map((s) => [s]),
});

describe('merging across articles', () => {
  it('makes one entry citing every article that dates the same event, each with its own quote', () => {
    const events = buildTimeline(
      corpusOf(
        one(
          'mt',
          '2020-12-18',
          'On Aug. 27, Russian President Vladimir Putin announced that Russia had formed a reserve of officers.',
        ),
        one(
          'dw',
          '2020-08-27',
          'Russian President Vladimir Putin on Thursday said he had been asked to set up a reserve police force.',
        ),
      ),
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.date).toBe('2020-08-27');
    expect(events[0]?.quotes.map((q) => q.source.id)).toEqual(['mt', 'dw']);
  });

  it('dates no entry by the outlet\'s own report "of" a day, and joins nothing to what happened then', () => {
    const events = buildTimeline(
      corpusOf(
        one('a', '2026-06-05', 'Four fishing boats sank off Kellport on June 4 as a storm hit.'),
        one(
          'b',
          '2026-06-09',
          'An earlier version of our report of 4 June said five boats sank off Kellport.',
        ),
      ),
    );
    // "our report of 4 June": when the coverage appeared, no event (earlier-report.ts).
    expect(events.map((e) => [e.date, e.quotes.map((q) => q.source.id)])).toEqual([
      ['2026-06-04', ['a']],
    ]);
  });

  it('quotes a sentence an article repeats word for word once, and other articles beside it', () => {
    const repeated =
      'The ferry pier at Olvik will not reopen until autumn 2026, the harbour board said.';
    const events = buildTimeline(
      corpusOf(
        one(
          'hb',
          '2026-01-20',
          repeated,
          'Crews are still pumping silt from the slipway.',
          repeated,
        ),
        one('ow', '2026-01-22', repeated),
      ),
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.quotes.map((q) => q.source.id)).toEqual(['hb', 'ow']);
  });

  it('shows a yearless sentence an article repeats word for word once', () => {
    const repeated = 'The ferry pier at Olvik reopened on 4 March, the harbour board said.';
    const events = buildTimeline(
      corpusOf(
        one('hb', null, repeated, 'Crews are still pumping silt from the slipway.', repeated),
      ),
    );
    expect(events.map((e) => [e.date, e.quotes.length])).toEqual([['--03-04', 1]]);
  });

  it('keeps different events of the same day apart, and joins each quote to its own event', () => {
    const events = buildTimeline(
      corpusOf(
        one(
          'mt',
          '2020-12-18',
          'On Aug. 27, Russian President Vladimir Putin announced that Russia had formed a reserve of officers.',
        ),
        one(
          'dw',
          '2020-08-27',
          'Russian President Vladimir Putin on Thursday said he had been asked to set up a reserve police force.',
          'Political activist Maria Kolesnikova on Thursday became the latest opposition figure to be questioned.',
          'European Union foreign ministers met in Berlin on Thursday to discuss sanctions against Minsk.',
        ),
      ),
    );
    expect(events.map((e) => e.quotes.map((q) => q.source.id).join('+'))).toEqual([
      'mt+dw',
      'dw',
      'dw',
    ]);
    expect(events.every((e) => e.date === '2020-08-27')).toBe(true);
  });

  it('joins a month one article gives to a day inside it that another gives', () => {
    const events = buildTimeline(
      corpusOf(
        one(
          'pl',
          null,
          'In November 2020, the Belarusian Interior Ministry and the Rosgvardiya signed a cooperation agreement.',
        ),
        one(
          'mt',
          '2020-12-18',
          'The cooperation agreement between the Rosgvardiya and the ministry was signed in Minsk on Nov. 19, 2020.',
        ),
      ),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2020-11-19', precision: 'day' });
    expect(events[0]?.quotes.map((q) => q.source.id)).toEqual(['pl', 'mt']);
  });

  it('does not join quotes that share a date but no wording', () => {
    const events = buildTimeline(
      corpusOf(
        one(
          'a',
          '2020-12-18',
          'The agreement was signed in Minsk on Nov. 19, 2020 by the interior ministry.',
        ),
        one(
          'b',
          '2020-12-01',
          'Football fans celebrated the championship title on Nov. 19, 2020 in Barcelona.',
        ),
      ),
    );
    expect(events).toHaveLength(2);
  });

  it('keeps two events one article dates alike apart ("Another agreement was signed in September")', () => {
    const events = buildTimeline(
      corpusOf({
        id: 'pl',
        published: null,
        paragraphs: [
          [
            'In June 2021, the services signed a first agreement.',
            'Finally, the agreement was signed in September in Sochi.',
          ],
          [
            'Another agreement was signed in September in Sochi during the College of the Border Committee.',
          ],
        ],
      }),
    );
    expect(events.filter((e) => e.date === '2021-09')).toHaveLength(2);
  });

  it('lists entries chronologically, a coarser date before a finer one starting the same day', () => {
    const events = buildTimeline(
      corpusOf(
        one(
          'a',
          null,
          'The talks collapsed on 3 March 2021 after a long night.',
          'Minsk and Moscow signed several new treaties in 2021.',
        ),
        one(
          'b',
          null,
          'Protesters filled the streets of the capital in March 2021.',
          'Lukashenka has run the country since 1994 without a break.',
        ),
      ),
    );
    expect(events.map((e) => `${e.date} ${e.precision}`)).toEqual([
      '1994 year',
      '2021 year',
      '2021-03 month',
      '2021-03-03 day',
    ]);
  });
});
