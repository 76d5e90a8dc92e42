/**
 * An event told with a pronoun as its subject ("It closes on 17 April.") names what it tells of
 * only through the sentence before it: it is an event however few its own words, and it is
 * quoted with that sentence, never alone; at a paragraph's start it leans on nothing. Invented
 * articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

const PUBLISHED = '2026-03-02';
const OPENED = 'The council has opened a consultation on the ferry fare rise.';

/** The timeline's entries as "date: quote" for one article of `paragraphs` (sentence lists). */
function entries(...paragraphs: string[][]): string[] {
  return buildTimeline(corpusOf({ published: PUBLISHED, paragraphs })).map(
    (e) => `${e.date}: ${e.quotes.map((q) => q.quote).join(' | ')}`,
  );
}

describe('a dated sentence whose subject is a pronoun', () => {
  it.each(['It closes on 17 April.', 'It will close on 17 April.'])(
    '"%s" is an event, quoted with the sentence it leans on',
    (sentence) => {
      expect(entries([OPENED, sentence])).toEqual([`2026-04-17: ${OPENED} ${sentence}`]);
    },
  );

  it('quotes a longer one with the sentence before it too', () => {
    const named = "Jane Roe was the town's mayor for ten years.";
    const resigned = 'She resigned from the council on 1 March after a row over the budget.';
    expect(entries([named, resigned])).toEqual([`2026-03-01: ${named} ${resigned}`]);
  });

  it('leans on nothing at the start of a paragraph: too few words there are no event', () => {
    expect(entries([OPENED], ['It closes on 17 April.'])).toEqual([]);
  });

  it('leaves a sentence with a named subject as it was', () => {
    const sentence = 'The consultation closes on 17 April.';
    expect(entries([OPENED, sentence])).toEqual([`2026-04-17: ${sentence}`]);
  });
});
