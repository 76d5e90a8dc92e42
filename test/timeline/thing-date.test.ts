/**
 * A date that names a thing ("the loan of 2019", "the 2019 budget") sets no year for the
 * sentences after it: a yearless date there is shown with its year not stated, while a year
 * dating the narrative's act ("repaid its loans in 2019") still gives its year to the month the
 * next sentence names. Invented articles, no publication date.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { namesThing } from '../../src/timeline/thing-date.js';
import { corpusOf } from './fixtures.js';

const shown = (...sentences: string[]) =>
  buildTimeline(corpusOf({ published: null, paragraphs: [sentences] })).map(
    (e) => `${e.date}${e.yearStated ? '' : ' no-year'}`,
  );

describe('a date naming a thing', () => {
  it('lends no year to the next sentence when it follows "of" after a noun', () => {
    expect(
      shown(
        'The council repaid the last of the loan of 2019 this week.',
        'On 7 March, the new treasurer took office.',
      ),
    ).toContain('--03-07 no-year');
  });

  it('lends no year when it modifies the noun after it', () => {
    expect(
      shown(
        'The council approved the 2019 budget after a long debate.',
        'In March, the treasurer resigned.',
      ),
    ).toEqual(['2019', '--03 no-year']);
  });

  it('still lends its year when it dates the act the narrative tells', () => {
    expect(
      shown('The council repaid its loans in 2019.', 'In March, the treasurer resigned.'),
    ).toEqual(['2019', '2019-03']);
  });

  it('lends its year within its own sentence', () => {
    expect(
      shown('The loan of 2019 was repaid on 7 March, the treasurer said.').some((d) =>
        d.startsWith('2019-03-07'),
      ),
    ).toBe(true);
  });
});

describe('namesThing', () => {
  const at = (sentence: string, date: string) => {
    const start = sentence.indexOf(date);
    return namesThing(sentence, start, start + date.length);
  };
  it('reads "of" after a noun not of time as naming a thing', () => {
    expect(at('Bonds of the funded loan of 1891 were called in.', '1891')).toBe(true);
    expect(at('The town has not felt like this since the flood of 1968.', '1968')).toBe(true);
  });
  it('reads "of" after a noun of time as the narrative\'s', () => {
    expect(at('By the end of 2021 the works were done.', '2021')).toBe(false);
    expect(at('In the first ten months of 1890 clearings rose.', '1890')).toBe(false);
  });
  it("reads a date dating the act as the narrative's", () => {
    expect(at('The council repaid its loans in 2019.', '2019')).toBe(false);
  });
});
