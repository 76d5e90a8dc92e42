/**
 * "Over the following three months": a span of whole units counted from the narrative's date
 * (the date just read, in this or the previous sentence), from the unit after it. Only a date of
 * that unit gives one: which months follow "3 March" is in doubt. Invented harbour articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

const build = (published: string, ...sentences: string[]) =>
  buildTimelineDetailed(corpusOf({ published, paragraphs: [sentences] }));
const shown = (published: string, ...sentences: string[]) =>
  build(published, ...sentences).events.map(
    (e) => `${e.date}${e.end ? `/${e.end}` : ''}${e.future ? ' future' : ''}`,
  );

describe('the following units after the narrative date', () => {
  it('counts months from a month of the same sentence', () => {
    expect(
      shown(
        '2021-12-20',
        'The caissons will be floated in March and the harbour gates will be lifted over the following three months.',
      ),
    ).toEqual(['2022-03 future', '2022-04/2022-06 future']);
  });

  it('counts from the sentence before, and in years and days', () => {
    expect(
      shown(
        '2021-12-20',
        'The last caissons will be floated into position in March.',
        'The remaining harbour gates will be lifted over the following three months.',
      ),
    ).toEqual(['2022-03 future', '2022-04/2022-06 future']);
    expect(
      shown(
        '2023-05-02',
        'The ferry was repaired in 2019 and carried passengers over the following two years.',
      ),
    ).toEqual(['2019', '2020/2021']);
    expect(
      shown(
        '2023-05-02',
        'The quay reopened on 3 March 2023 and the crane was tested over the following three days.',
      ),
    ).toEqual(['2023-03-03', '2023-03-04/2023-03-06']);
  });

  it('is not dated from a date of another unit, or with no date before it', () => {
    const fromDay = build(
      '2023-05-02',
      'The quay reopened on 3 March 2023 and its gates were tested over the following three months.',
    );
    expect(fromDay.events.map((e) => e.date)).toEqual(['2023-03-03']);
    expect(fromDay.undated.map((u) => u.text)).toEqual(['the following three months']);
    expect(
      shown('2023-05-02', 'The harbour crane will be tested over the following three months.'),
    ).toEqual([]);
  });
});
