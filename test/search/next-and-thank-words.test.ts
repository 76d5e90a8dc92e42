/**
 * Two words whose reading depends on where they stand in a question. "Next" ending its clause
 * ("where is the ferry headed next") is the adverb "after this", not the time word of "next
 * month", and a passage need not write it; "thank" after its subject ("who did the trust thank")
 * is the verb asked about, not the chat courtesy of "thank you" (text/courtesy.ts). Invented
 * articles.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/terms.js';
import { isSequenceAdverb } from '../../src/search/plan/sequence-adverb.js';
import { engineOver } from './fixtures.js';

/** The readings of each token of `question` by `read`, as [word, reading] pairs that hold. */
function read(
  question: string,
  reading: (text: string, tokens: ReturnType<typeof tokenize>, i: number) => boolean,
): string[] {
  const tokens = tokenize(question);
  return tokens.filter((_, i) => reading(question, tokens, i)).map((token) => token.word);
}

describe('"next" as an adverb of sequence', () => {
  it('ends its clause; before a noun or in "next to" it is no adverb', () => {
    expect(read("where's the ferry headed next", isSequenceAdverb)).toEqual(['next']);
    expect(read('what will the council do next? and when', isSequenceAdverb)).toEqual(['next']);
    expect(read('what happens next month', isSequenceAdverb)).toEqual([]);
    expect(read('what is next to the library', isSequenceAdverb)).toEqual([]);
  });

  const { engine } = engineOver(
    {
      published: '2026-05-20',
      paragraphs: [
        ['The survey ship left Tarn on Monday and is now heading for the Skerry Banks.'],
      ],
    },
    {
      published: '2026-05-21',
      paragraphs: [
        ['The survey ship dropped its last buoy off Tarn on Sunday.'],
        ['Crews in Tarn and Orra will get their new radios next month.'],
      ],
    },
  );

  it('is not matched to the "next" of "next month"', () => {
    expect(engine.ask('where is the survey ship headed next?').passages[0]?.quote).toContain(
      'heading for the Skerry Banks',
    );
  });

  it('leaves "next month" a time word', () => {
    expect(engine.ask('what will crews get next month?').passages[0]?.quote).toContain(
      'new radios',
    );
  });
});

describe('"thank" as a verb', () => {
  const { engine } = engineOver({
    published: '2026-05-04',
    paragraphs: [
      ['The Harrow Pier Trust reopened the pier on Saturday, chair Ann Bell said.'],
      ['The Harrow Pier Trust thanked the Elm Street divers for their help.'],
      ['The pier was built in 1891.'],
    ],
  });

  it('finds the passage of the verb asked about', () => {
    expect(engine.ask('who did the Harrow Pier Trust thank').passages[0]?.quote).toContain(
      'Elm Street divers',
    );
  });

  it('is courtesy in "thank you"', () => {
    expect(engine.ask('thank you! when was the pier built?').passages[0]?.quote).toContain('1891');
  });
});
