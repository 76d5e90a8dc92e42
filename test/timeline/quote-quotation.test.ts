/**
 * A timeline quote never starts or ends inside a speaker's quotation that the sentence splitter
 * cut (text/quotation.ts), nor restates a corrected error without the correction
 * (text/correction.ts), as /ask's quotes. Invented harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

const quotesOf = (...paragraphs: string[][]) =>
  buildTimeline(corpusOf({ published: '2021-03-20', paragraphs })).flatMap((e) =>
    e.quotes.map((q) => q.quote),
  );

describe('a timeline quote', () => {
  it('of a sentence inside a quotation runs on to the sentence that closes it, straight or curly', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['“', '”'],
    ]) {
      const quotes = quotesOf([
        `On 12 March the harbour master said: ${open}The quay will not be sold.`,
        `Full stop.${close}`,
        'The council met on 14 March.',
      ]);
      expect(quotes).toContain(
        `On 12 March the harbour master said: ${open}The quay will not be sold. Full stop.${close}`,
      );
      expect(quotes).toContain('The council met on 14 March.');
    }
  });

  it('of a sentence inside a quotation never crosses a paragraph', () => {
    const quotes = quotesOf(
      ['The harbour master said: “The quay was not sold.', 'The quay was shut on 12 March.”'],
      ['The ferry company said: “We sailed on 14 March.'],
      ['Tickets were sold out.”'],
    );
    expect(quotes).toContain(
      'The harbour master said: “The quay was not sold. The quay was shut on 12 March.”',
    );
    expect(quotes).toContain('The ferry company said: “We sailed on 14 March.');
  });

  it('leaves undated a day counted inside a quotation an earlier sentence opened', () => {
    // The speaker's "last night" is the night before they spoke, which the article does not
    // state; the splitter cut the quotation, so the sentence holding it has no opening mark.
    for (const [open, close] of [
      ['"', '"'],
      ['“', '”'],
    ]) {
      const dates = buildTimeline(
        corpusOf({
          published: '2021-03-20',
          paragraphs: [
            [
              `${open}It was terrible.`,
              `We saw the flames from the mill bridge last night,${close} Ms Hart said.`,
              'Crews returned to the mill last night, the brigade said.',
            ],
          ],
        }),
      ).map((e) => [e.date, e.quotes.map((q) => q.quote)]);
      // Only the narrator's "last night" (after the quotation closed) counts from publication.
      expect(dates).toEqual([
        ['2021-03-19', ['Crews returned to the mill last night, the brigade said.']],
      ]);
    }
  });

  it('of a sentence restating a corrected error comes with the correction', () => {
    const quotes = quotesOf([
      'Of the storm of 1 March, an earlier version of this article said the harbour crane reopened on 12 March.',
      'The crane reopened on 13 March.',
    ]);
    expect(quotes).toContain(
      'Of the storm of 1 March, an earlier version of this article said the harbour crane reopened on 12 March. The crane reopened on 13 March.',
    );
    expect(quotes).not.toContain(
      'Of the storm of 1 March, an earlier version of this article said the harbour crane reopened on 12 March.',
    );
  });
});
